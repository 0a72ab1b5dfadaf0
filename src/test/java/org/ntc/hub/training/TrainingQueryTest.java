package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.MultiMap;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Site;

class TrainingQueryTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2027-03-01T10:00:00Z");

  private static MultiMap params(String... pairs) {
    MultiMap params = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < pairs.length; i += 2) params.add(pairs[i], pairs[i + 1]);
    return params;
  }

  @Test
  @DisplayName("with no filters: from now on, for five years, anywhere, for anyone")
  void defaults() {
    TrainingQuery query = TrainingQuery.from(params(), NOW);
    assertThat(query.from()).isEqualTo(NOW);
    assertThat(query.to()).isEqualTo(NOW.plusYears(5));
    assertThat(query.contactPoint()).isNull();
    assertThat(query.audience()).isNull();
    assertThat(query.language()).isNull();
  }

  @Test
  @DisplayName("a month, a contact point, an audience and a language narrow it; the past is never listed")
  void filters() {
    TrainingQuery query = TrainingQuery.from(params("month", "2027-04", "contactPoint", "umea", "audience", "companies",
        "language", "sv"), NOW);
    assertThat(query.from()).isEqualTo(OffsetDateTime.parse("2027-04-01T00:00:00Z"));
    assertThat(query.to()).isEqualTo(OffsetDateTime.parse("2027-05-01T00:00:00Z"));
    assertThat(query.contactPoint()).isEqualTo(Site.UMEA);
    assertThat(query.audience()).isEqualTo(Audience.COMPANIES);
    assertThat(query.language()).isEqualTo("sv");
    assertThat(TrainingQuery.from(params("from", "2020-01-01", "to", "2027-06-01"), NOW).from()).isEqualTo(NOW);
    assertThat(TrainingQuery.from(params("to", "2027-06-01T09:00:00+03:00"), NOW).to())
        .isEqualTo(OffsetDateTime.parse("2027-06-01T09:00:00+03:00"));
  }

  @Test
  @DisplayName("unknown places, audiences, languages and malformed dates are refused by name")
  void refused() {
    Invalid invalid = catchThrowableOfType(Invalid.class, () -> TrainingQuery.from(params("month", "2027-13",
        "contactPoint", "vaasa", "audience", "aliens", "language", "de", "from", "yesterday"), NOW));
    assertThat(invalid.errors().stream().map(FieldError::field))
        .containsExactlyInAnyOrder("month", "contactPoint", "audience", "language", "from");
  }
}
