package org.ntc.hub.adoption;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** That a showcased technology is in use at a care organisation: where, how far, since when and at what scale. */
public record Adoption(UUID id, UUID showcaseId, Localised showcaseTitle, UUID organisationId, String organisationName,
                       Region region, AdoptionStatus status, LocalDate since, String scale, UUID pilotId,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt) {

  static final String COLUMNS = """
      a.id, a.showcase_id, l.title AS showcase_title, a.organisation_id, o.name AS organisation_name, a.region, a.status,
      a.since, a.scale, a.pilot_id, a.created_at, a.updated_at""";

  /** Adoptions of public showcases only: approved, not archived, of a verified company. */
  static final String PUBLIC_FROM = """
       FROM adoption a JOIN showcase_listing l ON l.showcase_id = a.showcase_id
       JOIN organisation c ON c.id = l.organisation_id AND c.verified
       JOIN organisation o ON o.id = a.organisation_id""";

  static Adoption fromRow(Row row) {
    return new Adoption(row.getUUID("id"), row.getUUID("showcase_id"), Localised.of(row.getJsonObject("showcase_title")),
        row.getUUID("organisation_id"), row.getString("organisation_name"), Region.of(row.getString("region")),
        Coded.of(AdoptionStatus.class, row.getString("status")), row.getLocalDate("since"), row.getString("scale"),
        row.getUUID("pilot_id"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
  }

  public String country() {
    return region.country();
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("id", id.toString()).put("showcaseId", showcaseId.toString())
        .put("showcase", new JsonObject().put("id", showcaseId.toString()).put("title", showcaseTitle.in(lang)))
        .put("organisationId", organisationId.toString())
        .put("organisation", new JsonObject().put("id", organisationId.toString()).put("name", organisationName))
        .put("region", region.id()).put("regionName", region.name(lang)).put("country", region.country())
        .put("status", status.code()).put("since", since.toString()).put("scale", scale)
        .put("pilotId", pilotId == null ? null : pilotId.toString())
        .put("createdAt", Times.rfc3339(createdAt)).put("updatedAt", Times.rfc3339(updatedAt));
  }
}
