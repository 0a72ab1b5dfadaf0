package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;
import java.util.Optional;

/**
 * A training as one person sees it: with their own enrolment, and the join link only for the
 * confirmed, staff and the organiser.
 */
public record ViewedTraining(Training training, Optional<MyEnrolment> mine, boolean organiser) {

  boolean showJoinLink() {
    return organiser || mine.map(MyEnrolment::confirmed).orElse(false);
  }

  JsonObject toJson(String lang) {
    JsonObject json = training.toJson(lang, showJoinLink());
    mine.ifPresent(m -> json.put("myEnrolment", m.toJson(training.zone())));
    return json;
  }
}
