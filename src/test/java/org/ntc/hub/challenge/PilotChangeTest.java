package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;

class PilotChangeTest {

  private static JsonObject outcome() {
    return new JsonObject()
        .put("measured", new JsonObject().put("en", "Home visits over 12 weeks."))
        .put("result", new JsonObject().put("en", "Home visits fell by 18 per cent."))
        .put("recommendation", new JsonObject().put("fi", "Suositellaan laajennettavaksi."));
  }

  private static Iterable<String> fields(JsonObject body) {
    return catchThrowableOfType(Invalid.class, () -> PilotChange.from(body)).errors().stream().map(FieldError::field).toList();
  }

  @Test
  @DisplayName("each part of a change is optional; what is absent stays as it is")
  void partial() {
    PilotChange none = PilotChange.from(new JsonObject());
    assertThat(none.status()).isEmpty();
    assertThat(none.outcome()).isEmpty();
    assertThat(none.publishOutcome()).isEmpty();
    assertThat(PilotChange.from(new JsonObject().put("status", "running")).status()).contains(PilotStatus.RUNNING);
    assertThat(PilotChange.from(new JsonObject().put("publishOutcome", false)).publishOutcome()).isEqualTo(Optional.of(false));
  }

  @Test
  @DisplayName("an outcome has what was measured, the result and a recommendation")
  void outcomeRead() {
    PilotOutcome read = PilotChange.from(new JsonObject().put("status", "completed").put("outcome", outcome())).outcome().orElseThrow();
    assertThat(read.result().in("en")).isEqualTo("Home visits fell by 18 per cent.");
    assertThat(read.recommendation().in("sv")).isEqualTo("Suositellaan laajennettavaksi.");
    assertThat(PilotOutcome.fromJson(read.toJson())).isEqualTo(read);
  }

  @Test
  @DisplayName("an unknown status, an incomplete outcome and a publish flag that is not a boolean are refused, part by part")
  void bad() {
    assertThat(fields(new JsonObject().put("status", "paused"))).containsExactly("status");
    assertThat(fields(new JsonObject().put("outcome", "good"))).containsExactly("outcome");
    assertThat(fields(new JsonObject().put("outcome", new JsonObject().put("measured", "x"))))
        .containsExactly("outcome.measured", "outcome.result", "outcome.recommendation");
    assertThat(fields(new JsonObject().put("publishOutcome", "yes"))).containsExactly("publishOutcome");
    assertThat(fields(new JsonObject().put("outcomes", outcome()))).containsExactly("outcomes");
  }
}
