package org.ntc.hub.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** {@code ?page=} (from 1) and {@code ?pageSize=} (at most 100), checked at the edge. */
public record Paging(int page, int pageSize) {
  public static final int MAX_PAGE_SIZE = 100;
  public static final int MAX_PAGE = 10_000;

  public static Paging from(MultiMap params, int defaultSize) {
    List<FieldError> errors = new ArrayList<>();
    int page = number(params, "page", 1, errors);
    int size = number(params, "pageSize", defaultSize, errors);
    if (page < 1 || page > MAX_PAGE) errors.add(new FieldError("page", "must be between 1 and " + MAX_PAGE));
    if (size < 1 || size > MAX_PAGE_SIZE) errors.add(new FieldError("pageSize", "must be between 1 and " + MAX_PAGE_SIZE));
    if (!errors.isEmpty()) throw new Invalid(errors);
    return new Paging(page, size);
  }

  public int offset() {
    return (page - 1) * pageSize;
  }

  public JsonObject page(List<JsonObject> items, long total) {
    return new JsonObject().put("items", new JsonArray(new ArrayList<>(items))).put("total", total)
        .put("page", page).put("pageSize", pageSize);
  }

  /** One page of a list that is already whole in memory (a need's answers, a training's participants). */
  public JsonObject slice(List<?> all) {
    int from = Math.min(offset(), all.size());
    int to = Math.min(from + pageSize, all.size());
    return new JsonObject().put("items", new JsonArray(new ArrayList<>(all.subList(from, to)))).put("total", (long) all.size())
        .put("page", page).put("pageSize", pageSize);
  }

  public JsonObject slice(JsonArray all) {
    return slice(all.getList());
  }

  /**
   * The model of a page's pager ({@code {{> form/pager}}}): this page among all, and links to its
   * neighbours made by {@code linkTo}; none when everything fits on the first page.
   */
  public Map<String, Object> pager(long total, IntFunction<String> linkTo) {
    long pages = Math.max(1, (total + pageSize - 1) / pageSize);
    if (pages <= 1 && page <= 1) return null;
    return Map.of("page", page, "pages", Math.max(pages, page),
        "previous", page > 1 ? linkTo.apply(page - 1) : "",
        "next", page < pages ? linkTo.apply(page + 1) : "");
  }

  private static int number(MultiMap params, String name, int fallback, List<FieldError> errors) {
    String value = params.get(name);
    if (value == null || value.isBlank()) return fallback;
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(name, "must be a whole number"));
      return fallback;
    }
  }
}
