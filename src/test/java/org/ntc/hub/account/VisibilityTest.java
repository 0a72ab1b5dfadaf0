package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;

class VisibilityTest {
  @Test
  @DisplayName("a profile edit accepts public, members and private for the fields that have a visibility")
  void levels() {
    ProfileChange change = ProfileChange.from(new JsonObject().put("title", "Nurse").put("languages", new JsonArray().add("fi"))
        .put("visibility", new JsonObject().put("title", "public").put("expertise", "private").put("name", "members")));
    assertThat(change.visibility().getString("title")).isEqualTo("public");
    assertThat(change.has("title")).isTrue();
    assertThat(change.has("name")).isFalse();
    assertThat(Visibility.CODES).containsExactly("members", "private", "public");
  }

  @Test
  @DisplayName("an unknown level or field in the visibility is refused, field by field")
  void refused() {
    assertThatThrownBy(() -> ProfileChange.from(new JsonObject()
        .put("visibility", new JsonObject().put("title", "everyone").put("email", "public"))))
        .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("visibility.title", "visibility.email"));
  }
}
