package org.ntc.hub.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.OrganisationType;

class OrganisationSearchTest {
  @Test
  @DisplayName("the directory filters by type, country and words; what is not given matches everything")
  void search() {
    OrganisationSearch search = OrganisationSearch.from(MultiMap.caseInsensitiveMultiMap()
        .add("type", "company").add("country", "FI").add("q", "hoiva & co").add("page", "2"));
    assertThat(search.type()).isEqualTo(OrganisationType.COMPANY);
    assertThat(search.country()).isEqualTo(Country.FI);
    assertThat(search.text()).isEqualTo("hoiva & co");
    assertThat(search.paging().page()).isEqualTo(2);
    assertThat(search.pageLink(3)).isEqualTo("/organisations?q=hoiva+%26+co&type=company&country=FI&page=3");
    OrganisationSearch all = OrganisationSearch.from(MultiMap.caseInsensitiveMultiMap());
    assertThat(all.type()).isNull();
    assertThat(all.country()).isNull();
    assertThat(all.pageLink(1)).isEqualTo("/organisations?page=1");
  }

  @Test
  @DisplayName("an unknown type or country is a 400, not an empty list")
  void refused() {
    assertThatThrownBy(() -> OrganisationSearch.from(MultiMap.caseInsensitiveMultiMap().add("type", "club").add("country", "fi")))
        .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("type", "country"));
  }
}
