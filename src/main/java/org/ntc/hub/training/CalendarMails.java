package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.mail.Composer;
import org.ntc.hub.notification.Notification;
import org.ntc.hub.notification.NotificationKind;

/**
 * The calendar file ({@code training.ics}) that a training's notification mail carries, written for
 * its recipient on a worker thread: a confirmed seat, a change, a reminder as {@code METHOD:REQUEST}
 * with the training's sequence, a cancellation as {@code METHOD:CANCEL}. The join link is in it only
 * for a confirmed participant who takes part online. An offered seat carries none: it is not theirs yet.
 */
final class CalendarMails {
  private static final List<NotificationKind> REQUESTS = List.of(NotificationKind.ENROLMENT_CONFIRMED,
      NotificationKind.TRAINING_CHANGED, NotificationKind.TRAINING_REMINDER);
  private final TrainingRepository trainings;
  private final Vertx vertx;
  private final String publicUrl;
  private final String organiserEmail;

  CalendarMails(TrainingRepository trainings, Vertx vertx, String publicUrl, String organiserEmail) {
    this.trainings = trainings;
    this.vertx = vertx;
    this.publicUrl = publicUrl;
    this.organiserEmail = organiserEmail;
  }

  Future<List<Composer.Attachment>> attachments(Notification notification, UUID accountId, String lang) {
    boolean cancel = notification.kind() == NotificationKind.TRAINING_CANCELLED;
    String id = notification.payload().getString("trainingId");
    if (id == null || !cancel && !REQUESTS.contains(notification.kind())) return Future.succeededFuture(List.of());
    UUID trainingId = UUID.fromString(id);
    String method = cancel ? "CANCEL" : "REQUEST";
    Future<Training> training = trainings.byId(trainingId);
    Future<Optional<MyEnrolment>> mine = training.compose(t -> trainings.activeEnrolment(trainingId, accountId));
    Future<Optional<TrainingRepository.Addressee>> addressee = mine.compose(m -> trainings.addressee(accountId));
    return addressee.compose(to -> vertx.executeBlocking(() -> file(training.result(), mine.result(), lang, new TrainingCalendar.Invitation(
            method, organiserEmail, to.map(TrainingRepository.Addressee::email).orElse(null),
            to.map(TrainingRepository.Addressee::name).orElse(null))), false))
        .map(List::of);
  }

  private Composer.Attachment file(Training training, Optional<MyEnrolment> mine, String lang, TrainingCalendar.Invitation invitation) {
    String method = invitation.method();
    TrainingCalendar.Entry entry = mine.filter(m -> !"CANCEL".equals(method))
        .map(m -> TrainingCalendar.Entry.of(training, m.status(), m.site())).orElse(TrainingCalendar.Entry.of(training));
    String ics = TrainingCalendar.ics(List.of(entry), lang, publicUrl, invitation);
    return new Composer.Attachment("training.ics", "text/calendar; method=" + method + "; charset=UTF-8",
        ics.getBytes(StandardCharsets.UTF_8));
  }
}
