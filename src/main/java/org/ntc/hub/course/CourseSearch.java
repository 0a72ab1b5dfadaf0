package org.ntc.hub.course;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.showcase.Taxonomy;

/** {@code ?q=&category=&audience=&lang=&page=&pageSize=}: which published courses to list; {@code lang} the language a course is offered in. */
public record CourseSearch(String text, String category, Audience audience, String language, Paging paging) {

  /**
   * The search in {@code params}; {@code languageParam} names the language filter: {@code lang} in
   * the API, {@code language} on the page, where {@code lang} already chooses the page's language.
   */
  public static CourseSearch from(MultiMap params, String languageParam, int defaultSize) {
    Paging paging = Paging.from(params, defaultSize);
    FieldErrors errors = new FieldErrors();
    JsonObject query = new JsonObject();
    for (String name : List.of("q", "category", "audience", languageParam)) {
      String value = params.get(name);
      if (value != null && !value.isBlank()) query.put(name, value);
    }
    String text = errors.text(query, "q", 1, 200, false);
    String category = errors.oneOf(query, "category", Set.copyOf(Taxonomy.CATEGORIES), false);
    Audience audience = errors.choice(query, "audience", Audience.class, false);
    String language = errors.oneOf(query, languageParam, Set.copyOf(I18n.LANGUAGES), false);
    errors.throwIfAny();
    return new CourseSearch(text, category, audience, language, paging);
  }

  /** The query's words, letters and digits only, for a prefix match on each. */
  String[] words() {
    if (text == null) return new String[0];
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).limit(8)
        .toArray(String[]::new);
  }

  String audienceCode() {
    return audience == null ? null : audience.code();
  }
}
