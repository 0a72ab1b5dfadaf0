package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Localised;

/**
 * A training has no topics of its own: it reaches the people who follow a topic of a showcase it
 * covers, once, when it first becomes public. Whoever hears of it otherwise is left out: its
 * organiser, the members of its organisation and, when they were told, its organisation's followers.
 */
final class TopicNews {
  private final TrainingRepository trainings;
  private final NotificationService notifications;

  TopicNews(TrainingRepository trainings, NotificationService notifications) {
    this.trainings = trainings;
    this.notifications = notifications;
  }

  /** Inside the transaction that makes the training public, so followers hear of it exactly when it commits. */
  Future<Void> published(SqlClient tx, UUID id, Localised title, UUID organisationId, UUID createdBy,
                         boolean organisationFollowersTold) {
    JsonObject about = new JsonObject().put("trainingId", id.toString()).put("title", title.toJson());
    return trainings.linkedCategories(tx, id).compose(categories -> notifications.toTopicFollowersBut(tx, categories, createdBy,
        organisationId, organisationFollowersTold, NotificationKind.TRAINING_IN_FOLLOWED_TOPIC, about));
  }
}
