package org.ntc.hub.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.OrganisationType;

class NewOrganisationTest {
  @Test
  @DisplayName("a new organisation has a name, a type and a country; a plain description is in the caller's language")
  void organisation() {
    NewOrganisation org = NewOrganisation.from(new JsonObject().put("name", " Hoivatek Oy ").put("type", "care")
        .put("country", "SE").put("description", "Hemvård"), "sv");
    assertThat(org.name()).isEqualTo("Hoivatek Oy");
    assertThat(org.type()).isEqualTo(OrganisationType.CARE);
    assertThat(org.country()).isEqualTo(Country.SE);
    assertThat(org.description().in("sv")).isEqualTo("Hemvård");
  }

  @Test
  @DisplayName("an unknown type or country is refused with the allowed values; a change may not name a type")
  void refused() {
    assertThatThrownBy(() -> NewOrganisation.from(new JsonObject().put("name", "X Oy").put("type", "charity").put("country", "DK"), "en"))
        .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
            .extracting(e -> e.field() + " " + e.message())
            .containsExactlyInAnyOrder("type must be one of care, company, research", "country must be one of FI, NO, SE"));
    assertThatThrownBy(() -> NewOrganisation.change(new JsonObject().put("type", "company"), "en"))
        .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .containsExactly("type"));
    NewOrganisation change = NewOrganisation.change(new JsonObject().put("country", "NO"), "en");
    assertThat(change.country()).isEqualTo(Country.NO);
    assertThat(change.present()).containsExactly("country");
  }
}
