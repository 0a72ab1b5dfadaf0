package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.showcase.NewShowcaseTest.refused;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShowcaseChangeTest {
  private static final ShowcaseContent STORED = NewShowcase.from(NewShowcaseTest.valid()
      .put("website", "https://example.org").put("evidenceLevel", "pilot")).content();

  @Test
  @DisplayName("a change replaces the fields it names and keeps the others")
  void replacesNamedFields() {
    ShowcaseChange change = ShowcaseChange.from(new JsonObject().put("title", new JsonObject().put("sv", "Hemmätare"))
        .put("evidenceLevel", "routine-use"));
    ShowcaseContent changed = STORED.with(change);
    assertThat(changed.title().in("sv")).isEqualTo("Hemmätare");
    assertThat(changed.title().in("fi")).as("a text is replaced whole, all its languages").isEqualTo("Hemmätare");
    assertThat(changed.evidenceLevel()).isEqualTo(EvidenceLevel.ROUTINE_USE);
    assertThat(changed.summary()).isEqualTo(STORED.summary());
    assertThat(changed.website()).isEqualTo("https://example.org");
    assertThat(changed.regulatoryStatus()).isEqualTo(RegulatoryStatus.MDR_CLASS_IIA);
  }

  @Test
  @DisplayName("an empty change keeps everything")
  void emptyChange() {
    assertThat(STORED.with(ShowcaseChange.from(new JsonObject()))).isEqualTo(STORED);
  }

  @Test
  @DisplayName("a field sent as null is cleared where it may be, and a regulatory status falls back to not a device")
  void nulls() {
    ShowcaseContent changed = STORED.with(ShowcaseChange.from(new JsonObject().putNull("website").putNull("regulatoryStatus")));
    assertThat(changed.website()).isNull();
    assertThat(changed.regulatoryStatus()).isEqualTo(RegulatoryStatus.NOT_MEDICAL_DEVICE);
  }

  @Test
  @DisplayName("the organisation cannot be changed, and is the only thing said when it is tried")
  void organisationFixed() {
    assertThat(refused(() -> ShowcaseChange.from(new JsonObject().put("organisationId", NewShowcaseTest.ORG).put("colour", 1))))
        .containsExactly("organisationId");
  }

  @Test
  @DisplayName("unknown fields are named before anything else is checked")
  void unknownFirst() {
    assertThat(refused(() -> ShowcaseChange.from(new JsonObject().put("colour", "red").put("website", "nope"))))
        .containsExactly("colour");
  }

  @Test
  @DisplayName("a named field is checked as a whole showcase requires it: a title cannot be emptied, nor the categories")
  void namedFieldsRequired() {
    assertThat(refused(() -> ShowcaseChange.from(new JsonObject().put("title", new JsonObject().put("en", " "))
        .put("categories", new JsonArray()).put("website", "nope"))))
        .containsExactly("title", "categories", "website");
  }
}
