package org.ntc.hub.search;

import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Languages;

/** {@code GET /api/v1/search}: one search over everything public, for anyone. */
public class SearchRoutes {
  private final SearchService search;

  public SearchRoutes(SearchService search) {
    this.search = search;
  }

  public void mount(Router router) {
    router.get("/api/v1/search").respond(ctx -> {
      SearchRequest request = SearchRequest.from(ctx.queryParams(), Languages.of(ctx));
      return search.search(request).map(results -> results.toJson(request.lang()));
    });
  }
}
