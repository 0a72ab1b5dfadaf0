package org.ntc.hub.challenge;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Finds the published showcases that fit a need: the database narrows the candidates (shared
 * categories, or the stems of the need's concepts), then {@link Matching} scores them by what
 * both texts are about. Understanding texts is CPU work, so it runs on a worker thread.
 */
final class NeedMatcher {
  /** How many of the newest published needs the gap list looks at. */
  private static final int GAPS_SCANNED = 500;
  private final ChallengeRepository challenges;
  /**
   * Pooled needs first: more organisations behind a need, then a larger combined scale, rank it
   * higher; needs equal in both keep their order (newest first).
   */
  static final Comparator<Challenge> BY_COMBINED_NEED = Comparator.comparingInt(Challenge::backers).reversed()
      .thenComparing(Comparator.comparingLong(Challenge::combinedScale).reversed());

  NeedMatcher(ChallengeRepository challenges) {
    this.challenges = challenges;
  }

  /** The showcases that fit a need past the threshold, best first. */
  Future<List<Match>> matched(Challenge need, int limit) {
    Matching.Need understood = Matching.Need.of(need);
    return offLoop(() -> Matching.prefixes(understood))
        .compose(prefixes -> challenges.candidates(need.categories(), prefixes))
        .compose(candidates -> offLoop(() -> Matching.rank(understood, candidates, limit)));
  }

  /** The published needs nothing fits, newest first, looked for one need after another. */
  Future<List<Challenge>> gaps() {
    return challenges.published(GAPS_SCANNED, 0).compose(needs -> {
      Future<List<Challenge>> gaps = Future.succeededFuture(new ArrayList<>());
      for (Challenge need : needs) {
        gaps = gaps.compose(found -> matched(need, 1).map(fits -> {
          if (fits.isEmpty()) found.add(need);
          return found;
        }));
      }
      return gaps.map(NeedMatcher::ranked);
    });
  }

  /** The needs by how many stand behind them and their combined scale, ties in the given order. */
  static List<Challenge> ranked(List<Challenge> needs) {
    return needs.stream().sorted(BY_COMBINED_NEED).toList();
  }

  private static <T> Future<T> offLoop(Callable<T> work) {
    Context context = Vertx.currentContext();
    if (context == null) {
      try {
        return Future.succeededFuture(work.call());
      } catch (Exception e) {
        return Future.failedFuture(e);
      }
    }
    return context.executeBlocking(work, false);
  }
}
