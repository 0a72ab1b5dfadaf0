package org.ntc.hub.material;

import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Viewer;

/** Who may see material: anyone, or staff and members of verified organisations. */
public enum Visibility implements Coded {
  PUBLIC, MEMBERS;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  boolean visibleTo(Viewer viewer) {
    return this == PUBLIC || viewer.centreMember();
  }
}
