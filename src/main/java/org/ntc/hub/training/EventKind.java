package org.ntc.hub.training;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;

/** What kind of meeting place an event is: all share enrolment, seats, waitlist and calendar; a matchmaking day also has meetings. */
public enum EventKind implements Coded {
  TRAINING, WORKSHOP, MATCHMAKING, STUDY_VISIT;

  static final Set<String> CODES = Arrays.stream(values()).map(EventKind::code).collect(Collectors.toUnmodifiableSet());

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  String label(String lang) {
    return I18n.text(lang, "event.kind." + code());
  }
}
