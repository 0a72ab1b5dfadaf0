package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Site;

class PilotQueryTest {

  @Test
  @DisplayName("pilots are filtered by showcase, contact point and state, each optional")
  void filters() {
    UUID showcase = UUID.randomUUID();
    PilotQuery query = PilotQuery.from(new JsonObject().put("showcaseId", showcase.toString()).put("page", "2")
        .put("contactPoint", "umea").put("status", "running"));
    assertThat(query.showcaseId()).contains(showcase);
    assertThat(query.contactPoint()).contains(Site.UMEA);
    assertThat(query.status()).contains(PilotStatus.RUNNING);
    assertThat(query.showcaseOnly()).isTrue();
    PilotQuery none = PilotQuery.from(new JsonObject());
    assertThat(none.showcaseId()).isEqualTo(Optional.empty());
    assertThat(none.showcaseOnly()).isFalse();
  }

  @Test
  @DisplayName("a filter that names no showcase, contact point or state is refused field by field")
  void refused() {
    assertThat(catchThrowableOfType(Invalid.class, () -> PilotQuery.from(new JsonObject().put("showcaseId", "not-an-id")
        .put("contactPoint", "oslo").put("status", "in-progress"))).errors())
        .extracting(FieldError::field).containsExactlyInAnyOrder("showcaseId", "contactPoint", "status");
  }

  @Test
  @DisplayName("a pilot only moves forward, or is cancelled; completed and cancelled pilots stay")
  void states() {
    assertThat(PilotStatus.PLANNED.mayBecome(PilotStatus.RUNNING)).isTrue();
    assertThat(PilotStatus.RUNNING.mayBecome(PilotStatus.COMPLETED)).isTrue();
    assertThat(PilotStatus.RUNNING.mayBecome(PilotStatus.PLANNED)).isFalse();
    assertThat(PilotStatus.COMPLETED.mayBecome(PilotStatus.RUNNING)).isFalse();
    assertThat(PilotStatus.CANCELLED.mayBecome(PilotStatus.RUNNING)).isFalse();
    assertThat(PilotStatus.COMPLETED.mayBecome(PilotStatus.COMPLETED)).isTrue();
  }
}
