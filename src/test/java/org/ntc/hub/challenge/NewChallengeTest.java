package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;

class NewChallengeTest {
  private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  private static JsonObject need() {
    return new JsonObject().put("organisationId", UUID.randomUUID().toString())
        .put("title", new JsonObject().put("fi", "Kaatumisten ennaltaehkäisy"))
        .put("description", new JsonObject().put("fi", "Etsimme keinoja ehkäistä kaatumisia kotona."))
        .put("categories", new JsonArray().add("safety-and-alarms")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi").add("sv"))
        .put("responsesDue", "2027-04-01").put("expectedScale", " 400 asiakasta ");
  }

  private static Iterable<String> fields(JsonObject body) {
    return catchThrowableOfType(Invalid.class, () -> NewChallenge.from(body, TODAY)).errors().stream().map(FieldError::field).toList();
  }

  @Test
  @DisplayName("a complete need is read into its fields, the country as a country")
  void complete() {
    NewChallenge need = NewChallenge.from(need(), TODAY);
    assertThat(need.title().in("fi")).isEqualTo("Kaatumisten ennaltaehkäisy");
    assertThat(need.country()).isEqualTo(Country.FI);
    assertThat(need.languages()).containsExactly("fi", "sv");
    assertThat(need.responsesDue()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(need.expectedScale()).isEqualTo("400 asiakasta");
  }

  @Test
  @DisplayName("every missing or wrong field is named at once")
  void everyFieldNamed() {
    JsonObject bad = new JsonObject().put("organisationId", "x").put("categories", new JsonArray().add("teleportation"))
        .put("country", "DK").put("languages", new JsonArray().add("de")).put("responsesDue", "yesterday").put("colour", "red");
    assertThat(fields(bad)).contains("organisationId", "title", "description", "categories", "targetGroups", "country",
        "languages", "responsesDue", "colour");
  }

  @Test
  @DisplayName("answers are due after today and within two years")
  void dueDate() {
    assertThat(fields(need().put("responsesDue", "2027-03-01"))).containsExactly("responsesDue");
    assertThat(fields(need().put("responsesDue", "2029-03-02"))).containsExactly("responsesDue");
    assertThat(NewChallenge.from(need().put("responsesDue", "2029-03-01"), TODAY).responsesDue()).isEqualTo("2029-03-01");
  }

  @Test
  @DisplayName("a need names at least one category and one target group")
  void categoriesRequired() {
    assertThat(fields(need().put("categories", new JsonArray()).put("targetGroups", new JsonArray())))
        .containsExactly("categories", "targetGroups");
  }
}
