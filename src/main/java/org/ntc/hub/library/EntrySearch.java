package org.ntc.hub.library;

import io.vertx.core.MultiMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.showcase.Taxonomy;

/** {@code ?kind=&q=&category=&country=&page=&pageSize=}: which published entries to list. */
public record EntrySearch(LibraryKind kind, String text, String category, String country, Paging paging) {

  public static EntrySearch from(MultiMap params, int defaultSize) {
    Paging paging = Paging.from(params, defaultSize);
    FieldErrors errors = new FieldErrors();
    io.vertx.core.json.JsonObject query = new io.vertx.core.json.JsonObject();
    for (String name : List.of("kind", "q", "category", "country")) {
      String value = params.get(name);
      if (value != null && !value.isBlank()) query.put(name, value);
    }
    LibraryKind kind = errors.choice(query, "kind", LibraryKind.class, false);
    String text = errors.text(query, "q", 1, 200, false);
    String category = errors.oneOf(query, "category", Set.copyOf(Taxonomy.CATEGORIES), false);
    String country = errors.oneOf(query, "country", Country.CODES, false);
    errors.throwIfAny();
    return new EntrySearch(kind, text, category, country, paging);
  }

  /** The query's words, letters and digits only, for a prefix match on each. */
  String[] words() {
    if (text == null) return new String[0];
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).limit(8)
        .toArray(String[]::new);
  }

  String kindCode() {
    return kind == null ? null : kind.code();
  }

  static String code(Coded value) {
    return value == null ? null : value.code();
  }
}
