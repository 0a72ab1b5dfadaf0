package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Site;

class StaffGrantTest {
  @Test
  @DisplayName("a grant names a person and one of the contact points")
  void grant() {
    UUID person = UUID.randomUUID();
    StaffGrant grant = StaffGrant.from(new JsonObject().put("userId", person.toString()).put("contactPoint", "umea"));
    assertThat(grant.userId()).isEqualTo(person);
    assertThat(grant.contactPoint()).isEqualTo(Site.UMEA);
  }

  @Test
  @DisplayName("an unknown contact point, a missing person and an unknown field are refused together")
  void refused() {
    assertThatThrownBy(() -> StaffGrant.from(new JsonObject().put("contactPoint", "vaasa").put("role", "admin")))
        .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("userId", "contactPoint", "role"));
    assertThatThrownBy(() -> StaffGrant.from(new JsonObject().put("userId", "not-an-id").put("contactPoint", "seinajoki")))
        .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .containsExactly("userId"));
  }
}
