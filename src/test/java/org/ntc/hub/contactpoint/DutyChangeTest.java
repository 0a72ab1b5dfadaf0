package org.ntc.hub.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;

class DutyChangeTest {
  @Test
  @DisplayName("going on or off duty is a plain true or false")
  void duty() {
    assertThat(DutyChange.from(new JsonObject().put("onDuty", true)).onDuty()).isTrue();
    assertThat(DutyChange.from(new JsonObject().put("onDuty", false)).onDuty()).isFalse();
  }

  @Test
  @DisplayName("a string, a missing value or an unknown field is refused")
  void refused() {
    assertThatThrownBy(() -> DutyChange.from(new JsonObject().put("onDuty", "yes")))
        .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .containsExactly("onDuty"));
    assertThatThrownBy(() -> DutyChange.from(new JsonObject().put("until", "17:00")))
        .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("until", "onDuty"));
  }
}
