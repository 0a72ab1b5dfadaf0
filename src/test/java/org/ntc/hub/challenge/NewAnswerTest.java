package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;

class NewAnswerTest {

  private static Iterable<String> fields(JsonObject body) {
    return catchThrowableOfType(Invalid.class, () -> NewAnswer.from(body)).errors().stream().map(FieldError::field).toList();
  }

  @Test
  @DisplayName("an answer names a showcase and proposes something in 20 to 2000 characters")
  void good() {
    UUID showcase = UUID.randomUUID();
    NewAnswer answer = NewAnswer.from(new JsonObject().put("showcaseId", showcase.toString())
        .put("proposal", "  Pilotoidaan kolmen tiimin kanssa kevään aikana.  "));
    assertThat(answer.showcaseId()).isEqualTo(showcase);
    assertThat(answer.proposal()).isEqualTo("Pilotoidaan kolmen tiimin kanssa kevään aikana.");
  }

  @Test
  @DisplayName("a missing showcase, a short or long proposal and unknown fields are refused")
  void bad() {
    assertThat(fields(new JsonObject())).containsExactly("showcaseId", "proposal");
    assertThat(fields(new JsonObject().put("showcaseId", "not-an-id").put("proposal", "lyhyt"))).containsExactly("showcaseId", "proposal");
    assertThat(fields(new JsonObject().put("showcaseId", UUID.randomUUID().toString()).put("proposal", "x".repeat(2001))))
        .containsExactly("proposal");
    assertThat(fields(new JsonObject().put("showcaseId", UUID.randomUUID().toString()).put("proposal", "x".repeat(20))
        .put("price", 10))).containsExactly("price");
  }
}
