package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Localised;

class MatchingTest {
  private static final Matching.Need NEED = new Matching.Need(Localised.of("Home blood pressure measurement", null, null),
      Localised.of("Clients measure at home; the nurse sees the readings.", null, null), List.of("remote-monitoring"),
      List.of("older-people"), "FI", List.of("fi"));

  private static Matching.Candidate candidate(String title, List<String> categories, List<String> groups) {
    return new Matching.Candidate(UUID.randomUUID(), Localised.of(title, null, null), Localised.of("", null, null),
        Localised.of("", null, null), UUID.randomUUID(), "Company", categories, groups, List.of("FI"), List.of("fi"));
  }

  @Test
  @DisplayName("a target group, country and language in common are not a fit; a specific concept is; a category needs one more signal")
  void threshold() {
    Matching.Candidate knee = candidate("Rehabilitation after knee surgery", List.of("rehabilitation"), List.of("older-people"));
    Matching.Candidate pressure = candidate("Blodtrycksmätare", List.of("self-care"), List.of("families"));
    Matching.Candidate categoryOnly = candidate("Tablet for video calls", List.of("remote-monitoring"), List.of("families"));
    Matching.Candidate categoryAndGroup = candidate("Tablet for video calls", List.of("remote-monitoring"), List.of("older-people"));
    List<Match> ranked = Matching.rank(NEED, List.of(knee, pressure, categoryOnly, categoryAndGroup), 10);
    assertThat(ranked).extracting(Match::showcaseId).containsExactly(pressure.showcaseId(), categoryAndGroup.showcaseId());
    assertThat(ranked.get(0).reasons()).first().isEqualTo(new Match.Reason("concept", "blood-pressure"));
    assertThat(ranked.get(1).reasons()).contains(new Match.Reason("category", "remote-monitoring"),
        new Match.Reason("target-group", "older-people"));
    assertThat(ranked.get(0).why("en")).startsWith("both are about blood pressure");
  }
}
