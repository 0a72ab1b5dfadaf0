package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;

class FollowsChangeTest {

  private static Iterable<String> fields(JsonObject body) {
    return catchThrowableOfType(Invalid.class, () -> FollowsChange.from(body)).errors().stream().map(FieldError::field).toList();
  }

  @Test
  @DisplayName("known categories, each once; none means following nothing")
  void good() {
    assertThat(FollowsChange.from(new JsonObject().put("categories", new JsonArray().add("remote-monitoring")
        .add("medication-management").add("remote-monitoring"))).categories())
        .containsExactly("remote-monitoring", "medication-management");
    assertThat(FollowsChange.from(new JsonObject().put("categories", new JsonArray())).categories()).isEmpty();
    assertThat(FollowsChange.from(new JsonObject()).categories()).isEmpty();
  }

  @Test
  @DisplayName("unknown categories, a list that is not one, and unknown fields are refused")
  void bad() {
    assertThat(fields(new JsonObject().put("categories", new JsonArray().add("teleportation")))).containsExactly("categories");
    assertThat(fields(new JsonObject().put("categories", "remote-monitoring"))).containsExactly("categories");
    assertThat(fields(new JsonObject().put("topics", new JsonArray()))).containsExactly("topics");
  }
}
