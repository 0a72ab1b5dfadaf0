package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The request of the three review routes (showcase, training, need), read at the edge. */
class ReviewTest {

  private static List<FieldError> refusal(JsonObject body) {
    try {
      Review.from(body);
    } catch (Invalid invalid) {
      return invalid.errors();
    }
    throw new AssertionError("accepted: " + body.encode());
  }

  @Test
  @DisplayName("an approval needs no comment and may name the version the reviewer saw")
  void approve() {
    Review plain = Review.from(new JsonObject().put("decision", "approve"));
    assertThat(plain.approved()).isTrue();
    assertThat(plain.comment()).isNull();
    assertThat(plain.version()).isEmpty();
    Review seen = Review.from(new JsonObject().put("decision", "approve").put("version", "7").put("comment", "  Hyvä  "));
    assertThat(seen.version()).isEqualTo(Optional.of("7"));
    assertThat(seen.comment()).isEqualTo("Hyvä");
  }

  @Test
  @DisplayName("sending something back asks for a comment saying what to change")
  void requestChanges() {
    Review review = Review.from(new JsonObject().put("decision", "request-changes").put("comment", "Lisää näyttö pilotista"));
    assertThat(review.decision()).isEqualTo(Review.Decision.REQUEST_CHANGES);
    assertThat(review.approved()).isFalse();
    assertThat(review.comment()).isEqualTo("Lisää näyttö pilotista");
    assertThat(refusal(new JsonObject().put("decision", "request-changes"))).containsExactly(new FieldError("comment", "is required"));
    assertThat(refusal(new JsonObject().put("decision", "request-changes").put("comment", "   ")))
        .extracting(FieldError::field).containsExactly("comment");
  }

  @Test
  @DisplayName("a missing or unknown decision, a comment over 2000 characters and unknown fields are refused together")
  void refused() {
    assertThat(refusal(new JsonObject())).containsExactly(new FieldError("decision", "is required"));
    assertThat(refusal(new JsonObject().put("decision", "maybe").put("comment", "x".repeat(2001)).put("score", 5)))
        .containsExactlyInAnyOrder(
            new FieldError("score", "is not a known field"),
            new FieldError("decision", "must be one of approve, request-changes"),
            new FieldError("comment", "must be at most 2000 characters"));
    assertThatThrownBy(() -> Review.from(new JsonObject().put("decision", "APPROVE"))).as("codes, not enum names")
        .isInstanceOf(Invalid.class);
  }
}
