package org.ntc.hub.organisation;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Times;

public record Organisation(
    UUID id,
    String name,
    OrganisationType type,
    Country country,
    String website,
    Localised description,
    boolean verified,
    OffsetDateTime verifiedAt,
    OffsetDateTime createdAt,
    long memberCount) {

  static final String COLUMNS = """
      o.id, o.name, o.type, o.country, o.website, o.description, o.verified, o.verified_at, o.created_at,
      (SELECT count(*) FROM membership m WHERE m.organisation_id = o.id) AS member_count""";

  static Organisation fromRow(Row row) {
    return new Organisation(
        row.getUUID("id"),
        row.getString("name"),
        Coded.of(OrganisationType.class, row.getString("type")),
        Country.valueOf(row.getString("country")),
        row.getString("website"),
        Localised.of(row.getJsonObject("description")),
        row.getBoolean("verified"),
        row.getOffsetDateTime("verified_at"),
        row.getOffsetDateTime("created_at"),
        row.getLong("member_count"));
  }

  public JsonObject toJson(String lang) {
    return new JsonObject()
        .put("id", id.toString())
        .put("name", name)
        .put("type", type.code())
        .put("country", country.name())
        .put("website", website)
        .put("description", description.in(lang))
        .put("descriptionI18n", description.toJson())
        .put("verified", verified)
        .put("verifiedAt", Times.rfc3339(verifiedAt))
        .put("createdAt", Times.rfc3339(createdAt))
        .put("memberCount", memberCount);
  }
}
