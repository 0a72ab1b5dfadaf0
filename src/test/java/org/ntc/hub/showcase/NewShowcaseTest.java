package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;

class NewShowcaseTest {
  static final String ORG = "7d1c1a50-3f43-4f6b-9d6e-0f1f2f3f4f5f";

  static JsonObject valid() {
    return new JsonObject().put("organisationId", ORG)
        .put("title", new JsonObject().put("fi", "Kotimittari").put("en", "  Home meter  "))
        .put("summary", new JsonObject().put("fi", "Verenpaine mitataan kotona."))
        .put("categories", new JsonArray().add("remote-monitoring").add("remote-monitoring"))
        .put("countries", new JsonArray().add("FI").add("SE"))
        .put("regulatoryStatus", "mdr-class-iia");
  }

  @Test
  @DisplayName("a valid body becomes typed content: texts trimmed, lists without repeats, the default evidence level")
  void validBody() {
    NewShowcase showcase = NewShowcase.from(valid());
    assertThat(showcase.organisationId()).isEqualTo(UUID.fromString(ORG));
    ShowcaseContent content = showcase.content();
    assertThat(content.title().in("en")).isEqualTo("Home meter");
    assertThat(content.title().in("sv")).as("falls back to English").isEqualTo("Home meter");
    assertThat(content.categories()).containsExactly("remote-monitoring");
    assertThat(content.countries()).containsExactly("FI", "SE");
    assertThat(content.regulatoryStatus()).isEqualTo(RegulatoryStatus.MDR_CLASS_IIA);
    assertThat(content.evidenceLevel()).isEqualTo(EvidenceLevel.CONCEPT);
    assertThat(content.description().isEmpty()).isTrue();
  }

  @Test
  @DisplayName("without a regulatory status a showcase is not a medical device")
  void defaultRegulatoryStatus() {
    assertThat(NewShowcase.from(valid().put("regulatoryStatus", null)).content().regulatoryStatus())
        .isEqualTo(RegulatoryStatus.NOT_MEDICAL_DEVICE);
  }

  @Test
  @DisplayName("an empty body names the organisation, the title, the summary and the categories")
  void empty() {
    assertThat(fields(new JsonObject())).containsExactly("organisationId", "title", "summary", "categories");
  }

  @Test
  @DisplayName("every wrong field is named at once: unknown ones, a country outside the three, an unknown class, a bad email")
  void everyWrongField() {
    JsonObject body = valid().put("colour", "red").put("countries", new JsonArray().add("DK"))
        .put("regulatoryStatus", "class-x").put("evidenceLevel", "rumour").put("contactEmail", "nobody")
        .put("website", "ftp://example.org").put("title", new JsonObject().put("de", "Heimmessgerät"));
    assertThat(fields(body)).containsExactlyInAnyOrder("colour", "title.de", "countries", "regulatoryStatus", "evidenceLevel",
        "website", "contactEmail");
  }

  @Test
  @DisplayName("the organisation must be an id, the title at least three characters, and a category named")
  void limits() {
    JsonObject body = valid().put("organisationId", "acme").put("title", new JsonObject().put("en", "TV"))
        .put("categories", new JsonArray());
    assertThat(fields(body)).containsExactly("organisationId", "title.en", "categories");
  }

  private static List<String> fields(JsonObject body) {
    return refused(() -> NewShowcase.from(body));
  }

  /** The fields a request record names when it refuses its input. */
  static List<String> refused(ThrowingCallable read) {
    Invalid invalid = catchThrowableOfType(read, Invalid.class);
    assertThat(invalid).as("refused").isNotNull();
    return invalid.errors().stream().map(FieldError::field).toList();
  }
}
