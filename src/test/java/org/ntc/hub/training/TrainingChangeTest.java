package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;

class TrainingChangeTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2027-03-01T12:00:00+02:00");
  private static final OffsetDateTime START = OffsetDateTime.parse("2027-03-10T09:00:00+02:00");

  private static Training training(OffsetDateTime closes) {
    return new Training(UUID.randomUUID(), null, null, TrainingStatus.PUBLISHED, Localised.of(new JsonObject().put("en", "Remote care")),
        Localised.of(new JsonObject()), TrainingFormat.ONSITE, Site.SEINAJOKI, START, START.plusHours(3), closes, "fi",
        List.of(Audience.PROFESSIONALS), null, null, null, List.of(new Training.Pool(PoolSite.MAIN, 10, 4, 0, 0)), List.of(), 2,
        new Training.Details("Aino", "Lab", null, null), null, EventKind.TRAINING, null);
  }

  private static List<String> refused(JsonObject body, Training training) {
    return catchThrowableOfType(Invalid.class, () -> TrainingChange.from(body).revise(training, NOW)).errors().stream()
        .map(FieldError::field).toList();
  }

  @Test
  @DisplayName("a new start alone keeps the length and moves a deadline that was the start")
  void newStart() {
    TrainingChange.Revision moved = TrainingChange.from(new JsonObject().put("startsAt", START.minusDays(2).toString()))
        .revise(training(START), NOW);
    assertThat(moved.endsAt()).isEqualTo(START.minusDays(2).plusHours(3));
    assertThat(moved.enrolmentClosesAt()).isEqualTo(START.minusDays(2));
    assertThat(moved.rescheduled()).isTrue();
    TrainingChange.Revision kept = TrainingChange.from(new JsonObject().put("startsAt", START.plusDays(2).toString()))
        .revise(training(START.minusDays(3)), NOW);
    assertThat(kept.enrolmentClosesAt()).as("an earlier deadline stays").isEqualTo(START.minusDays(3));
  }

  @Test
  @DisplayName("details given as null or blank are cleared, those not given stay; the same values are no change")
  void details() {
    Training training = training(START);
    TrainingChange.Revision cleared = TrainingChange.from(new JsonObject().putNull("trainer").put("room", " ")).revise(training, NOW);
    assertThat(cleared.details()).isEqualTo(new Training.Details(null, null, null, null));
    assertThat(cleared.changes(training)).isTrue();
    assertThat(TrainingChange.from(new JsonObject().put("trainer", "Aino")).revise(training, NOW).changes(training)).isFalse();
    assertThat(TrainingChange.from(new JsonObject()).revise(training, NOW).changes(training)).isFalse();
  }

  @Test
  @DisplayName("past starts, ends before starts, late deadlines and site pools on a plain training are refused")
  void refusals() {
    Training training = training(START);
    assertThat(refused(new JsonObject().put("startsAt", "2027-02-01T09:00:00+02:00"), training)).containsExactly("startsAt");
    assertThat(refused(new JsonObject().put("endsAt", START.minusHours(1).toString()), training)).containsExactly("endsAt");
    assertThat(refused(new JsonObject().put("enrolmentClosesAt", START.plusHours(1).toString()), training))
        .containsExactly("enrolmentClosesAt");
    assertThat(refused(new JsonObject().put("seatPools", new io.vertx.core.json.JsonArray()
        .add(new JsonObject().put("site", "umea").put("capacity", 3))), training)).containsExactly("seatPools");
  }
}
