package org.ntc.hub.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Counts as a company may see them: a count from 1 to 4 is not shown (null, "fewer than 5"), so
 * no single person's visit, message or save can be picked out. When just one count of a breakdown
 * is hidden, the next smallest is hidden too, or the total beside it would give the hidden one away.
 */
final class Suppression {
  static final int THRESHOLD = 5;

  private Suppression() {}

  static Long cell(long count) {
    return count > 0 && count < THRESHOLD ? null : count;
  }

  static List<Long> column(List<Long> counts) {
    List<Long> shown = new ArrayList<>(counts.stream().map(Suppression::cell).toList());
    if (shown.stream().filter(c -> c == null).count() == 1) {
      IntStream.range(0, shown.size()).filter(i -> shown.get(i) != null && shown.get(i) > 0).boxed()
          .min(Comparator.comparing(shown::get)).ifPresent(i -> shown.set(i, null));
    }
    return shown;
  }
}
