package org.ntc.hub.search;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Paging;

/** {@code ?q=&type=&lang=&page=&pageSize=}, checked at the edge; {@code lang} only chooses the language of titles. */
public record SearchRequest(String q, SearchType type, String lang, Paging paging) {
  public static final int MAX_LENGTH = 200;

  /** The API's request: a text is required. */
  public static SearchRequest from(MultiMap params, String fallbackLang) {
    return from(params, fallbackLang, true);
  }

  /** The page's request: without a text it shows the search form alone. */
  public static SearchRequest fromPage(MultiMap params, String lang) {
    return from(params, lang, false);
  }

  private static SearchRequest from(MultiMap params, String fallbackLang, boolean required) {
    FieldErrors errors = new FieldErrors();
    JsonObject query = Bodies.query(params);
    String q = errors.text(query, "q", 1, MAX_LENGTH, required);
    SearchType type = errors.choice(query, "type", SearchType.class, false);
    String lang = errors.oneOf(query, "lang", Set.copyOf(I18n.LANGUAGES), false);
    errors.throwIfAny();
    Paging paging = Paging.from(params, 20);
    return new SearchRequest(q == null ? null : q.strip(), type, lang == null ? fallbackLang : lang, paging);
  }
}
