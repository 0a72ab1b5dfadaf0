package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a request body is read field by field: what each reader returns, and what it says is wrong. */
class FieldErrorsTest {

  private static List<FieldError> errorsOf(FieldErrors errors) {
    try {
      errors.throwIfAny();
      return List.of();
    } catch (Invalid invalid) {
      return invalid.errors();
    }
  }

  @Test
  @DisplayName("text is trimmed; missing, not a string, too short, too long or with control characters, it is refused by name")
  void text() {
    FieldErrors errors = new FieldErrors();
    JsonObject body = new JsonObject().put("name", "  Saga  ").put("number", 42).put("short", "ab").put("long", "x".repeat(11))
        .put("control", "a\u0000b").put("lines", "one\ntwo\tthree").put("blank", "   ");
    assertThat(errors.text(body, "name", 1, 10, true)).isEqualTo("Saga");
    assertThat(errors.text(body, "lines", 1, 20, true)).as("new lines and tabs are text").isEqualTo("one\ntwo\tthree");
    assertThat(errors.text(body, "blank", 1, 10, false)).as("blank and optional: absent").isNull();
    assertThat(errors.text(body, "absent", 1, 10, false)).isNull();
    assertThat(errorsOf(errors)).isEmpty();

    assertThat(errors.text(body, "absent", 1, 10, true)).isNull();
    assertThat(errors.text(body, "number", 1, 10, true)).isNull();
    assertThat(errors.text(body, "short", 3, 10, true)).isNull();
    assertThat(errors.text(body, "long", 1, 10, true)).isNull();
    assertThat(errors.text(body, "control", 1, 10, true)).isNull();
    assertThat(errors.text(body, "blank", 1, 10, true)).isNull();
    assertThat(errorsOf(errors)).containsExactly(
        new FieldError("absent", "is required"),
        new FieldError("number", "must be a string"),
        new FieldError("short", "must be at least 3 characters"),
        new FieldError("long", "must be at most 10 characters"),
        new FieldError("control", "must not contain control characters"),
        new FieldError("blank", "must not be empty"));
  }

  @Test
  @DisplayName("an email is kept in lower case; one that is not an address is refused")
  void email() {
    FieldErrors errors = new FieldErrors();
    JsonObject body = new JsonObject().put("email", " Saga.Lindqvist@Example.SE ").put("bad", "saga@localhost");
    assertThat(errors.email(body, "email", true)).isEqualTo("saga.lindqvist@example.se");
    assertThat(errors.email(body, "bad", true)).isNull();
    assertThat(errorsOf(errors)).containsExactly(new FieldError("bad", "must be an email address"));
  }

  @Test
  @DisplayName("a choice is one of the allowed values, which the refusal lists in order; an enum's choice is read by its codes")
  void choices() {
    FieldErrors errors = new FieldErrors();
    JsonObject body = new JsonObject().put("type", "care").put("role", "member").put("decision", "request-changes")
        .put("other", "boss");
    assertThat(errors.oneOf(body, "type", Set.of("company", "care", "research"), true)).isEqualTo("care");
    assertThat(errors.choice(body, "role", MemberRole.class, true)).isEqualTo(MemberRole.MEMBER);
    assertThat(errors.choice(body, "decision", Review.Decision.class, true)).isEqualTo(Review.Decision.REQUEST_CHANGES);
    assertThat(errorsOf(errors)).isEmpty();
    assertThat(errors.choice(body, "other", MemberRole.class, true)).isNull();
    assertThat(errors.oneOf(body, "other", Set.of("research", "care", "company"), true)).isNull();
    assertThat(errorsOf(errors)).containsExactly(
        new FieldError("other", "must be one of admin, member"),
        new FieldError("other", "must be one of care, company, research"));
  }

  @Test
  @DisplayName("addresses are http or https with a host; dates are written 2027-03-31; ids are UUIDs")
  void urlsDatesAndIds() {
    FieldErrors errors = new FieldErrors();
    UUID id = UUID.randomUUID();
    JsonObject body = new JsonObject().put("site", "https://example.org/a?b=c").put("date", "2027-03-31").put("id", id.toString())
        .put("script", "javascript:alert(1)").put("hostless", "http://").put("day", "2027-02-30").put("notId", "7");
    assertThat(errors.url(body, "site", true)).isEqualTo("https://example.org/a?b=c");
    assertThat(errors.date(body, "date", true)).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(errors.uuid(body, "id", true)).isEqualTo(id);
    assertThat(errorsOf(errors)).isEmpty();
    assertThat(errors.url(body, "script", true)).isNull();
    assertThat(errors.url(body, "hostless", true)).isNull();
    assertThat(errors.date(body, "day", true)).isNull();
    assertThat(errors.uuid(body, "notId", true)).isNull();
    assertThat(errorsOf(errors)).extracting(FieldError::field).containsExactly("script", "hostless", "day", "notId");
    assertThat(errorsOf(errors)).extracting(FieldError::message).containsExactly("must be an http or https address",
        "must be an http or https address", "must be a date like 2027-03-31", "must be an id");
  }

