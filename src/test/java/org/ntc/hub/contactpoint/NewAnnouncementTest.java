package org.ntc.hub.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;

class NewAnnouncementTest {
  @Test
  @DisplayName("an announcement is text in at least one of en, fi and sv")
  void announcement() {
    NewAnnouncement posted = NewAnnouncement.from(new JsonObject().put("text", new JsonObject().put("fi", "Kahvit tarjolla")));
    assertThat(posted.text().in("fi")).isEqualTo("Kahvit tarjolla");
  }

  @Test
  @DisplayName("the page's form gives one text area per language; the empty ones are left out")
  void form() {
    NewAnnouncement posted = NewAnnouncement.fromForm(new JsonObject().put("text_fi", "  Testikoti auki  ").put("text_sv", "")
        .put("text_en", "Test home open"));
    assertThat(posted.text().toJson()).isEqualTo(new JsonObject().put("en", "Test home open").put("fi", "Testikoti auki"));
  }

  @Test
  @DisplayName("no text at all, a too short one, a language we do not speak and an unknown field are refused")
  void refused() {
    assertThatThrownBy(() -> NewAnnouncement.fromForm(new JsonObject().put("text_fi", " ")))
        .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .containsExactly("text"));
    assertThatThrownBy(() -> NewAnnouncement.from(new JsonObject().put("text", new JsonObject().put("fi", "ok").put("de", "Hallo"))
        .put("pinned", true)))
        .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("pinned", "text.fi", "text.de"));
  }
}
