package org.ntc.hub.advice;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;

/** A question to the centre, as the queue and its thread show it. */
public record AdviceRequest(UUID id, UUID requesterId, String requesterName, String topic, String description,
                            String language, Country country, AskerType organisationType, AdviceStatus status,
                            Site contactPoint, UUID assigneeId, String assigneeName, OffsetDateTime createdAt,
                            OffsetDateTime firstResponseAt, OffsetDateTime closedAt, OffsetDateTime updatedAt,
                            AdviceKind kind, String contactEmail) {
  /** The centre promises a first answer within this many working days (Monday to Friday). */
  public static final int FIRST_RESPONSE_WORKING_DAYS = 2;

  static final String COLUMNS = """
      r.id, r.requester_id, coalesce(q.name, r.contact_name) AS requester_name, r.topic, r.description, r.language, r.country, r.organisation_type,
      r.status, r.contact_point, r.assignee_id, s.name AS assignee_name, r.created_at, r.first_response_at, r.closed_at,
      r.updated_at, r.kind, r.contact_email""";
  static final String FROM = """
       FROM advice_request r
      LEFT JOIN account q ON q.id = r.requester_id AND q.erased_at IS NULL
      LEFT JOIN account s ON s.id = r.assignee_id AND s.erased_at IS NULL""";

  static AdviceRequest fromRow(Row row) {
    String type = row.getString("organisation_type");
    return new AdviceRequest(row.getUUID("id"), row.getUUID("requester_id"), row.getString("requester_name"),
        row.getString("topic"), row.getString("description"), row.getString("language"),
        Country.valueOf(row.getString("country")), type == null ? null : Coded.of(AskerType.class, type),
        Coded.of(AdviceStatus.class, row.getString("status")), Site.find(row.getString("contact_point")).orElse(Site.SEINAJOKI),
        row.getUUID("assignee_id"), row.getString("assignee_name"), row.getOffsetDateTime("created_at"),
        row.getOffsetDateTime("first_response_at"), row.getOffsetDateTime("closed_at"), row.getOffsetDateTime("updated_at"),
        Coded.of(AdviceKind.class, row.getString("kind")), row.getString("contact_email"));
  }

  public boolean askedBy(UUID accountId) {
    return accountId != null && accountId.equals(requesterId);
  }

  /** When the first answer is promised: two working days after the question, at its contact point. */
  public OffsetDateTime firstResponseDue() {
    ZonedDateTime due = createdAt.atZoneSameInstant(contactPoint.zone());
    int left = FIRST_RESPONSE_WORKING_DAYS;
    while (left > 0) {
      due = due.plusDays(1);
      if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) left--;
    }
    return due.toOffsetDateTime();
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id.toString()).put("kind", kind.code())
        .put("contactEmail", contactEmail)
        .put("topic", topic).put("description", description).put("language", language).put("country", country.name())
        .put("organisationType", organisationType == null ? null : organisationType.code())
        .put("status", status.code()).put("contactPoint", contactPoint.id())
        .put("requester", requesterId == null ? null : new JsonObject().put("id", requesterId.toString()).put("name", requesterName))
        .put("assignee", assigneeId == null ? null : new JsonObject().put("id", assigneeId.toString()).put("name", assigneeName))
        .put("createdAt", Times.rfc3339(createdAt, contactPoint.zone()))
        .put("firstResponseDue", Times.rfc3339(firstResponseDue(), contactPoint.zone()))
        .put("firstResponseAt", Times.rfc3339(firstResponseAt, contactPoint.zone()))
        .put("closedAt", Times.rfc3339(closedAt, contactPoint.zone()))
        .put("updatedAt", Times.rfc3339(updatedAt, contactPoint.zone()));
  }
}
