package org.ntc.hub.contactpoint;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.ZoneId;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;

public record ContactPoint(
    Site site,
    Localised name,
    Country country,
    String timeZone,
    String streetAddress,
    String postalCode,
    String city,
    String email,
    Localised introduction,
    Localised openingHours,
    String phone,
    Double lat,
    Double lon,
    Localised directions) {

  static ContactPoint fromRow(Row row) {
    return new ContactPoint(
        Site.of(row.getString("id")),
        Localised.of(row.getJsonObject("name")),
        Country.valueOf(row.getString("country").trim()),
        row.getString("time_zone"),
        row.getString("street_address"),
        row.getString("postal_code"),
        row.getString("city"),
        row.getString("email"),
        Localised.of(row.getJsonObject("introduction")),
        Localised.of(row.getJsonObject("opening_hours")),
        row.getString("phone"),
        row.getDouble("lat"),
        row.getDouble("lon"),
        Localised.of(row.getJsonObject("directions")));
  }

  /** The details as an admin edits them. */
  public ContactPointDetails details() {
    return new ContactPointDetails(name, country, ZoneId.of(timeZone),
        new ContactPointDetails.Address(streetAddress, postalCode, city), phone, email, openingHours, introduction,
        lat == null || lon == null ? null : new ContactPointDetails.Location(lat, lon), directions,
        ContactPointDetails.FIELDS);
  }

  public JsonObject toJson(String lang) {
    return new JsonObject()
        .put("id", site.id())
        .put("name", name.in(lang))
        .put("nameI18n", name.toJson())
        .put("country", country.name())
        .put("timeZone", timeZone)
        .put("address", new JsonObject().put("street", streetAddress).put("postalCode", postalCode).put("city", city))
        .put("phone", phone)
        .put("email", email)
        .put("introduction", introduction.in(lang))
        .put("introductionI18n", introduction.toJson())
        .put("openingHours", openingHours.in(lang))
        .put("openingHoursI18n", openingHours.toJson())
        .put("directions", directions.in(lang))
        .put("directionsI18n", directions.toJson())
        .put("location", lat == null || lon == null ? null : new JsonObject().put("lat", lat).put("lon", lon));
  }
}
