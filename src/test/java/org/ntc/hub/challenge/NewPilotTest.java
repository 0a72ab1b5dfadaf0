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

class NewPilotTest {

  private static JsonObject pilot() {
    return new JsonObject().put("answerId", UUID.randomUUID().toString()).put("testArena", "NTC testikoti, Seinäjoki")
        .put("startsOn", "2027-03-10").put("endsOn", "2027-06-10")
        .put("goals", new JsonObject().put("fi", "Selvitetään, vähentääkö etämittaus kotikäyntejä."));
  }

  private static Iterable<String> fields(JsonObject body, Optional<Site> ownSite) {
    return catchThrowableOfType(Invalid.class, () -> NewPilot.from(body, ownSite)).errors().stream().map(FieldError::field).toList();
  }

  @Test
  @DisplayName("staff's own contact point runs the pilot, whatever the body names")
  void staffSite() {
    assertThat(NewPilot.from(pilot(), Optional.of(Site.UMEA)).contactPoint()).isEqualTo(Site.UMEA);
    assertThat(NewPilot.from(pilot().put("contactPoint", "seinajoki"), Optional.of(Site.UMEA)).contactPoint()).isEqualTo(Site.UMEA);
  }

  @Test
  @DisplayName("an admin, who has no contact point, names one")
  void adminNamesSite() {
    assertThat(NewPilot.from(pilot().put("contactPoint", "seinajoki"), Optional.empty()).contactPoint()).isEqualTo(Site.SEINAJOKI);
    assertThat(fields(pilot(), Optional.empty())).containsExactly("contactPoint");
    assertThat(fields(pilot().put("contactPoint", "oulu"), Optional.empty())).containsExactly("contactPoint");
  }

  @Test
  @DisplayName("the pilot ends on or after its start, and every field is checked")
  void bad() {
    assertThat(fields(pilot().put("endsOn", "2027-03-09"), Optional.of(Site.SEINAJOKI))).containsExactly("endsOn");
    assertThat(NewPilot.from(pilot().put("endsOn", "2027-03-10"), Optional.of(Site.SEINAJOKI)).endsOn()).isEqualTo("2027-03-10");
    assertThat(fields(new JsonObject().put("testArena", "x").put("startsOn", "soon").put("goals", "all"), Optional.of(Site.SEINAJOKI)))
        .containsExactly("answerId", "testArena", "startsOn", "endsOn", "goals");
  }
}
