package org.ntc.hub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;

/** Each kind of notification: its stored code, its sentence in every language, and the page it leads to. */
class NotificationKindTest {

  @Test
  @DisplayName("a kind's code names its subject, then what happened: showcase.changes-requested")
  void codes() {
    assertThat(NotificationKind.SHOWCASE_CHANGES_REQUESTED.code()).isEqualTo("showcase.changes-requested");
    assertThat(NotificationKind.ORGANISATION_VERIFIED.code()).isEqualTo("organisation.verified");
    assertThat(NotificationKind.ENROLMENT_CONFIRMED.code()).isEqualTo("enrolment.confirmed");
    assertThat(NotificationKind.CHALLENGE_ANSWERED.code()).isEqualTo("challenge.answered");
    assertThat(Arrays.stream(NotificationKind.values()).map(NotificationKind::code)).doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[a-z]+\\.[a-z]+(-[a-z]+)*"));
    for (NotificationKind kind : NotificationKind.values()) {
      assertThat(Coded.of(NotificationKind.class, kind.code())).isSameAs(kind);
    }
  }

  @Test
  @DisplayName("every kind has its sentence in en, fi and sv")
  void sentences() {
    for (String lang : I18n.LANGUAGES) {
      for (NotificationKind kind : NotificationKind.values()) {
        assertThat(I18n.bundle(lang)).as(lang + " " + kind.code()).containsKey("notification." + kind.code());
      }
    }
  }

  @Test
  @DisplayName("a notification leads to the page of its subject: an answered need to the need, not to the showcase")
  void links() {
    JsonObject about = new JsonObject().put("showcaseId", "s1").put("organisationId", "o1").put("trainingId", "t1")
        .put("challengeId", "c1").put("pilotId", "p1");
    assertThat(NotificationKind.SHOWCASE_PUBLISHED.link(about)).isEqualTo("/showcases/s1");
    assertThat(NotificationKind.SHOWCASE_CONTACTED.link(about)).isEqualTo("/showcases/s1");
    assertThat(NotificationKind.ORGANISATION_VERIFIED.link(about)).isEqualTo("/organisations/o1");
    assertThat(NotificationKind.ENROLMENT_CONFIRMED.link(about)).isEqualTo("/trainings/t1");
    assertThat(NotificationKind.TRAINING_CHANGES_REQUESTED.link(about)).isEqualTo("/trainings/t1");
    assertThat(NotificationKind.CHALLENGE_ANSWERED.link(about)).isEqualTo("/challenges/c1");
    assertThat(NotificationKind.CHALLENGE_MATCHING.link(about)).isEqualTo("/challenges/c1");
    assertThat(NotificationKind.PILOT_UPDATED.link(about)).as("a pilot's news leads to the pilot").isEqualTo("/pilots/p1");
    assertThat(NotificationKind.SHOWCASE_MESSAGE_ANSWERED.link(about)).as("the thread is private: the sender's account page")
        .isEqualTo("/account#messages");
  }

  @Test
  @DisplayName("a notification whose payload lacks its subject's id leads to the account page")
  void linkWithoutId() {
    for (NotificationKind kind : NotificationKind.values()) {
      assertThat(kind.link(new JsonObject())).as(kind.code()).matches("/account(/[a-z-]+)?(#[a-z-]+)?");
    }
  }
}
