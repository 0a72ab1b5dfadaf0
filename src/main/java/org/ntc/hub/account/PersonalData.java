package org.ntc.hub.account;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;

/** Everything stored about a person, for {@code GET /api/v1/me/export}. */
public record PersonalData(OffsetDateTime exportedAt, Account account, List<Viewer.Membership> organisations,
                           List<Session> sessions, List<Action> activity, Elsewhere elsewhere) {

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

  public JsonObject toJson() {
    return new JsonObject()
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
  }

  private static <T> JsonArray array(List<T> items, Function<T, JsonObject> json) {
    return new JsonArray(items.stream().map(json).toList());
  }
}
