package org.ntc.hub.account;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;

/** Everything stored about a person, for {@code GET /api/v1/me/export}. */
public record PersonalData(OffsetDateTime exportedAt, Account account, List<Viewer.Membership> organisations,
                           List<Session> sessions, List<Action> activity, Elsewhere elsewhere,
                           Map<String, List<JsonObject>> participation) {

  record Session(OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    static Session fromRow(Row row) {
      return new Session(row.getOffsetDateTime("created_at"), row.getOffsetDateTime("expires_at"));
    }

    JsonObject toJson() {
      return new JsonObject().put("createdAt", Times.rfc3339(createdAt)).put("expiresAt", Times.rfc3339(expiresAt));
    }
  }

  /** What the audit log holds of the person's own actions. */
  record Action(OffsetDateTime at, String action, String targetType, String targetId, String address) {
    static Action fromRow(Row row) {
      return new Action(row.getOffsetDateTime("at"), row.getString("action"), row.getString("target_type"),
          row.getString("target_id"), row.getString("address"));
    }

    JsonObject toJson() {
      return new JsonObject().put("at", Times.rfc3339(at)).put("action", action).put("targetType", targetType)
          .put("targetId", targetId).put("address", address);
    }
  }

  /** What other features hold of the person, each row as the export shows it. */
  record Elsewhere(List<JsonObject> enrolments, List<JsonObject> messagesSent, List<JsonObject> notifications,
                   List<JsonObject> announcements, List<JsonObject> repliesWritten, List<JsonObject> notificationSettings,
                   List<JsonObject> topicsFollowed, List<JsonObject> mail, List<JsonObject> adviceRequests,
                   List<JsonObject> visitBookings) {
    static JsonObject setting(Row r) {
      return new JsonObject().put("kind", r.getString("kind")).put("delivery", r.getString("delivery"));
    }

    static JsonObject topic(Row r) {
      return new JsonObject().put("category", r.getString("category")).put("since", Times.rfc3339(r.getOffsetDateTime("created_at")));
    }

    static JsonObject mail(Row r) {
      return new JsonObject().put("template", r.getString("template")).put("to", r.getString("to_address"))
          .put("status", r.getString("status")).put("at", Times.rfc3339(r.getOffsetDateTime("created_at")))
          .put("sentAt", Times.rfc3339(r.getOffsetDateTime("sent_at")));
    }

    static JsonObject enrolment(Row r) {
      return new JsonObject().put("trainingId", r.getUUID("training_id").toString()).put("title", r.getJsonObject("title"))
          .put("startsAt", Times.rfc3339(r.getOffsetDateTime("starts_at"))).put("site", r.getString("site"))
          .put("status", r.getString("status")).put("enrolledAt", Times.rfc3339(r.getOffsetDateTime("created_at")))
          .put("attended", r.getOffsetDateTime("attended_at") != null);
    }

    /** A message to a company, with the replies its members wrote back. */
    static JsonObject messageSent(Row r) {
      JsonArray replies = new JsonArray();
      Object stored = r.getValue("replies");
      JsonArray rows = stored instanceof JsonArray array ? array : new JsonArray();
      for (Object reply : rows) {
        JsonObject shown = (JsonObject) reply;
        replies.add(new JsonObject().put("text", shown.getString("text"))
            .put("at", Times.rfc3339(OffsetDateTime.parse(shown.getString("at")))));
      }
      return new JsonObject().put("id", r.getUUID("id").toString()).put("showcaseId", r.getUUID("showcase_id").toString())
          .put("organisationId", r.getUUID("organisation_id").toString()).put("message", r.getString("message"))
          .put("at", Times.rfc3339(r.getOffsetDateTime("created_at"))).put("replies", replies);
    }

    /** A reply the person wrote for their organisation to someone's message. */
    static JsonObject replyWritten(Row r) {
      return new JsonObject().put("messageId", r.getUUID("contact_id").toString())
          .put("organisationId", r.getUUID("organisation_id").toString()).put("text", r.getString("text"))
          .put("at", Times.rfc3339(r.getOffsetDateTime("created_at")));
    }

    static JsonObject notification(Row r) {
      return new JsonObject().put("kind", r.getString("kind")).put("payload", r.getJsonObject("payload"))
          .put("at", Times.rfc3339(r.getOffsetDateTime("created_at"))).put("read", r.getOffsetDateTime("read_at") != null);
    }

    /** A question to the centre (or accessibility feedback) and the thread its asker sees. */
    static JsonObject adviceRequest(Row r) {
      JsonArray messages = new JsonArray();
      Object stored = r.getValue("messages");
      for (Object message : stored instanceof JsonArray array ? array : new JsonArray()) {
        JsonObject shown = (JsonObject) message;
        messages.add(new JsonObject().put("fromStaff", shown.getBoolean("fromStaff")).put("text", shown.getString("text"))
            .put("at", Times.rfc3339(OffsetDateTime.parse(shown.getString("at")))));
      }
      return new JsonObject().put("id", r.getUUID("id").toString()).put("kind", r.getString("kind"))
          .put("topic", r.getString("topic")).put("description", r.getString("description"))
          .put("language", r.getString("language")).put("country", r.getString("country")).put("status", r.getString("status"))
          .put("contactPoint", r.getString("contact_point")).put("askedAt", Times.rfc3339(r.getOffsetDateTime("created_at")))
          .put("closedAt", Times.rfc3339(r.getOffsetDateTime("closed_at"))).put("messages", messages);
    }

    static JsonObject booking(Row r) {
      return new JsonObject().put("slotId", r.getUUID("slot_id").toString()).put("contactPoint", r.getString("contact_point"))
          .put("kind", r.getString("kind")).put("startsAt", Times.rfc3339(r.getOffsetDateTime("starts_at")))
          .put("endsAt", Times.rfc3339(r.getOffsetDateTime("ends_at"))).put("status", r.getString("status"))
          .put("bookedAt", Times.rfc3339(r.getOffsetDateTime("created_at")))
          .put("cancelledAt", Times.rfc3339(r.getOffsetDateTime("cancelled_at")));
    }

    static JsonObject announcement(Row r) {
      return new JsonObject().put("contactPoint", r.getString("contact_point")).put("text", r.getJsonObject("text"))
          .put("at", Times.rfc3339(r.getOffsetDateTime("posted_at")));
    }
  }

  /**
   * Theme groups, reviews, co-signatures, follows and matchmaking: the person's own rows. Of other
   * people nothing is shown but what the person saw themselves, such as the organisation they met.
   */
  static final class Participation {
    private Participation() {}

    static JsonObject group(Row r) {
      return new JsonObject().put("groupId", r.getUUID("id").toString()).put("name", r.getJsonObject("name"))
          .put("joinedAt", Times.rfc3339(r.getOffsetDateTime("joined_at")));
    }

    static JsonObject thread(Row r) {
      return new JsonObject().put("id", r.getUUID("id").toString()).put("groupId", r.getUUID("group_id").toString())
          .put("title", r.getString("title")).put("at", Times.rfc3339(r.getOffsetDateTime("created_at")));
    }

    /** A post, with why a moderator hid it, if one did. */
    static JsonObject post(Row r) {
      return new JsonObject().put("id", r.getUUID("id").toString()).put("threadId", r.getUUID("thread_id").toString())
          .put("groupId", r.getUUID("group_id").toString()).put("text", r.getString("text"))
          .put("at", Times.rfc3339(r.getOffsetDateTime("created_at")))
          .put("hiddenAt", Times.rfc3339(r.getOffsetDateTime("hidden_at"))).put("hiddenReason", r.getString("hidden_reason"));
    }

    static JsonObject report(Row r) {
      return new JsonObject().put("postId", r.getUUID("post_id").toString()).put("reason", r.getString("reason"))
          .put("at", Times.rfc3339(r.getOffsetDateTime("created_at")))
          .put("resolvedAt", Times.rfc3339(r.getOffsetDateTime("resolved_at")));
    }

    /** A "we tried it" review, with the company's public answer and why staff hid it, if they did. */
    static JsonObject review(Row r) {
      return new JsonObject().put("id", r.getUUID("id").toString()).put("showcaseId", r.getUUID("showcase_id").toString())
          .put("organisationId", r.getUUID("organisation_id").toString()).put("setting", r.getString("setting"))
          .put("duration", r.getString("duration")).put("worked", r.getString("worked"))
          .put("didNotWork", r.getString("did_not_work")).put("recommend", r.getString("recommend"))
          .put("language", r.getString("lang")).put("at", Times.rfc3339(r.getOffsetDateTime("created_at")))
          .put("updatedAt", Times.rfc3339(r.getOffsetDateTime("updated_at"))).put("answer", r.getString("answer"))
          .put("answeredAt", Times.rfc3339(r.getOffsetDateTime("answered_at")))
          .put("hiddenReason", r.getString("hidden_reason")).put("hiddenAt", Times.rfc3339(r.getOffsetDateTime("hidden_at")));
    }

    /** An answer the person wrote for their company to a review. */
    static JsonObject answer(Row r) {
      return new JsonObject().put("reviewId", r.getUUID("id").toString()).put("showcaseId", r.getUUID("showcase_id").toString())
          .put("text", r.getString("answer")).put("at", Times.rfc3339(r.getOffsetDateTime("answered_at")));
    }

    static JsonObject useful(Row r) {
      return new JsonObject().put("showcaseId", r.getUUID("showcase_id").toString())
          .put("at", Times.rfc3339(r.getOffsetDateTime("created_at")));
    }

    /** "We have this need too", signed by the person for their organisation. */
    static JsonObject cosign(Row r) {
      return new JsonObject().put("challengeId", r.getUUID("challenge_id").toString())
          .put("organisationId", r.getUUID("organisation_id").toString()).put("scale", r.getInteger("scale"))
          .put("note", r.getString("note")).put("at", Times.rfc3339(r.getOffsetDateTime("created_at")))
          .put("updatedAt", Times.rfc3339(r.getOffsetDateTime("updated_at")));
    }

    static JsonObject needFollowed(Row r) {
      return new JsonObject().put("challengeId", r.getUUID("challenge_id").toString())
          .put("since", Times.rfc3339(r.getOffsetDateTime("created_at")));
    }

    static JsonObject organisationFollowed(Row r) {
      return new JsonObject().put("organisationId", r.getUUID("organisation_id").toString()).put("name", r.getString("name"))
          .put("since", Times.rfc3339(r.getOffsetDateTime("created_at")));
    }

    static JsonObject profile(Row r) {
      return new JsonObject().put("trainingId", r.getUUID("training_id").toString())
          .put("organisationId", r.getUUID("organisation_id").toString()).put("offers", r.getString("offers"))
          .put("seeks", r.getString("seeks")).put("updatedAt", Times.rfc3339(r.getOffsetDateTime("updated_at")));
    }

    /** A one-to-one meeting the person asked for or accepted, and the organisation on the other side. */
    static JsonObject meeting(Row r) {
      OffsetDateTime startsAt = r.getOffsetDateTime("starts_at");
      return new JsonObject().put("id", r.getUUID("id").toString()).put("trainingId", r.getUUID("training_id").toString())
          .put("title", r.getJsonObject("title")).put("startsAt", Times.rfc3339(startsAt))
          .put("endsAt", Times.rfc3339(startsAt.plusMinutes(r.getInteger("meeting_minutes"))))
          .put("organisationId", r.getUUID("organisation_id").toString())
          .put("withOrganisation", r.getString("with_organisation")).put("askedByYou", r.getBoolean("asked"))
          .put("status", r.getString("status")).put("table", r.getInteger("table_no"))
          .put("requestedAt", Times.rfc3339(r.getOffsetDateTime("created_at")))
          .put("decidedAt", Times.rfc3339(r.getOffsetDateTime("decided_at")));
    }
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("exportedAt", Times.rfc3339(exportedAt))
        .put("account", account.exportJson())
        .put("profile", account.profileJson())
        .put("organisations", Me.organisationsJson(organisations))
        .put("sessions", array(sessions, Session::toJson))
        .put("activity", array(activity, Action::toJson))
        .put("enrolments", new JsonArray(elsewhere.enrolments()))
        .put("messagesSent", new JsonArray(elsewhere.messagesSent()))
        .put("notifications", new JsonArray(elsewhere.notifications()))
        .put("announcements", new JsonArray(elsewhere.announcements()))
        .put("messageReplies", new JsonArray(elsewhere.repliesWritten()))
        .put("notificationSettings", new JsonArray(elsewhere.notificationSettings()))
        .put("topicsFollowed", new JsonArray(elsewhere.topicsFollowed()))
        .put("mail", new JsonArray(elsewhere.mail()))
        .put("adviceRequests", new JsonArray(elsewhere.adviceRequests()))
        .put("visitBookings", new JsonArray(elsewhere.visitBookings()));
    participation.forEach((key, rows) -> json.put(key, new JsonArray(rows)));
    return json;
  }

  private static <T> JsonArray array(List<T> items, Function<T, JsonObject> json) {
    return new JsonArray(items.stream().map(json).toList());
  }
}
