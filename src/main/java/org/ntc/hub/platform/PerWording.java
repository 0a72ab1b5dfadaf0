package org.ntc.hub.platform;

import java.util.function.Supplier;

/**
 * Something made from the texts as they are now (labels, option lists, HTML around them), kept while
 * the wording stays the same (see {@link I18n#wording}) and made afresh by {@code fresh} once admins
 * change it. What {@code fresh} makes is usually an empty concurrent map that fills as pages ask.
 */
public final class PerWording<T> {
  private record Made<T>(Object wording, T made) {}

  private final Supplier<T> fresh;
  private volatile Made<T> made = new Made<>(null, null);

  public PerWording(Supplier<T> fresh) {
    this.fresh = fresh;
  }

  /** What is kept for the wording of now. */
  public T get() {
    Made<T> now = made;
    Object wording = I18n.wording();
    if (now.wording() != wording) made = now = new Made<>(wording, fresh.get());
    return now.made();
  }
}
