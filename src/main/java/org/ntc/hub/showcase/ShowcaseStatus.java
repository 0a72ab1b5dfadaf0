package org.ntc.hub.showcase;

import java.util.Set;
import org.ntc.hub.platform.Coded;

/** Where a showcase is in its review: written, waiting for staff, sent back, public, or taken out of view. */
public enum ShowcaseStatus implements Coded {
  DRAFT, PENDING, CHANGES_REQUESTED, PUBLISHED, ARCHIVED;

  static final Set<ShowcaseStatus> SUBMITTABLE = Set.of(DRAFT, CHANGES_REQUESTED);
  static final Set<ShowcaseStatus> ARCHIVABLE = Set.of(DRAFT, PENDING, CHANGES_REQUESTED, PUBLISHED);

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The stored code as a state; null (a history's first step comes from nowhere) stays null. */
  static ShowcaseStatus of(String code) {
    return code == null ? null : Coded.of(ShowcaseStatus.class, code);
  }

  /**
   * The state after an owner's edit (of the text or the images): a published showcase's edit
   * goes to review at once; an edit of one already under review takes it out of review, so
   * staff never approve what they have not seen.
   */
  ShowcaseStatus afterEdit() {
    return switch (this) {
      case PUBLISHED -> PENDING;
      case PENDING -> DRAFT;
      default -> this;
    };
  }

  /**
   * The state a restored showcase returns to, given the one it was archived from: that one,
   * except that a showcase archived while waiting for review comes back as a draft.
   */
  static ShowcaseStatus restoredFrom(ShowcaseStatus archivedFrom) {
    return archivedFrom == null || archivedFrom == PENDING || archivedFrom == ARCHIVED ? DRAFT : archivedFrom;
  }
}
