package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.showcase.ShowcaseStatus.ARCHIVED;
import static org.ntc.hub.showcase.ShowcaseStatus.CHANGES_REQUESTED;
import static org.ntc.hub.showcase.ShowcaseStatus.DRAFT;
import static org.ntc.hub.showcase.ShowcaseStatus.PENDING;
import static org.ntc.hub.showcase.ShowcaseStatus.PUBLISHED;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Coded;

class ShowcaseStatusTest {

  @Test
  @DisplayName("states travel as the codes the database and the contract use")
  void codes() {
    assertThat(CHANGES_REQUESTED.code()).isEqualTo("changes-requested");
    assertThat(Coded.of(ShowcaseStatus.class, "published")).isEqualTo(PUBLISHED);
    assertThat(ShowcaseStatus.of(null)).isNull();
  }

  @Test
  @DisplayName("an owner's edit sends a published showcase to review and takes a pending one out of it")
  void afterEdit() {
    assertThat(PUBLISHED.afterEdit()).isEqualTo(PENDING);
    assertThat(PENDING.afterEdit()).isEqualTo(DRAFT);
    assertThat(DRAFT.afterEdit()).isEqualTo(DRAFT);
    assertThat(CHANGES_REQUESTED.afterEdit()).isEqualTo(CHANGES_REQUESTED);
  }

  @Test
  @DisplayName("a restored showcase returns to where it was, except out of review, as a draft")
  void restored() {
    assertThat(ShowcaseStatus.restoredFrom(PUBLISHED)).isEqualTo(PUBLISHED);
    assertThat(ShowcaseStatus.restoredFrom(CHANGES_REQUESTED)).isEqualTo(CHANGES_REQUESTED);
    assertThat(ShowcaseStatus.restoredFrom(PENDING)).isEqualTo(DRAFT);
    assertThat(ShowcaseStatus.restoredFrom(ARCHIVED)).isEqualTo(DRAFT);
    assertThat(ShowcaseStatus.restoredFrom(null)).isEqualTo(DRAFT);
  }
}
