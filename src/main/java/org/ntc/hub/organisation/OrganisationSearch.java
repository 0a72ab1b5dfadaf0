package org.ntc.hub.organisation;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Paging;

/** A look through the members' directory: by type, country and words in the name or description; null matches all. */
public record OrganisationSearch(OrganisationType type, Country country, String text, Paging paging) {

  public static OrganisationSearch from(MultiMap params) {
    FieldErrors errors = new FieldErrors();
    JsonObject query = Bodies.query(params);
    OrganisationType type = errors.choice(query, "type", OrganisationType.class, false);
    Country country = NewOrganisation.country(query, "country", false, errors);
    String text = errors.text(query, "q", 0, 100, false);
    errors.throwIfAny();
    return new OrganisationSearch(type, country, text, Paging.from(params, 20));
  }

  /** The list page's address for another page of the same search. */
  String pageLink(int page) {
    return "/organisations?" + param("q", text) + param("type", type == null ? null : type.code())
        + param("country", country == null ? null : country.name()) + "page=" + page;
  }

  private static String param(String name, String value) {
    return value == null ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&";
  }
}
