package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.Forms;

/** A showcase form as posted, turned into the body the API takes, so both paths meet the same checks. */
final class ShowcaseFormBody {
  private static final Set<String> LIST_FIELDS = Set.of("categories", "targetGroups", "countries", "languages", "howToGet_tryAt");
  private static final List<String> TEXT_FIELDS = List.of("title", "summary", "description");

  private ShowcaseFormBody() {}

  /** The form's fields as the API's body: the "how to get it" inputs ({@code howToGet_buy}…) become one object. */
  static JsonObject of(RoutingContext ctx) {
    JsonObject body = Forms.localisedBody(ctx, TEXT_FIELDS, LIST_FIELDS);
    JsonObject howToGet = new JsonObject()
        .put("publicService", body.remove("howToGet_publicService") != null)
        .put("buy", body.remove("howToGet_buy") != null)
        .put("priceMin", price(body.remove("howToGet_priceMin")))
        .put("priceMax", price(body.remove("howToGet_priceMax")))
        .put("tryAt", body.remove("howToGet_tryAt"));
    body.put("howToGet", howToGet);
    return body;
  }

  /** A price as typed: a whole number when it reads as one, else the text itself, for the check to refuse. */
  private static Object price(Object typed) {
    if (!(typed instanceof String text) || text.isBlank()) return null;
    String digits = text.strip().replace(" ", "").replace("\u00a0", "");
    if (!digits.matches("-?\\d{1,9}")) return text;
    return Long.parseLong(digits);
  }
}
