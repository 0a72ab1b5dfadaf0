package org.ntc.hub.library;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.Taxonomy;

/** The library's pages: the list, an entry, and the forms writers and staff use. */
public final class LibraryPages {
  private static final List<String> COUNTRIES = Arrays.stream(Country.values()).map(Country::name).toList();
  private static final Pattern UUID_IN = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final List<String> LANGS = List.of("fi", "sv", "en");
  /** Long texts shown as sections of an entry's page, by kind, in order. */
  private static final List<String> SECTIONS = List.of("setting", "workModel", "results", "barriers", "enablers", "population",
      "findings", "steps");
  private final LibraryService library;
  private final Views views;

  public LibraryPages(LibraryService library, Views views) {
    this.library = library;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/library").handler(this::list);
    router.get("/library/new").handler(Forms::signInFirst).handler(this::newForm);
    router.post("/library/new").handler(Forms::signInFirst).handler(this::create);
    router.get("/library/:id").handler(this::show);
    router.get("/library/:id/edit").handler(Forms::signInFirst).handler(this::editForm);
    router.post("/library/:id/edit").handler(Forms::signInFirst).handler(this::edit);
    router.post("/library/:id/submit").handler(Forms::signInFirst).handler(ctx -> back(ctx, library
        .submit(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.post("/library/:id/archive").handler(Forms::signInFirst).handler(ctx -> back(ctx, library
        .archive(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.post("/library/:id/restore").handler(Forms::signInFirst).handler(ctx -> back(ctx, library
        .restore(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.post("/library/:id/review").handler(Forms::signInFirst).handler(this::review);
  }

  /** The public entries that name a showcase, training or need ({@code list} the id list that holds it), for that page. */
  public static Future<JsonArray> listed(LibraryService library, String list, UUID id, String lang) {
    return library.naming(list, id).map(entries -> new JsonArray(entries.stream().map(entry -> (Object) Map.of(
        "url", "/library/" + entry.id(), "title", entry.published().title().in(lang),
        "lang", entry.published().title().languageOf(lang),
        "kindLabel", I18n.text(lang, "library.kind." + entry.kind().code()))).toList()));
  }

  private void list(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    EntrySearch search = EntrySearch.from(ctx.queryParams(), 20);
    Future<List<LibraryEntry>> written = library.written(viewer);
    views.render(ctx, "library/list", library.search(search).compose(results -> written.map(own -> {
      Map<String, Object> model = new HashMap<>();
      model.put("written", own.stream().map(entry -> Map.of("url", "/library/" + entry.id(),
          "title", entry.content().title().in(lang), "lang", entry.content().title().languageOf(lang),
          "kindLabel", I18n.text(lang, "library.kind." + entry.kind().code()),
          "statusLabel", I18n.text(lang, "library.status." + entry.status().code()))).toList());
      model.put("results", results.items().stream().map(entry -> card(entry, entry.published(), viewer, lang)).toList());
      model.put("total", results.total());
      model.put("q", search.text() == null ? "" : search.text());
      model.put("kinds", LibraryForm.options(LibraryForm.codes(LibraryKind.values()), "library.kind.", search.kindCode(), lang));
      model.put("categories", LibraryForm.options(Taxonomy.CATEGORIES, "category.", search.category(), lang));
      model.put("countries", LibraryForm.options(COUNTRIES, "country.", search.country(), lang));
      String base = "/library?" + Views.queryWithout(ctx, "page", "lang") + "page=";
      model.put("pager", search.paging().pager(results.total(), page -> base + page));
      model.put("canWrite", LibraryService.writes(viewer));
      return model;
    })));
  }

  private void show(RoutingContext ctx) {
    views.render(ctx, "library/show", showModel(ctx));
  }

  private Future<Map<String, Object>> showModel(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    return library.find(Ids.path(ctx, "id"), viewer).map(viewed -> showModel(viewed, viewer, lang));
  }

  private static Map<String, Object> showModel(LibraryService.Viewed viewed, Viewer viewer, String lang) {
    LibraryEntry entry = viewed.entry();
    EntryContent shown = viewed.shown();
    Map<String, Object> model = new HashMap<>();
    Map<String, Object> card = card(entry, shown, viewer, lang);
    card.put("body", shown.localised("body").in(lang));
    card.put("sections", SECTIONS.stream().filter(f -> !shown.localised(f).isEmpty())
        .map(f -> Map.of("heading", I18n.text(lang, "library.field." + f), "text", shown.localised(f).in(lang),
            "lang", shown.localised(f).languageOf(lang))).toList());
    card.put("facts", facts(shown, lang));
    card.put("domains", domains(shown, lang));
    card.put("author", entry.authorName());
    for (String type : List.of("showcase", "training", "challenge")) {
      card.put(type + "Links", viewed.linked().stream().filter(l -> l.type().equals(type))
          .map(l -> Map.of("url", "/" + type + "s/" + l.id(), "title", Localised.of(l.title()).in(lang))).toList());
    }
    model.put("entry", card);
    LibraryStatus status = entry.status();
    boolean manage = viewed.privileged();
    model.put("manage", manage);
    if (manage) {
      model.put("statusLabel", I18n.text(lang, "library.status." + status.code()));
      model.put("reviewComment", entry.reviewComment());
      model.put("version", entry.updatedAt().toString());
      model.put("canEdit", status != LibraryStatus.ARCHIVED);
      model.put("canSubmit", LibraryStatus.SUBMITTABLE.contains(status));
      model.put("canArchive", status != LibraryStatus.ARCHIVED);
      model.put("canRestore", status == LibraryStatus.ARCHIVED);
      model.put("canReview", viewer.staff() && (status == LibraryStatus.PENDING
          || entry.centres() && LibraryStatus.SUBMITTABLE.contains(status)));
      model.put("unpublished", entry.published() != null && !entry.published().equals(entry.content()));
    }
    return model;
  }

  /** An entry in a list or at the top of its page: its words, kind and terms in the reader's language. */
  private static Map<String, Object> card(LibraryEntry entry, EntryContent shown, Viewer viewer, String lang) {
    Map<String, Object> card = new HashMap<>();
    card.put("id", entry.id().toString());
    card.put("kind", entry.kind().code());
    card.put("kindLabel", I18n.text(lang, "library.kind." + entry.kind().code()));
    card.put("title", shown.title().in(lang));
    card.put("titleLang", shown.title().languageOf(lang));
    card.put("summary", shown.summary().in(lang));
    card.put("summaryLang", shown.summary().languageOf(lang));
    card.put("categoryLabels", labels(shown.strings("categories"), "category.", lang));
    card.put("countryLabels", labels(shown.strings("countries"), "country.", lang));
    card.put("by", entry.organisationName() != null ? entry.organisationName() : I18n.text(lang, "library.centre"));
    if (entry.publishedAt() != null) {
      card.put("publishedAt", Times.rfc3339(entry.publishedAt(), viewer.zone()));
      card.put("publishedAtText", Times.shown(entry.publishedAt(), viewer.zone(), lang));
    }
    return card;
  }

  private static List<Map<String, Object>> facts(EntryContent shown, String lang) {
    JsonObject stored = shown.stored();
    List<Map<String, Object>> facts = new ArrayList<>();
    if (stored.getString("design") != null) {
      facts.add(fact(lang, "design", I18n.text(lang, "library.design." + stored.getString("design")), null));
    }
    if (stored.getString("citation") != null) facts.add(fact(lang, "citation", stored.getString("citation"), null));
    if (stored.getString("doi") != null) {
      facts.add(fact(lang, "doi", stored.getString("doi"), "https://doi.org/" + stored.getString("doi")));
    }
    if (stored.getString("url") != null) facts.add(fact(lang, "url", stored.getString("url"), stored.getString("url")));
    if (stored.getString("scale") != null) facts.add(fact(lang, "scale", stored.getString("scale"), null));
    if (stored.getString("contact") != null) facts.add(fact(lang, "contact", stored.getString("contact"), null));
    return facts;
  }

  private static Map<String, Object> fact(String lang, String field, String text, String href) {
    Map<String, Object> fact = new HashMap<>();
    fact.put("label", I18n.text(lang, "library.field." + field));
    fact.put("text", text);
    if (href != null) fact.put("href", href);
    return fact;
  }

  /** The MAST findings the entry reports, in the model's order. */
  private static List<Map<String, Object>> domains(EntryContent shown, String lang) {
    JsonObject domains = shown.domains();
    return Rating.DOMAINS.stream().filter(domains::containsKey).map(key -> {
      JsonObject domain = domains.getJsonObject(key);
      Localised finding = Localised.of(domain.getJsonObject("finding"));
      return Map.<String, Object>of("label", I18n.text(lang, "library.domain." + key),
          "rating", domain.getString("rating"),
          "ratingLabel", I18n.text(lang, "library.rating." + domain.getString("rating")),
          "finding", finding.in(lang), "lang", finding.languageOf(lang));
    }).toList();
  }

  private void newForm(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    if (!LibraryService.writes(viewer)) {
      ctx.fail(new Forbidden("Staff and members of verified organisations write library entries"));
      return;
    }
    LibraryKind kind = Coded.find(LibraryKind.class, ctx.queryParams().get("kind")).orElse(null);
    Map<String, Object> model = LibraryForm.model(ctx, null, kind, new JsonObject());
    model.put("errors", Map.of());
    views.page(ctx, "library/form", model).onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    JsonObject body = LibraryForm.body(ctx);
    LibraryKind kind = Coded.find(LibraryKind.class, body.getString("kind")).orElse(null);
    Forms.submit(() -> library.create(NewEntry.from(body), WebContext.viewer(ctx)),
        created -> Forms.redirect(ctx, "/library/" + created.entry().id()),
        err -> Forms.reshow(ctx, views, err, "library/form", "library.error", LibraryForm.model(ctx, null, kind, body)));
  }

  private void editForm(RoutingContext ctx) {
    library.find(Ids.path(ctx, "id"), WebContext.viewer(ctx)).onSuccess(viewed -> {
      if (!viewed.privileged()) {
        ctx.fail(new Forbidden("Only the organisation's members and staff may change its entries"));
        return;
      }
      Map<String, Object> model = LibraryForm.model(ctx, viewed.entry().id().toString(), viewed.entry().kind(),
          viewed.entry().content().stored());
      model.put("errors", Map.of());
      views.page(ctx, "library/form", model).onFailure(ctx::fail);
    }).onFailure(ctx::fail);
  }

  private void edit(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject body = LibraryForm.body(ctx);
    body.remove("kind");
    body.remove("organisationId");
    Forms.submit(() -> library.find(id, WebContext.viewer(ctx)).compose(viewed -> {
      JsonObject change = body.copy();
      change.fieldNames().removeIf(name -> !EntryContent.fieldsOf(viewed.entry().kind()).contains(name));
      for (String field : EntryContent.fieldsOf(viewed.entry().kind())) {
        if (!change.containsKey(field)) change.putNull(field);
      }
      return library.update(id, EntryChange.from(change), WebContext.viewer(ctx));
    }), updated -> Forms.redirect(ctx, "/library/" + id),
        err -> Forms.reshow(ctx, views, err, "library/form", "library.error", () -> library.find(id, WebContext.viewer(ctx))
            .map(viewed -> LibraryForm.model(ctx, id.toString(), viewed.entry().kind(), body))));
  }

  private void review(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    boolean fromEntry = "entry".equals(form.remove("back"));
    Forms.submit(() -> library.review(id, Review.from(form), WebContext.viewer(ctx)),
        reviewed -> Forms.redirect(ctx, fromEntry ? "/library/" + id : "/moderation"),
        err -> Forms.reshow(ctx, views, err, "library/show", "library.error", () -> showModel(ctx)));
  }

  private static void back(RoutingContext ctx, Future<LibraryService.Viewed> action) {
    action.onSuccess(viewed -> Forms.redirect(ctx, "/library/" + viewed.entry().id())).onFailure(ctx::fail);
  }

  private static List<String> labels(List<String> ids, String prefix, String lang) {
    return ids.stream().map(id -> I18n.text(lang, prefix + id)).toList();
  }
}
