package org.ntc.hub.account;

import java.util.Arrays;
import java.util.List;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Viewer;

/** Who sees a field of a person's profile, by the person's own choice; members see it unless told otherwise. */
public enum Visibility implements Coded {
  PUBLIC, MEMBERS, PRIVATE;

  static final Visibility DEFAULT = MEMBERS;
  /** The codes, in the order the profile form lists them. */
  static final List<String> CODES = Arrays.stream(values()).map(Visibility::code).sorted().toList();

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** Whether this viewer, not the person and not staff, may see a field at this level. */
  boolean shows(Viewer viewer) {
    return this == PUBLIC || (this == MEMBERS && viewer.centreMember());
  }
}
