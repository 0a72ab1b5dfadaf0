package org.ntc.hub.course;

import java.util.Set;
import org.ntc.hub.platform.Coded;

/** Where a course is in its review, as for library entries: written, waiting for staff, sent back, public, taken out of view. */
public enum CourseStatus implements Coded {
  DRAFT, PENDING, CHANGES_REQUESTED, PUBLISHED, ARCHIVED;

  static final Set<CourseStatus> SUBMITTABLE = Set.of(DRAFT, CHANGES_REQUESTED);

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  static CourseStatus of(String code) {
    return Coded.of(CourseStatus.class, code);
  }

  /** After an edit: a published course's edit goes to review; one under review comes out of it, so staff approve what they saw. */
  CourseStatus afterEdit() {
    return switch (this) {
      case PUBLISHED -> PENDING;
      case PENDING -> DRAFT;
      default -> this;
    };
  }
}
