package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.notification.NotificationService.Except;
import org.ntc.hub.platform.Localised;

/**
 * What a training's first moment in public tells people, whether staff published it at once or
 * approved it: the followers of its organisation, then the people who follow a topic of a showcase
 * it covers (a training has no topics of its own). Each person hears once: its organiser, the members
 * of its organisation and the organisation's followers are left out of the topic news.
 */
final class PublicationNews {
  private final TrainingRepository trainings;
  private final NotificationService notifications;

  PublicationNews(TrainingRepository trainings, NotificationService notifications) {
    this.trainings = trainings;
    this.notifications = notifications;
  }

  /** Inside the transaction that makes the training public, so followers hear of it exactly when it commits. */
  Future<Void> published(SqlClient tx, UUID id, Localised title, UUID organisationId, UUID createdBy) {
    JsonObject about = new JsonObject().put("trainingId", id.toString()).put("title", title.toJson());
    Future<Void> organisationFollowers = organisationId == null ? Future.succeededFuture()
        : notifications.toOrganisationFollowers(tx, organisationId, NotificationKind.FOLLOWED_ORGANISATION_TRAINING, about);
    return organisationFollowers.compose(told -> trainings.linkedCategories(tx, id))
        .compose(categories -> notifications.toTopicFollowers(tx, categories, told(organisationId, createdBy),
            NotificationKind.TRAINING_IN_FOLLOWED_TOPIC, about));
  }

  private static Except told(UUID organisationId, UUID createdBy) {
    Except owners = Except.membersOf(organisationId).andMaker(createdBy);
    return organisationId == null ? owners : owners.andFollowersOfOrganisation();
  }
}
