package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;

class PilotQueryTest {

  @Test
  @DisplayName("pilots are listed for one showcase, named by its id")
  void showcase() {
    UUID showcase = UUID.randomUUID();
    assertThat(PilotQuery.from(new JsonObject().put("showcaseId", showcase.toString()).put("page", "2")).showcaseId())
        .isEqualTo(showcase);
    assertThat(catchThrowableOfType(Invalid.class, () -> PilotQuery.from(new JsonObject())).errors())
        .extracting(FieldError::field).containsExactly("showcaseId");
    assertThat(catchThrowableOfType(Invalid.class, () -> PilotQuery.from(new JsonObject().put("showcaseId", "not-an-id"))).errors())
        .extracting(FieldError::field).containsExactly("showcaseId");
  }
}
