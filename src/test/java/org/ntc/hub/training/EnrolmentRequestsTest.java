package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;

class EnrolmentRequestsTest {

  @Test
  @DisplayName("an enrolment names a hybrid training's site, or nothing")
  void enrolment() {
    assertThat(NewEnrolment.from(new JsonObject()).site()).isEmpty();
    assertThat(NewEnrolment.from(new JsonObject().put("site", "umea")).site()).isEqualTo(Optional.of(PoolSite.UMEA));
    assertThat(NewEnrolment.from(new JsonObject().put("site", "online")).site()).isEqualTo(Optional.of(PoolSite.ONLINE));
    assertThat(catchThrowableOfType(Invalid.class, () -> NewEnrolment.from(new JsonObject().put("site", "main")))
        .errors().stream().map(FieldError::field)).containsExactly("site");
    assertThat(catchThrowableOfType(Invalid.class, () -> NewEnrolment.from(new JsonObject().put("seat", "12")))
        .errors().stream().map(FieldError::field)).containsExactly("seat");
  }

  @Test
  @DisplayName("attendance names a person and says true or false")
  void attendance() {
    UUID person = UUID.randomUUID();
    AttendanceMark mark = AttendanceMark.from(new JsonObject().put("accountId", person.toString()).put("attended", false));
    assertThat(mark).isEqualTo(new AttendanceMark(person, false));
    UUID training = UUID.randomUUID();
    assertThat(mark.toJson(training)).isEqualTo(new JsonObject().put("trainingId", training.toString())
        .put("accountId", person.toString()).put("attended", false));
    Invalid invalid = catchThrowableOfType(Invalid.class,
        () -> AttendanceMark.from(new JsonObject().put("accountId", "someone").put("attended", "yes")));
    assertThat(invalid.errors().stream().map(FieldError::field)).containsExactlyInAnyOrder("accountId", "attended");
    assertThat(catchThrowableOfType(Invalid.class, () -> AttendanceMark.from(new JsonObject().put("accountId", person.toString())))
        .errors().stream().map(FieldError::field)).containsExactly("attended");
  }
}
