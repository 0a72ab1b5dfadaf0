package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Site;

/**
 * How a person gets the technology a showcase presents: through public services (the
 * municipality or wellbeing services county, the region), by buying it (optionally at a price
 * range in whole euros), or by borrowing or trying it at one of the contact points.
 */
public record HowToGet(boolean publicService, boolean buy, Integer priceMin, Integer priceMax, List<String> tryAt) {
  static final int MAX_PRICE = 1_000_000;
  private static final Set<String> FIELDS = Set.of("publicService", "buy", "priceMin", "priceMax", "tryAt");

  public static final HowToGet NONE = new HowToGet(false, false, null, null, List.of());

  /** Checks {@code body.howToGet} into its stored form (null when absent or null). */
  static JsonObject checked(JsonObject body, FieldErrors errors) {
    Object value = body.getValue("howToGet");
    if (value == null) return null;
    if (!(value instanceof JsonObject json)) {
      errors.add("howToGet", "must be an object");
      return null;
    }
    for (String name : json.fieldNames()) {
      if (!FIELDS.contains(name)) errors.add("howToGet." + name, "is not a known field");
    }
    boolean publicService = flag(json, "publicService", errors);
    boolean buy = flag(json, "buy", errors);
    Integer min = price(json, "priceMin", errors);
    Integer max = price(json, "priceMax", errors);
    if (min != null && max != null && min > max) errors.add("howToGet.priceMax", "must not be below priceMin");
    FieldErrors places = new FieldErrors();
    List<String> tryAt = places.stringList(json, "tryAt", Site.ids(), Math.max(1, Site.ids().size()));
    if (places.has("tryAt")) errors.add("howToGet.tryAt", "may only name contact points: " + String.join(", ",
        Site.ids().stream().sorted().toList()));
    return new JsonObject().put("publicService", publicService).put("buy", buy).put("priceMin", min).put("priceMax", max)
        .put("tryAt", new JsonArray(tryAt));
  }

  static HowToGet fromStored(JsonObject json) {
    if (json == null) return NONE;
    JsonArray places = json.getJsonArray("tryAt");
    return new HowToGet(json.getBoolean("publicService", false), json.getBoolean("buy", false), json.getInteger("priceMin"),
        json.getInteger("priceMax"), places == null ? List.of() : places.stream().map(String::valueOf).toList());
  }

  /** Says nothing: the owner has not told how to get it. */
  public boolean isEmpty() {
    return !publicService && !buy && priceMin == null && priceMax == null && tryAt.isEmpty();
  }

  JsonObject toJson() {
    return new JsonObject().put("publicService", publicService).put("buy", buy).put("priceMin", priceMin)
        .put("priceMax", priceMax).put("tryAt", new JsonArray(tryAt));
  }

  private static boolean flag(JsonObject json, String field, FieldErrors errors) {
    Object value = json.getValue(field);
    if (value == null) return false;
    if (value instanceof Boolean b) return b;
    errors.add("howToGet." + field, "must be true or false");
    return false;
  }

  private static Integer price(JsonObject json, String field, FieldErrors errors) {
    Object value = json.getValue(field);
    if (value == null) return null;
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
      errors.add("howToGet." + field, "must be a whole number of euros");
      return null;
    }
    if (n.doubleValue() < 0 || n.doubleValue() > MAX_PRICE) {
      errors.add("howToGet." + field, "must be between 0 and " + MAX_PRICE);
      return null;
    }
    return n.intValue();
  }
}
