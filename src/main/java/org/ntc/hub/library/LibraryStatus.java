package org.ntc.hub.library;

import java.util.Set;
import org.ntc.hub.platform.Coded;

/** Where an entry is in its review, as for showcases: written, waiting for staff, sent back, public, taken out of view. */
public enum LibraryStatus implements Coded {
  DRAFT, PENDING, CHANGES_REQUESTED, PUBLISHED, ARCHIVED;

  static final Set<LibraryStatus> SUBMITTABLE = Set.of(DRAFT, CHANGES_REQUESTED);

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  static LibraryStatus of(String code) {
    return Coded.of(LibraryStatus.class, code);
  }

  /** After an edit: a published entry's edit goes to review; one under review comes out of it, so staff approve what they saw. */
  LibraryStatus afterEdit() {
    return switch (this) {
      case PUBLISHED -> PENDING;
      case PENDING -> DRAFT;
      default -> this;
    };
  }
}
