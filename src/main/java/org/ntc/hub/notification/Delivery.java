package org.ntc.hub.notification;

import org.ntc.hub.platform.Coded;

/** How a person hears of a kind of notification by mail: at once, in one digest a day, or not at all. */
public enum Delivery implements Coded {
  IMMEDIATELY,
  DAILY,
  OFF;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
