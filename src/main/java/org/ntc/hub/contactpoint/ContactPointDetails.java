package org.ntc.hub.contactpoint;

import io.vertx.core.json.JsonObject;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Localised;

/**
 * What an admin writes about a contact point, whole (a new one) or in part (a change: only the
 * fields given, {@link #given}; a {@code null} phone or location clears it).
 */
public record ContactPointDetails(
    Localised name,
    Country country,
    ZoneId zone,
    Address address,
    String phone,
    String email,
    Localised openingHours,
    Localised introduction,
    Location location,
    Localised directions,
    Set<String> given) {

  static final Set<String> FIELDS = Set.of("name", "country", "timeZone", "address", "phone", "email", "openingHours",
      "introduction", "location", "directions");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{4,28}[0-9]$");

  public ContactPointDetails {
    given = Set.copyOf(given);
  }

  /** The street address. */
  public record Address(String street, String postalCode, String city) {
    JsonObject toJson() {
      return new JsonObject().put("street", street).put("postalCode", postalCode).put("city", city);
    }
  }

  /** Where it is on a map, in degrees. */
  public record Location(double lat, double lon) {
    JsonObject toJson() {
      return new JsonObject().put("lat", lat).put("lon", lon);
    }
  }

  /** Reads the fields; {@code whole} requires every required one, else only what is given is read. */
  static ContactPointDetails read(JsonObject body, FieldErrors errors, boolean whole) {
    Set<String> given = new HashSet<>();
    for (String field : FIELDS) if (whole || body.containsKey(field)) given.add(field);
    Localised name = given.contains("name") ? errors.localised(body, "name", 1, 120, true) : null;
    String countryCode = given.contains("country") ? errors.oneOf(body, "country", Country.CODES, true) : null;
    ZoneId zone = given.contains("timeZone") ? zone(body, errors) : null;
    Address address = given.contains("address") ? address(body, errors) : null;
    String phone = given.contains("phone") ? phone(body, errors) : null;
    String email = given.contains("email") ? errors.email(body, "email", true) : null;
    Localised openingHours = given.contains("openingHours") ? errors.localised(body, "openingHours", 1, 300, false) : null;
    Localised introduction = given.contains("introduction") ? errors.localised(body, "introduction", 1, 1000, false) : null;
    Location location = given.contains("location") ? location(body, errors) : null;
    Localised directions = given.contains("directions") ? errors.localised(body, "directions", 1, 500, false) : null;
    return new ContactPointDetails(name, countryCode == null ? null : Country.valueOf(countryCode), zone, address, phone, email,
        openingHours, introduction, location, directions, given);
  }

  /** These details over {@code base}: what was given replaces, the rest stays. */
  ContactPointDetails over(ContactPointDetails base) {
    return new ContactPointDetails(
        given.contains("name") ? name : base.name,
        given.contains("country") ? country : base.country,
        given.contains("timeZone") ? zone : base.zone,
        given.contains("address") ? address : base.address,
        given.contains("phone") ? phone : base.phone,
        given.contains("email") ? email : base.email,
        given.contains("openingHours") ? openingHours : base.openingHours,
        given.contains("introduction") ? introduction : base.introduction,
        given.contains("location") ? location : base.location,
        given.contains("directions") ? directions : base.directions,
        FIELDS);
  }

  /** What changed, for the audit log: the names of the fields given. */
  JsonObject auditDetail() {
    return new JsonObject().put("fields", given.stream().sorted().toList());
  }

  private static ZoneId zone(JsonObject body, FieldErrors errors) {
    String id = errors.text(body, "timeZone", 1, 64, true);
    if (id == null) return null;
    if (!ZoneId.getAvailableZoneIds().contains(id)) {
      errors.add("timeZone", "must be a time zone such as Europe/Helsinki");
      return null;
    }
    return ZoneId.of(id);
  }

  private static Address address(JsonObject body, FieldErrors errors) {
    Object value = body.getValue("address");
    if (!(value instanceof JsonObject json)) {
      errors.add("address", value == null ? "is required" : "must be an object of street, postalCode and city");
      return null;
    }
    for (String field : json.fieldNames()) {
      if (!Set.of("street", "postalCode", "city").contains(field)) errors.add("address." + field, "is not a known field");
    }
    FieldErrors inner = new FieldErrors();
    String street = inner.text(json, "street", 1, 120, true);
    String postalCode = inner.text(json, "postalCode", 1, 20, true);
    String city = inner.text(json, "city", 1, 80, true);
    if (street == null) errors.add("address.street", "is required, at most 120 characters");
    if (postalCode == null) errors.add("address.postalCode", "is required, at most 20 characters");
    if (city == null) errors.add("address.city", "is required, at most 80 characters");
    if (street == null || postalCode == null || city == null) return null;
    return new Address(street, postalCode, city);
  }

  private static String phone(JsonObject body, FieldErrors errors) {
    if (body.getValue("phone") == null) return null;
    String phone = errors.text(body, "phone", 1, 30, false);
    if (phone == null) return null;
    if (!PHONE.matcher(phone).matches()) {
      errors.add("phone", "must be a phone number such as +358 6 421 0000");
      return null;
    }
    return phone;
  }

  private static Location location(JsonObject body, FieldErrors errors) {
    Object value = body.getValue("location");
    if (value == null) return null;
    if (!(value instanceof JsonObject json)) {
      errors.add("location", "must be an object of lat and lon");
      return null;
    }
    Double lat = degrees(json, "lat", 90, errors);
    Double lon = degrees(json, "lon", 180, errors);
    for (String field : json.fieldNames()) {
      if (!field.equals("lat") && !field.equals("lon")) errors.add("location." + field, "is not a known field");
    }
    return lat == null || lon == null ? null : new Location(lat, lon);
  }

  private static Double degrees(JsonObject json, String field, double limit, FieldErrors errors) {
    Object value = json.getValue(field);
    if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
      errors.add("location." + field, value == null ? "is required" : "must be a number");
      return null;
    }
    double degrees = number.doubleValue();
    if (degrees < -limit || degrees > limit) {
      errors.add("location." + field, "must be between " + (int) -limit + " and " + (int) limit);
      return null;
    }
    return degrees;
  }
}
