package org.ntc.hub.insight;

import org.ntc.hub.platform.Coded;

/**
 * What the centre counts for its funders, each by the date it happened: organisations that joined,
 * showcases first published, trainings held (by start), confirmed participants and recorded attendance
 * of those trainings, needs published, answers sent, pilots started (not cancelled), adoptions (by
 * their "since" date) and library entries published. Trainings, participants, attendance and pilots
 * belong to a contact point; the rest only to a country.
 */
public enum Indicator implements Coded {
  ORGANISATIONS, SHOWCASES, TRAININGS, PARTICIPANTS, ATTENDANCE, NEEDS, ANSWERS, PILOTS, ADOPTIONS, LIBRARY;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** Counted per contact point, and narrowed to one by {@code contactPoint=}. */
  public boolean ofContactPoint() {
    return this == TRAININGS || this == PARTICIPANTS || this == ATTENDANCE || this == PILOTS;
  }
}
