package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** The catalogue pages: search and browse, a showcase, and the forms owners and staff use. */
public final class ShowcasePages {
  private static final Set<String> LIST_FIELDS = Set.of("categories", "targetGroups", "countries", "languages");
  private final ShowcaseService showcases;
  private final Views views;
  private final PageCache pages;

  /** Pilot evidence for a showcase, as the viewer may see it: supplied by the feature that runs pilots. */
  public interface Evidence {
    Future<io.vertx.core.json.JsonArray> of(UUID showcaseId, Viewer viewer, String lang);
  }

  private Evidence evidence = (id, viewer, lang) -> Future.succeededFuture(new io.vertx.core.json.JsonArray());

  public ShowcasePages withEvidence(Evidence evidence) {
    this.evidence = evidence;
    return this;
  }

  public ShowcasePages(ShowcaseService showcases, Views views, PageCache pages) {
    this.pages = pages;
    this.showcases = showcases;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/showcases").handler(this::list);
    router.get("/showcases/new").handler(ctx -> form(ctx, 200, null, new JsonObject(), Map.of()));
    router.post("/showcases/new").handler(this::create);
    router.get("/showcases/:id").handler(ctx -> show(ctx, 200, Map.of()));
    router.get("/showcases/:id/edit").handler(ctx -> showcases.find(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx))
        .onSuccess(json -> form(ctx, 200, json.getString("id"), json, Map.of())).onFailure(ctx::fail));
    router.post("/showcases/:id/edit").handler(this::edit);
    router.post("/showcases/:id/submit").handler(ctx -> act(ctx, showcases.submit(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx))));
    router.post("/showcases/:id/archive").handler(this::archive);
    router.post("/showcases/:id/restore").handler(ctx -> act(ctx, showcases.restore(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx))));
    router.post("/showcases/:id/review").handler(ctx -> act(ctx, showcases.review(Ids.path(ctx, "id"),
        Forms.json(ctx, Set.of()), WebContext.viewer(ctx), Languages.of(ctx)), "/moderation"));
    router.post("/showcases/:id/contact").handler(this::contact);
  }

  private void list(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    ShowcaseSearch search = ShowcaseSearch.from(ctx.queryParams());
    views.renderCached(ctx, pages, "showcase/list", () -> showcases.search(search, lang).map(page -> {
      Map<String, Object> model = new HashMap<>();
      model.put("results", page.getJsonArray("items").stream().map(i -> labelled((JsonObject) i, lang).getMap()).toList());
      model.put("total", page.getLong("total"));
      model.put("q", search.text() == null ? "" : search.text());
      model.put("filters", List.of(
          filter("category", "category.", Taxonomy.CATEGORIES, search.category(), page.getJsonObject("facets").getJsonArray("categories"), lang),
          filter("targetGroup", "targetGroup.", Taxonomy.TARGET_GROUPS, search.targetGroup(), page.getJsonObject("facets").getJsonArray("targetGroups"), lang),
          filter("country", "country.", List.of("FI", "SE", "NO"), search.country(), page.getJsonObject("facets").getJsonArray("countries"), lang),
          filter("regulatoryStatus", "regulatory.", Taxonomy.REGULATORY_STATUSES, search.regulatoryStatus(), page.getJsonObject("facets").getJsonArray("regulatoryStatuses"), lang),
          filter("evidenceLevel", "evidence.", Taxonomy.EVIDENCE_LEVELS, search.evidenceLevel(), page.getJsonObject("facets").getJsonArray("evidenceLevels"), lang)));
      long pageCount = Math.max(1, (page.getLong("total") + search.paging().pageSize() - 1) / search.paging().pageSize());
      String base = "/showcases?" + Views.queryWithout(ctx, "page", "lang");
      int current = search.paging().page();
      model.put("pager", Map.of("page", current, "pages", pageCount,
          "previous", current > 1 ? base + "page=" + (current - 1) : "",
          "next", current < pageCount ? base + "page=" + (current + 1) : ""));
      return model;
    }));
  }

  private void show(RoutingContext ctx, int status, Map<String, Object> extra) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    showcases.find(Ids.path(ctx, "id"), viewer, lang).compose(json -> evidence.of(UUID.fromString(json.getString("id")), viewer, lang)
        .map(pilots -> json.put("pilots", pilots))).compose(json -> {
      Map<String, Object> model = new HashMap<>(extra);
      UUID organisationId = UUID.fromString(json.getJsonObject("organisation").getString("id"));
      boolean owner = viewer.memberOf(organisationId);
      model.put("showcase", labelled(json, lang).getMap());
      model.put("owner", owner);
      model.put("staff", viewer.staff());
      model.put("manage", owner || viewer.staff());
      model.put("canSubmit", owner && List.of("draft", "changes-requested").contains(json.getString("status")));
      model.put("canReview", viewer.staff() && json.getString("status").equals("pending"));
      model.put("canArchive", (owner || viewer.staff()) && !json.getString("status").equals("archived"));
      model.put("archiveReasonRequired", !owner);
      JsonObject archived = json.getJsonObject("archived");
      if (archived != null) {
        String zone = viewer.staffContactPoint().orElse("seinajoki").equals("umea") ? "Europe/Stockholm" : "Europe/Helsinki";
        String by = archived.getString("by") != null ? archived.getString("by") : I18n.text(lang, "person.former");
        model.put("archived", archived.copy().put("by", by)
            .put("atText", Times.shown(OffsetDateTime.parse(archived.getString("at")), zone, lang)).getMap());
        model.put("canRestore", viewer.staff() || owner && archived.getBoolean("byMember"));
      }
      model.put("statusLabel", I18n.text(lang, "showcase.status." + json.getString("status")));
      model.put("signedIn", viewer.signedIn());
      model.put("pageUrl", "/showcases/" + json.getString("id"));
      model.put("pilots", json.getJsonArray("pilots").stream().map(p -> {
        io.vertx.core.json.JsonObject pilot = (io.vertx.core.json.JsonObject) p;
        return pilot.copy().put("statusLabel", I18n.text(lang, "pilot.status." + pilot.getString("status")))
            .put("contactPointLabel", I18n.text(lang, "contactPoint.name." + pilot.getString("contactPoint"))).getMap();
      }).toList());
      return views.page(ctx, status, "showcase/show", model);
    }).onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    JsonObject body = formBody(ctx);
    String lang = Languages.of(ctx);
    try {
      showcases.create(body, WebContext.viewer(ctx), lang)
          .onSuccess(created -> Forms.redirect(ctx, "/showcases/" + created.getString("id")))
          .onFailure(err -> formFailed(ctx, null, body, err));
    } catch (RuntimeException err) {
      formFailed(ctx, null, body, err);
    }
  }

  private void edit(RoutingContext ctx) {
    JsonObject body = formBody(ctx);
    body.remove("organisationId");
    String lang = Languages.of(ctx);
    UUID id = Ids.path(ctx, "id");
    try {
      showcases.update(id, body, WebContext.viewer(ctx), lang)
          .onSuccess(updated -> Forms.redirect(ctx, "/showcases/" + id))
          .onFailure(err -> formFailed(ctx, id.toString(), body, err));
    } catch (RuntimeException err) {
      formFailed(ctx, id.toString(), body, err);
    }
  }

  private void formFailed(RoutingContext ctx, String id, JsonObject body, Throwable err) {
    if (!Forms.shownOnForm(err) || List.of(401, 403, 404).contains(Forms.status(err))) {
      ctx.fail(err);
      return;
    }
    form(ctx, Forms.status(err), id, body, Forms.fieldErrors(err, Languages.of(ctx), "showcase.error"));
  }

  private void form(RoutingContext ctx, int status, String id, JsonObject values, Map<String, Object> errors) {
    Viewer viewer = WebContext.viewer(ctx);
    if (!viewer.signedIn()) {
      Forms.redirect(ctx, "/login");
      return;
    }
    String lang = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("id", id);
    model.put("errors", errors);
    model.put("organisations", viewer.memberships().stream()
        .filter(m -> m.type() == OrganisationType.COMPANY && m.verified())
        .map(m -> Map.of("id", m.organisationId().toString(), "name", m.organisationName(),
            "selected", m.organisationId().toString().equals(values.getString("organisationId")))).toList());
    model.put("texts", List.of("en", "fi", "sv").stream().map(code -> Map.of("code", code,
        "label", I18n.text(lang, "spoken." + code),
        "title", text(values, "title", code), "summary", text(values, "summary", code),
        "description", text(values, "description", code))).toList());
    model.put("categories", choices(Taxonomy.CATEGORIES, "category.", values.getJsonArray("categories"), lang));
    model.put("targetGroups", choices(Taxonomy.TARGET_GROUPS, "targetGroup.", values.getJsonArray("targetGroups"), lang));
    model.put("countries", choices(List.of("FI", "SE", "NO"), "country.", values.getJsonArray("countries"), lang));
    model.put("languageChoices", choices(List.of("fi", "sv", "en", "se", "no"), "spoken.", values.getJsonArray("languages"), lang));
    model.put("regulatory", options(Taxonomy.REGULATORY_STATUSES, "regulatory.", values.getString("regulatoryStatus"), lang));
    model.put("evidence", options(Taxonomy.EVIDENCE_LEVELS, "evidence.", values.getString("evidenceLevel"), lang));
    model.put("website", values.getString("website", ""));
    model.put("contactEmail", values.getString("contactEmail", ""));
    views.page(ctx, status, "showcase/form", model).onFailure(ctx::fail);
  }

  private void archive(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    String lang = Languages.of(ctx);
    try {
      showcases.archive(id, Forms.json(ctx, Set.of()), WebContext.viewer(ctx), lang)
          .onSuccess(archived -> Forms.redirect(ctx, "/showcases/" + id))
          .onFailure(err -> archiveFailed(ctx, err, lang));
    } catch (RuntimeException err) {
      archiveFailed(ctx, err, lang);
    }
  }

  private void archiveFailed(RoutingContext ctx, Throwable err, String lang) {
    if (!(err instanceof Invalid)) {
      ctx.fail(err);
      return;
    }
    show(ctx, 400, Map.of("archiveError", I18n.text(lang, "showcase.archive.reasonInvalid")));
  }

  private void contact(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    String lang = Languages.of(ctx);
    try {
      showcases.contact(id, Forms.json(ctx, Set.of()), WebContext.viewer(ctx))
          .onSuccess(sent -> Forms.redirect(ctx, "/showcases/" + id + "?sent=1#contact"))
          .onFailure(err -> contactFailed(ctx, err, lang));
    } catch (RuntimeException err) {
      contactFailed(ctx, err, lang);
    }
  }

  private void contactFailed(RoutingContext ctx, Throwable err, String lang) {
    if (!Forms.shownOnForm(err) || List.of(401, 403, 404).contains(Forms.status(err))) {
      ctx.fail(err);
      return;
    }
    show(ctx, Forms.status(err), Map.of("contactError", I18n.text(lang,
        Forms.status(err) == 429 ? "showcase.contact.tooMany" : "showcase.contact.invalid")));
  }

  private static void act(RoutingContext ctx, Future<JsonObject> action) {
    action.onSuccess(json -> Forms.redirect(ctx, "/showcases/" + json.getString("id"))).onFailure(ctx::fail);
  }

  private static void act(RoutingContext ctx, Future<JsonObject> action, String next) {
    action.onSuccess(json -> Forms.redirect(ctx, next)).onFailure(ctx::fail);
  }

  /** The form's fields shaped as the API's JSON body: title_fi → title.fi, checkboxes → lists. */
  private static JsonObject formBody(RoutingContext ctx) {
    JsonObject flat = Forms.json(ctx, LIST_FIELDS);
    JsonObject body = new JsonObject();
    for (String name : flat.fieldNames()) {
      Object value = flat.getValue(name);
      int underscore = name.indexOf('_');
      if (underscore > 0 && List.of("title", "summary", "description").contains(name.substring(0, underscore))) {
        String field = name.substring(0, underscore);
        if (value instanceof String s && !s.isBlank()) {
          body.put(field, body.getJsonObject(field, new JsonObject()).put(name.substring(underscore + 1), s));
        }
      } else if (!(value instanceof String s && s.isBlank())) {
        body.put(name, value);
      }
    }
    for (String list : LIST_FIELDS) if (!body.containsKey(list)) body.put(list, new JsonArray());
    return body;
  }

  static JsonObject labelled(JsonObject showcase, String lang) {
    JsonObject json = showcase.copy();
    json.put("categoryLabels", labels(json.getJsonArray("categories"), "category.", lang));
    json.put("targetGroupLabels", labels(json.getJsonArray("targetGroups"), "targetGroup.", lang));
    json.put("countryLabels", labels(json.getJsonArray("countries"), "country.", lang));
    json.put("languageLabels", labels(json.getJsonArray("languages"), "spoken.", lang));
    if (json.getString("regulatoryStatus") != null) json.put("regulatoryLabel", I18n.text(lang, "regulatory." + json.getString("regulatoryStatus")));
    if (json.getString("evidenceLevel") != null) json.put("evidenceLabel", I18n.text(lang, "evidence." + json.getString("evidenceLevel")));
    return json;
  }

  private static JsonArray labels(JsonArray ids, String prefix, String lang) {
    JsonArray out = new JsonArray();
    if (ids != null) ids.forEach(id -> out.add(I18n.text(lang, prefix + id)));
    return out;
  }

  private static Map<String, Object> filter(String name, String prefix, List<String> ids, String selected, JsonArray counts,
                                            String lang) {
    Map<String, Long> byId = new HashMap<>();
    counts.forEach(c -> byId.put(((JsonObject) c).getString("id"), ((JsonObject) c).getLong("count")));
    return Map.of("name", name, "label", I18n.text(lang, "filter." + name), "options", ids.stream()
        .map(id -> Map.<String, Object>of("value", id, "label", I18n.text(lang, prefix + id), "count", byId.getOrDefault(id, 0L),
            "selected", id.equals(selected))).toList());
  }

  private static List<Map<String, Object>> choices(List<String> ids, String prefix, JsonArray chosen, String lang) {
    return ids.stream().map(id -> Map.<String, Object>of("value", id, "label", I18n.text(lang, prefix + id),
        "checked", chosen != null && chosen.contains(id))).toList();
  }

  private static List<Map<String, Object>> options(List<String> ids, String prefix, String selected, String lang) {
    return ids.stream().map(id -> Map.<String, Object>of("value", id, "label", I18n.text(lang, prefix + id),
        "selected", id.equals(selected))).toList();
  }

  private static String text(JsonObject values, String field, String lang) {
    Object value = values.getValue(field + "I18n", values.getValue(field));
    return value instanceof JsonObject json ? json.getString(lang, "") : "";
  }

}
