package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Terms;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** The catalogue pages: search and browse, a showcase, and the forms owners and staff use. */
public final class ShowcasePages {
  /** Notices after an image action, by the word the redirect carries. */
  private static final Set<String> IMAGE_NOTICES = Set.of("added", "saved", "removed");
  private static final List<String> COUNTRIES = Arrays.stream(Country.values()).map(Country::name).toList();
  private final ShowcaseService showcases;
  private final Views views;
  private final PageCache pages;

  private ShowcaseSections sections = new ShowcaseSections();

  /** What other features add to the showcase's page. */
  public ShowcasePages withSections(ShowcaseSections sections) {
    this.sections = sections;
    return this;
  }

  public ShowcasePages(ShowcaseService showcases, Views views, PageCache pages) {
    this.showcases = showcases;
    this.views = views;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get("/showcases").handler(this::list);
    router.get("/showcases/new").handler(Forms::signInFirst).handler(ctx -> form(ctx, null, new JsonObject()));
    router.post("/showcases/new").handler(this::create);
    router.get("/showcases/:id").handler(this::show);
    router.get("/showcases/:id/edit").handler(Forms::signInFirst).handler(this::editForm);
    router.post("/showcases/:id/edit").handler(this::edit);
    router.post("/showcases/:id/submit").handler(ctx -> backToShowcase(ctx, showcases
        .submit(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.post("/showcases/:id/archive").handler(this::archive);
    router.post("/showcases/:id/restore").handler(ctx -> backToShowcase(ctx, showcases
        .restore(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.post("/showcases/:id/review").handler(ctx -> showcases
        .review(Ids.path(ctx, "id"), Review.from(Forms.json(ctx, Set.of())), WebContext.viewer(ctx))
        .onSuccess(reviewed -> Forms.redirect(ctx, "/moderation")).onFailure(ctx::fail));
    router.post("/showcases/:id/contact").handler(this::contact);
    new ShowcaseImagePages(showcases, views, this::editModel).mount(router);
    if (sections.claims() != null) new ClaimPages(sections.claims(), views, this::showModel).mount(router);
  }

  private void list(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    boolean plain = Terms.plainFor(WebContext.viewer(ctx));
    ShowcaseSearch search = ShowcaseSearch.from(ctx.queryParams());
    views.renderCached(ctx, pages, "showcase/list", () -> showcases.search(search).map(results -> {
      Map<String, Object> model = new HashMap<>();
      model.put("cards", CatalogueCards.of(results.items(), lang, plain));
      model.put("total", results.total());
      model.put("totalCapped", results.totalCapped());
      model.put("q", search.text() == null ? "" : search.text());
      model.put("filters", CatalogueFilters.of(search, results.counts(), lang, plain));
      String base = "/showcases?" + Views.queryWithout(ctx, "page", "lang") + "page=";
      model.put("pager", search.paging().pager(results.total(), page -> base + page));
      return model;
    }), CataloguePage.framed(plain));
  }

  private void show(RoutingContext ctx) {
    showModel(ctx).compose(model -> views.page(ctx, "showcase/show", messageSent(ctx, model))).onFailure(ctx::fail);
  }

  /** The showcase page's model: the showcase as this viewer may see it, what they may do with it, and its sections. */
  private Future<Map<String, Object>> showModel(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    return showcases.find(Ids.path(ctx, "id"), viewer)
        .compose(detail -> sections.add(ctx, detail, viewer, lang, showModel(detail, viewer, lang)));
  }

  private static Map<String, Object> showModel(ShowcaseDetail detail, Viewer viewer, String lang) {
    Showcase showcase = detail.showcase();
    ShowcaseStatus status = detail.status();
    boolean owner = viewer.memberOf(showcase.organisationId());
    Map<String, Object> model = new HashMap<>();
    ShowcaseContent shown = detail.shown();
    Map<String, Object> labelled = ShowcaseCards.labelled(detail.toJson(lang), shown, lang, Terms.plainFor(viewer));
    labelled.put("titleLang", shown.title().languageOf(lang));
    labelled.put("summaryLang", shown.summary().languageOf(lang));
    labelled.put("descriptionLang", shown.description().languageOf(lang));
    model.put("showcase", labelled);
    model.put("howToGet", HowToGetView.of(shown, lang));
    model.put("owner", owner);
    model.put("staff", viewer.staff());
    model.put("manage", owner || viewer.staff());
    model.put("canSubmit", owner && ShowcaseStatus.SUBMITTABLE.contains(status));
    model.put("canReview", viewer.staff() && status == ShowcaseStatus.PENDING);
    model.put("canArchive", (owner || viewer.staff()) && status != ShowcaseStatus.ARCHIVED);
    model.put("archiveReasonRequired", true);
    model.put("history", detail.history().stream().map(step -> historyStep(step, viewer, lang)).toList());
    detail.archived().ifPresent(archiving -> {
      model.put("archived", archived(archiving, viewer, lang));
      model.put("canRestore", viewer.staff() || owner && archiving.byMember());
    });
    model.put("statusLabel", I18n.text(lang, "showcase.status." + status.code()));
    model.put("signedIn", viewer.signedIn());
    model.put("pageUrl", "/showcases/" + showcase.id());
    return model;
  }

  /** Notes the platform itself writes into a showcase's history, by the words it stores. */
  private static final Map<String, String> HISTORY_NOTES = Map.of(
      "edit submitted for review", "showcase.history.note.editSubmitted",
      "edited while under review", "showcase.history.note.editedInReview",
      "image added", "showcase.history.note.imageAdded",
      "alt text changed", "showcase.history.note.altChanged");

  /** One step of the history in words: when (in the reader's contact point's zone), who, to which state, and what they said. */
  private static Map<String, Object> historyStep(ShowcaseTransition step, Viewer viewer, String lang) {
    Map<String, Object> shown = new HashMap<>();
    shown.put("at", Times.rfc3339(step.at(), viewer.zone()));
    shown.put("atText", Times.shown(step.at(), viewer.zone(), lang));
    shown.put("actor", step.actorName() != null ? step.actorName() : I18n.text(lang, "person.former"));
    shown.put("toLabel", I18n.text(lang, "showcase.status." + step.to().code()));
    if (step.from() != null) shown.put("fromLabel", I18n.text(lang, "showcase.status." + step.from().code()));
    if (step.comment() != null) {
      String note = HISTORY_NOTES.get(step.comment());
      shown.put("comment", note == null ? step.comment() : I18n.text(lang, note));
      shown.put("quoted", note == null);
    }
    return shown;
  }

  /** How the showcase was archived, its time in the zone of the reader's contact point. */
  private static Map<String, Object> archived(Archiving archiving, Viewer viewer, String lang) {
    ZoneId zone = viewer.zone();
    Map<String, Object> shown = new HashMap<>(archiving.toJson().getMap());
    shown.put("by", archiving.actorName() != null ? archiving.actorName() : I18n.text(lang, "person.former"));
    shown.put("atText", Times.shown(archiving.at(), zone, lang));
    return shown;
  }

  private void editForm(RoutingContext ctx) {
    editModel(ctx).onSuccess(model -> {
      model.put("errors", Map.of());
      String notice = ctx.queryParams().get("image");
      if (notice != null && IMAGE_NOTICES.contains(notice)) {
        model.put("imageNotice", I18n.text(Languages.of(ctx), "showcase.image." + notice));
      }
      views.page(ctx, "showcase/form", model).onFailure(ctx::fail);
    }).onFailure(ctx::fail);
  }

  /** The edit form with the showcase's stored content and its images. */
  private Future<Map<String, Object>> editModel(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    return showcases.find(Ids.path(ctx, "id"), viewer).map(detail -> {
      Map<String, Object> model = formModel(ctx, detail.showcase().id().toString(), detail.shown().toStored());
      return ShowcaseImagePages.withImages(model, detail, viewer, Languages.of(ctx));
    });
  }

  /** The edit form as sent, again, with the showcase's images beside it. */
  private Future<Map<String, Object>> editModel(RoutingContext ctx, UUID id, JsonObject body) {
    Viewer viewer = WebContext.viewer(ctx);
    return showcases.find(id, viewer)
        .map(detail -> ShowcaseImagePages.withImages(formModel(ctx, id.toString(), body), detail, viewer, Languages.of(ctx)));
  }

  private void create(RoutingContext ctx) {
    JsonObject body = ShowcaseFormBody.of(ctx);
    Forms.submit(() -> showcases.create(NewShowcase.from(body), WebContext.viewer(ctx)),
        created -> Forms.redirect(ctx, "/showcases/" + created.showcase().id()),
        err -> Forms.reshow(ctx, views, err, "showcase/form", "showcase.error", formModel(ctx, null, body)));
  }

  private void edit(RoutingContext ctx) {
    JsonObject body = ShowcaseFormBody.of(ctx);
    body.remove("organisationId");
    UUID id = Ids.path(ctx, "id");
    Forms.submit(() -> showcases.update(id, ShowcaseChange.from(body), WebContext.viewer(ctx)),
        updated -> Forms.redirect(ctx, "/showcases/" + id),
        err -> Forms.reshow(ctx, views, err, "showcase/form", "showcase.error", () -> editModel(ctx, id, body)));
  }

  private void form(RoutingContext ctx, String id, JsonObject values) {
    Map<String, Object> model = formModel(ctx, id, values);
    model.put("errors", Map.of());
    views.page(ctx, "showcase/form", model).onFailure(ctx::fail);
  }

  /** The form with these values: the page's own fields ({@code title_fi}…) or a showcase's stored content. */
  private static Map<String, Object> formModel(RoutingContext ctx, String id, JsonObject values) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("id", id);
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
    model.put("countries", choices(COUNTRIES, "country.", values.getJsonArray("countries"), lang));
    model.put("languageChoices", choices(Taxonomy.FORM_LANGUAGES, "spoken.", values.getJsonArray("languages"), lang));
    model.put("regulatory", options(Taxonomy.REGULATORY_STATUSES, "regulatory.", values.getString("regulatoryStatus"), lang));
    model.put("evidence", options(Taxonomy.EVIDENCE_LEVELS, "evidence.", values.getString("evidenceLevel"), lang));
    model.put("website", values.getString("website", ""));
    model.put("contactEmail", values.getString("contactEmail", ""));
    JsonObject howToGet = values.getValue("howToGet") instanceof JsonObject json ? json : new JsonObject();
    model.put("howToGet", Map.of(
        "publicService", Boolean.TRUE.equals(howToGet.getValue("publicService")),
        "buy", Boolean.TRUE.equals(howToGet.getValue("buy")),
        "priceMin", howToGet.getValue("priceMin") == null ? "" : String.valueOf(howToGet.getValue("priceMin")),
        "priceMax", howToGet.getValue("priceMax") == null ? "" : String.valueOf(howToGet.getValue("priceMax")),
        "places", Site.values().stream().map(site -> Map.<String, Object>of("value", site.id(), "label", site.name(lang),
            "checked", howToGet.getValue("tryAt") instanceof JsonArray places && places.contains(site.id()))).toList()));
    return model;
  }

  /** On the page a reason is always asked for: whoever archives says why, and the organisation's members read it. */
  private void archive(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    String lang = Languages.of(ctx);
    Forms.submit(() -> {
      JsonObject body = Forms.json(ctx, Set.of());
      if (body.getString("reason", "").isBlank()) throw new Invalid("reason", "is required");
      return showcases.archive(id, ArchiveRequest.from(body), WebContext.viewer(ctx));
    }, archived -> Forms.redirect(ctx, "/showcases/" + id), err -> {
      String message = I18n.text(lang, "showcase.archive.reasonInvalid");
      if (err instanceof Invalid) showAgain(ctx, new Invalid("archive-reason", message), "archiveError", message);
      else ctx.fail(err);
    });
  }

  private void contact(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    String lang = Languages.of(ctx);
    Forms.submit(() -> showcases.contact(id, ContactRequest.from(Forms.json(ctx, Set.of())), WebContext.viewer(ctx)),
        sent -> Forms.redirect(ctx, "/showcases/" + id + "?sent=1#contact"),
        err -> showAgain(ctx, err, "contactError",
            I18n.text(lang, Forms.status(err) == 429 ? "showcase.contact.tooMany" : "showcase.contact.invalid")));
  }

  /** The showcase page again, with what was wrong with the form sent from it. */
  private void showAgain(RoutingContext ctx, Throwable err, String errorName, String message) {
    Forms.reshow(ctx, views, err, "showcase/show", "showcase.error", () -> showModel(ctx).map(model -> {
      model.put(errorName, message);
      return model;
    }));
  }

  private static void backToShowcase(RoutingContext ctx, Future<ShowcaseDetail> action) {
    action.onSuccess(detail -> Forms.redirect(ctx, "/showcases/" + detail.showcase().id())).onFailure(ctx::fail);
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
    Object value = values.getValue(field);
    return value instanceof JsonObject json ? json.getString(lang, "") : "";
  }

  /** After a message went out (POST, then redirect here), the page says so and what happens next. */
  private static Map<String, Object> messageSent(RoutingContext ctx, Map<String, Object> model) {
    model.put("sent", WebContext.viewer(ctx).signedIn() && "1".equals(ctx.queryParams().get("sent")));
    return model;
  }
}