  @Test
  @DisplayName("a whole number is a JSON integer within its bounds; one missing but required, or anything else, hears the bounds and any unit")
  void wholeNumbers() {
    FieldErrors errors = new FieldErrors();
    JsonObject body = new JsonObject().put("seats", 12).put("low", 1).put("high", 200).put("long", 20_000L).putNull("none")
        .put("zero", 0).put("over", 201).put("text", "12").put("fraction", 1.5).put("huge", 3_000_000_000L);
    assertThat(errors.wholeNumber(body, "seats", 1, 200, true)).isEqualTo(12);
    assertThat(errors.wholeNumber(body, "low", 1, 200, true)).isEqualTo(1);
    assertThat(errors.wholeNumber(body, "high", 1, 200, true)).isEqualTo(200);
    assertThat(errors.wholeNumber(body, "long", 1, 20_000, false, "pixels")).isEqualTo(20_000);
    assertThat(errors.wholeNumber(body, "absent", 1, 200, false)).isNull();
    assertThat(errors.wholeNumber(body, "none", 1, 200, false)).isNull();
    assertThat(errorsOf(errors)).isEmpty();

    assertThat(errors.wholeNumber(body, "absent", 1, 10_000, true)).isNull();
    assertThat(errors.wholeNumber(body, "none", 1, 200, true)).isNull();
    assertThat(errors.wholeNumber(body, "zero", 1, 200, false)).isNull();
    assertThat(errors.wholeNumber(body, "over", 1, 200, false)).isNull();
    assertThat(errors.wholeNumber(body, "text", 1, 20_000, false, "pixels")).isNull();
    assertThat(errors.wholeNumber(body, "fraction", 10, 60, false)).isNull();
    assertThat(errors.wholeNumber(body, "huge", 1, 1_000_000, true, "people")).isNull();
    assertThat(errorsOf(errors)).containsExactly(
        new FieldError("absent", "must be a whole number from 1 to 10000"),
        new FieldError("none", "must be a whole number from 1 to 200"),
        new FieldError("zero", "must be a whole number from 1 to 200"),
        new FieldError("over", "must be a whole number from 1 to 200"),
        new FieldError("text", "must be a whole number of pixels from 1 to 20000"),
        new FieldError("fraction", "must be a whole number from 10 to 60"),
        new FieldError("huge", "must be a whole number of people from 1 to 1000000"));
  }

  @Test
  @DisplayName("a list keeps its allowed strings once each; one that is not a list, too long or with other values is refused")
  void lists() {
    FieldErrors errors = new FieldErrors();
    Set<String> allowed = Set.of("fi", "sv", "en");
    JsonObject body = new JsonObject().put("languages", new JsonArray().add("fi").add("sv").add("fi"))
        .put("text", "fi").put("many", new JsonArray().add("fi").add("sv").add("en")).put("other", new JsonArray().add("de"));
    assertThat(errors.stringList(body, "languages", allowed, 3)).containsExactly("fi", "sv");
    assertThat(errors.stringList(body, "absent", allowed, 3)).isEmpty();
    assertThat(errorsOf(errors)).isEmpty();
    assertThat(errors.stringList(body, "text", allowed, 3)).isEmpty();
    assertThat(errors.stringList(body, "many", allowed, 2)).isEmpty();
    assertThat(errors.stringList(body, "other", allowed, 3)).isEmpty();
    assertThat(errorsOf(errors)).containsExactly(
        new FieldError("text", "must be a list"),
        new FieldError("many", "must have at most 2 entries"),
        new FieldError("other", "may only contain en, fi, sv"));
  }

  @Test
  @DisplayName("localised text keeps en, fi and sv, drops blank languages, and names the language that is wrong")
  void localised() {
    FieldErrors errors = new FieldErrors();
    JsonObject body = new JsonObject()
        .put("title", new JsonObject().put("fi", " Kotimittari ").put("sv", "  ").putNull("en"))
        .put("empty", new JsonObject().put("fi", ""))
        .put("foreign", new JsonObject().put("de", "Titel").put("fi", "Otsikko"))
        .put("long", new JsonObject().put("sv", "x".repeat(11)))
        .put("flat", "Kotimittari");
    assertThat(errors.localised(body, "title", 1, 20, true).toJson()).isEqualTo(new JsonObject().put("fi", "Kotimittari"));
    assertThat(errorsOf(errors)).isEmpty();
    errors.localised(body, "empty", 1, 10, true);
    errors.localised(body, "foreign", 1, 10, true);
    errors.localised(body, "long", 1, 10, true);
    errors.localised(body, "flat", 1, 10, true);
    errors.localised(body, "absent", 1, 10, true);
    assertThat(errorsOf(errors)).containsExactly(
        new FieldError("empty", "is required, in at least one of en, fi, sv"),
        new FieldError("foreign.de", "is not a language: use en, fi or sv"),
        new FieldError("long.sv", "must be at most 10 characters"),
        new FieldError("flat", "must be an object of en, fi, sv texts"),
        new FieldError("absent", "is required, in at least one of en, fi, sv"));
  }

  @Test
  @DisplayName("fields nobody asked for are refused, so a typo of a real field is not silently ignored")
  void onlyKnown() {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(new JsonObject().put("email", "a@b.fi").put("emial", "a@b.fi").put("role", "admin"), Set.of("email", "name"));
    assertThat(errors.has("emial")).isTrue();
    assertThat(errors.has("email")).isFalse();
    assertThat(errorsOf(errors)).extracting(FieldError::field).containsExactlyInAnyOrder("emial", "role");
  }

  @Test
  @DisplayName("nothing wrong throws nothing; anything wrong throws one Invalid with every field, a 400")
  void throwIfAny() {
    FieldErrors clean = new FieldErrors();
    clean.throwIfAny();
    FieldErrors errors = new FieldErrors();
    errors.add("email", "is required");
    errors.add("name", "is required");
    assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(Invalid.class, invalid -> {
      assertThat(invalid.status()).isEqualTo(400);
      assertThat(invalid.type()).isEqualTo("invalid-input");
      assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("email", "name");
    });
  }
}
