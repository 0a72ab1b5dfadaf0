package org.ntc.hub.notification;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** One stored notification; its sentence is composed in the reader's language when shown. */
public record Notification(UUID id, NotificationKind kind, JsonObject payload, OffsetDateTime createdAt,
                           OffsetDateTime readAt) {

  static Notification fromRow(Row row) {
    return new Notification(row.getUUID("id"), Coded.of(NotificationKind.class, row.getString("kind")), row.getJsonObject("payload"),
        row.getOffsetDateTime("created_at"), row.getOffsetDateTime("read_at"));
  }

  /**
   * The sentence, e.g. "Your showcase “Kotona-ranneke” is published."; {1} is an offer's deadline and
   * {2} a training's start, each in the reader's language and the payload's {@code timeZone} (else its offset);
   * {3} the organisation the payload names (a co-signer, say), and {4} the scale it gives.
   */
  public String text(String lang) {
    JsonObject title = payload.getJsonObject("title");
    String name = title == null ? "" : Localised.of(title).in(lang);
    String key = "notification." + kind.code();
    return I18n.has(key) ? I18n.text(lang, key, name, moment("offerExpiresAt", lang), moment("startsAt", lang),
        payload.getString("organisationName", ""), scale()) : I18n.text(lang, "notification.generic", name);
  }

  /** The payload's scale as plain digits, so no reader's grouping changes the number. */
  private String scale() {
    Object scale = payload.getValue("scale");
    return scale instanceof Number number ? String.valueOf(number.longValue()) : "";
  }

  private String moment(String field, String lang) {
    String at = payload.getString(field);
    if (at == null) return "";
    try {
      OffsetDateTime moment = OffsetDateTime.parse(at);
      String zone = payload.getString("timeZone");
      return Times.shown(moment, zone == null ? moment.getOffset() : ZoneId.of(zone), lang);
    } catch (DateTimeException e) {
      return "";
    }
  }

  /** Where the notification leads: the thing it is about. */
  public String link() {
    return kind.link(payload);
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("id", id.toString()).put("kind", kind.code()).put("text", text(lang)).put("link", link())
        .put("payload", payload).put("createdAt", Times.rfc3339(createdAt)).put("read", readAt != null)
        .put("readAt", Times.rfc3339(readAt));
  }
}
