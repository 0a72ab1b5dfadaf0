package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Kept counts are found by the search's filters and values: the same search finds them, any other does not. */
class CountsKeyTest {

  @Test
  @DisplayName("the same filters and values make the same key; another value, filter or organisation another")
  void keys() {
    UUID organisation = UUID.randomUUID();
    Object finnish = key(query().add("country", "FI").add("category", "self-care"));
    assertThat(key(query().add("category", "self-care").add("country", "FI").add("page", "3").add("lang", "sv")))
        .as("page and language do not change the counts").isEqualTo(finnish).hasSameHashCodeAs(finnish);
    assertThat(key(query().add("country", "SE").add("category", "self-care"))).isNotEqualTo(finnish);
    assertThat(key(query().add("country", "FI"))).isNotEqualTo(finnish);
    assertThat(key(query().add("country", "FI").add("targetGroup", "older-people"))).as("another filter")
        .isNotEqualTo(key(query().add("country", "FI").add("category", "self-care")));
    assertThat(key(query().add("organisation", organisation.toString())))
        .isNotEqualTo(key(query().add("organisation", UUID.randomUUID().toString())))
        .isNotEqualTo(key(query()));
  }

  private static MultiMap query() {
    return MultiMap.caseInsensitiveMultiMap();
  }

  private static Object key(MultiMap query) {
    return ShowcaseSearchSql.of(ShowcaseSearch.from(query)).countsKey();
  }
}
