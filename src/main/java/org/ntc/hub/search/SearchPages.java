package org.ntc.hub.search;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Views;

/** {@code /search}: the results grouped by type, a type filter, paging, and help when nothing is found. */
public class SearchPages {
  private final SearchService search;
  private final Views views;

  public SearchPages(SearchService search, Views views) {
    this.search = search;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/search").handler(this::results);
  }

  private void results(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    SearchRequest request = SearchRequest.fromPage(ctx.queryParams(), lang);
    views.render(ctx, "search/results", search.search(request).map(results -> model(results, lang)));
  }

  private static Map<String, Object> model(SearchResults results, String lang) {
    SearchRequest request = results.request();
    Map<String, Object> model = new HashMap<>();
    model.put("q", request.q() == null ? "" : request.q());
    model.put("asked", request.q() != null);
    model.put("total", count(results, results.total(), lang));
    model.put("found", results.total() > 0);
    List<Map<String, Object>> types = new ArrayList<>();
    String q = request.q() == null ? "" : request.q();
    types.add(Map.of("code", "", "label", I18n.text(lang, "search.type.all"), "selected", request.type() == null,
        "url", link(q, "", 1)));
    for (SearchType type : SearchType.values()) {
      types.add(Map.of("code", type.code(), "selected", type == request.type(), "url", link(q, type.code(), 1),
          "label", I18n.text(lang, "search.type." + type.code()) + " (" + count(results, results.counts().get(type), lang) + ")"));
    }
    model.put("types", types);
    Map<SearchType, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
    for (SearchHit hit : results.items()) {
      grouped.computeIfAbsent(hit.type(), t -> new ArrayList<>()).add(Map.of("title", hit.title().in(lang),
          "titleLang", hit.title().languageOf(lang), "summary", hit.summary().in(lang),
          "summaryLang", hit.summary().languageOf(lang), "url", hit.url()));
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    grouped.forEach((type, items) -> {
      Map<String, Object> group = new HashMap<>();
      group.put("code", type.code());
      group.put("heading", I18n.text(lang, "search.type." + type.code()));
      group.put("count", count(results, results.counts().get(type), lang));
      group.put("items", items);
      if (request.type() == null) group.put("more", link(request.q(), type.code(), 1));
      groups.add(group);
    });
    model.put("groups", groups);
    long shown = Math.min(results.total(), SearchRepository.COUNTED);
    String type = request.type() == null ? "" : request.type().code();
    model.put("pager", request.paging().pager(shown, page -> link(request.q(), type, page)));
    model.put("suggestions", results.suggestions().stream()
        .map(s -> Map.of("text", s, "url", link(s, "", 1))).toList());
    model.put("topics", results.topics().stream().map(c -> {
      String label = SearchResults.label(c, lang);
      return Map.of("label", label, "url", link(label, "", 1));
    }).toList());
    return model;
  }

  private static String count(SearchResults results, Long count, String lang) {
    long n = count == null ? 0 : count;
    return results.capped(n) ? I18n.text(lang, "search.countCapped", SearchRepository.COUNTED) : String.valueOf(n);
  }

  private static String link(String q, String type, int page) {
    StringBuilder url = new StringBuilder("/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
    if (!type.isEmpty()) url.append("&type=").append(type);
    if (page > 1) url.append("&page=").append(page);
    return url.toString();
  }
}
