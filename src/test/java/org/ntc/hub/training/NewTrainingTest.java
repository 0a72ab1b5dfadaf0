package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Site;

class NewTrainingTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2027-03-01T12:00:00+02:00");

  private static JsonObject body() {
    return new JsonObject().put("title", new JsonObject().put("fi", "Etämittaus").put("en", "Remote monitoring"))
        .put("format", "onsite").put("contactPoint", "umea")
        .put("startsAt", "2027-03-10T09:00:00+01:00").put("endsAt", "2027-03-10T12:00:00+01:00")
        .put("capacity", 12).put("language", "sv").put("audience", new JsonArray().add("professionals").add("citizens"));
  }

  private static List<String> fields(JsonObject body) {
    return catchThrowableOfType(Invalid.class, () -> NewTraining.from(body, NOW)).errors().stream().map(FieldError::field).toList();
  }

  @Test
  @DisplayName("a plain training has one main pool; enrolment closes at its start unless told otherwise")
  void plain() {
    NewTraining training = NewTraining.from(body(), NOW);
    assertThat(training.format()).isEqualTo(TrainingFormat.ONSITE);
    assertThat(training.contactPoint()).isEqualTo(Site.UMEA);
    assertThat(training.audience()).containsExactly(Audience.PROFESSIONALS, Audience.CITIZENS);
    assertThat(training.seatPools()).isEqualTo(Map.of(PoolSite.MAIN, 12));
    assertThat(training.enrolmentClosesAt()).isEqualTo(training.startsAt());
    assertThat(training.title().in("sv")).isEqualTo("Remote monitoring");
  }

  @Test
  @DisplayName("a hybrid training names a pool per site, each once, and no capacity beside them")
  void hybrid() {
    JsonObject hybrid = body().put("format", "hybrid");
    hybrid.remove("capacity");
    hybrid.put("seatPools", new JsonArray().add(new JsonObject().put("site", "seinajoki").put("capacity", 4))
        .add(new JsonObject().put("site", "online").put("capacity", 40)));
    assertThat(NewTraining.from(hybrid, NOW).seatPools()).isEqualTo(Map.of(PoolSite.SEINAJOKI, 4, PoolSite.ONLINE, 40));

    JsonObject twice = hybrid.copy().put("seatPools", new JsonArray().add(new JsonObject().put("site", "umea").put("capacity", 4))
        .add(new JsonObject().put("site", "umea").put("capacity", 5)));
    assertThat(fields(twice)).containsExactly("seatPools");
    assertThat(fields(hybrid.copy().put("capacity", 3))).containsExactly("capacity");
    assertThat(fields(hybrid.copy().put("seatPools", new JsonArray().add(new JsonObject().put("site", "main").put("capacity", 4)))))
        .containsExactly("seatPools");
    assertThat(fields(body().put("seatPools", hybrid.getJsonArray("seatPools")))).as("only a hybrid training has pools")
        .contains("seatPools");
  }

  @Test
  @DisplayName("bad formats, places, times, capacities and audiences are refused field by field")
  void refused() {
    JsonObject bad = body().put("format", "telepathy").put("contactPoint", "vaasa").put("capacity", 0)
        .put("endsAt", "2027-03-10T08:00:00+01:00").put("audience", new JsonArray().add("aliens")).put("colour", "red");
    assertThat(fields(bad)).contains("format", "contactPoint", "capacity", "endsAt", "audience", "colour");
    assertThat(fields(body().put("startsAt", "2027-02-01T09:00:00+02:00").put("endsAt", "2027-02-01T10:00:00+02:00")))
        .as("in the past").containsExactly("startsAt");
    assertThat(fields(body().put("startsAt", "tomorrow"))).contains("startsAt");
    assertThat(fields(body().put("enrolmentClosesAt", "2027-03-11T09:00:00+01:00"))).containsExactly("enrolmentClosesAt");
    assertThat(fields(body().put("audience", new JsonArray()))).containsExactly("audience");
    assertThat(fields(body().put("showcaseIds", new JsonArray().add("not-an-id")))).containsExactly("showcaseIds");
    assertThat(fields(body().put("capacity", "12"))).containsExactly("capacity");
  }

  @Test
  @DisplayName("a capacity or a matchmaking day's slots that are not whole numbers within bounds are refused with the bounds")
  void wholeNumberMessages() {
    JsonObject missing = body();
    missing.remove("capacity");
    assertThat(messages(missing)).containsExactly("capacity: must be a whole number from 1 to 10000");
    assertThat(messages(body().put("capacity", 10_001))).containsExactly("capacity: must be a whole number from 1 to 10000");
    assertThat(messages(body().put("kind", "matchmaking").put("meetingMinutes", 5).put("meetingTables", "ten")))
        .containsExactly("meetingMinutes: must be a whole number from 10 to 60", "meetingTables: must be a whole number from 1 to 200");
  }

  private static List<String> messages(JsonObject body) {
    return catchThrowableOfType(Invalid.class, () -> NewTraining.from(body, NOW)).errors().stream()
        .map(e -> e.field() + ": " + e.message()).toList();
  }
}
