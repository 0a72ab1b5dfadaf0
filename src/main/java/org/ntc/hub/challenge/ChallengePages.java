package org.ntc.hub.challenge;

import java.util.function.BiFunction;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
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
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.Taxonomy;

/**
 * {@code /challenges}: the needs, their matches, the answer form for companies, the answers for
 * the owner; the forms with which care organisations post, edit, send for review and close a
 * need, and with which staff review it and start a pilot from an answer.
 */
public final class ChallengePages {
  private static final Paging LISTED = new Paging(1, 100);
  private static final List<String> TEXT_FIELDS = List.of("title", "description");
  private static final Set<String> LIST_FIELDS = Set.of("categories", "targetGroups", "languages");
  private static final List<String> PILOT_TEXTS = List.of("goals");
  private static final List<String> COUNTRIES = Arrays.stream(Country.values()).map(Country::name).toList();
  private final ChallengeService challenges;
  private final PilotService pilots;
  private final Views views;

  public ChallengePages(ChallengeService challenges, PilotService pilots, Views views) {
    this.challenges = challenges;
    this.pilots = pilots;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/challenges").handler(this::list);
    router.get("/challenges/gaps").handler(Forms::signInFirst).handler(this::gaps);
    router.get("/challenges/new").handler(Forms::signInFirst).handler(ctx -> form(ctx, null, new JsonObject(), null));
    router.post("/challenges/new").handler(Forms::signInFirst).handler(this::create);
    router.get("/challenges/:id").handler(this::show);
    router.get("/challenges/:id/edit").handler(Forms::signInFirst).handler(this::editForm);
    router.post("/challenges/:id/edit").handler(Forms::signInFirst).handler(this::edit);
    router.post("/challenges/:id/submit").handler(Forms::signInFirst).handler(ctx -> challenges
        .submit(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .onSuccess(c -> Forms.redirect(ctx, "/challenges/" + c.id() + "?sent=1")).onFailure(ctx::fail));
    router.post("/challenges/:id/close").handler(Forms::signInFirst).handler(this::close);
    router.post("/challenges/:id/pilots").handler(Forms::signInFirst).handler(this::startPilot);
    router.post("/challenges/:id/answers").handler(Forms::signInFirst).handler(this::answer);
    router.post("/challenges/:id/review").handler(Forms::signInFirst).handler(this::review);
    router.post("/challenges/:id/cosign").handler(Forms::signInFirst).handler(ctx -> pooling.cosign(ctx));
    router.post("/challenges/:id/cosign/withdraw").handler(Forms::signInFirst).handler(ctx -> pooling.withdraw(ctx));
    router.post("/challenges/:id/merge").handler(Forms::signInFirst).handler(ctx -> pooling.merge(ctx));
  }

  private void list(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    Future<ChallengeList> published = challenges.list(LISTED);
    Future<List<Challenge>> own = challenges.ofViewer(viewer);
    views.render(ctx, "challenge/list", Future.all(published, own).map(all -> {
      Map<String, Object> model = new HashMap<>();
      model.put("challenges", published.result().items().stream().map(c -> NeedView.listed(c, lang)).toList());
      model.put("own", own.result().stream().map(c -> NeedView.listed(c, lang)).toList());
      model.put("canPost", !viewer.signedIn() || !ChallengeService.posting(viewer).isEmpty());
      model.put("staff", viewer.staff());
      return model;
    }));
  }

  /** Gaps in the market, for staff: published needs that nothing in the catalogue fits yet. */
  private void gaps(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    views.render(ctx, "challenge/gaps", challenges.gaps(WebContext.viewer(ctx)).map(gaps -> {
      Map<String, Object> model = new HashMap<>();
      model.put("gaps", gaps.stream().map(c -> NeedView.listed(c, lang)).toList());
      return model;
    }));
  }

  private void show(RoutingContext ctx) {
    showModel(ctx).compose(model -> {
      if (model.get("mergedInto") instanceof String kept) {
        Forms.redirect(ctx, "/challenges/" + kept + "?merged=1");
        return Future.succeededFuture();
      }
      return views.page(ctx, "challenge/show", model);
    }).onFailure(ctx::fail);
  }

  private Future<Map<String, Object>> showModel(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    UUID id = Ids.path(ctx, "id");
    return challenges.detail(id, viewer).map(detail -> {
      Map<String, Object> model = NeedView.page(detail, viewer, lang);
      model.put("sent", ctx.queryParams().contains("sent"));
      model.put("saved", ctx.queryParams().contains("saved"));
      model.put("merged", ctx.queryParams().contains("merged"));
      model.put("cosigned", ctx.queryParams().contains("cosigned"));
      model.put("mergedInto", detail.challenge().mergedInto() == null ? null : detail.challenge().mergedInto().toString());
      PoolingPages.model(model, detail.challenge(), viewer, lang);
      return model;
    }).compose(model -> library.apply(id, lang).map(entries -> {
      model.put("library", entries.getList());
      return model;
    })).compose(model -> following.follows(id, viewer).map(follows -> {
      model.put("canFollow", viewer.signedIn() && model.get("notPublic") == Boolean.FALSE);
      model.put("following", follows);
      return model;
    })).compose(model -> !viewer.staff() || !model.containsKey("canMerge") ? Future.succeededFuture(model)
        : challenges.list(LISTED).map(list -> {
          model.put("mergeTargets", list.items().stream().filter(other -> !other.id().equals(id))
              .map(other -> Map.of("value", other.id().toString(), "label", other.title().in(lang) + " — " + other.organisationName()))
              .toList());
          return model;
        }));
  }

  private void create(RoutingContext ctx) {
    JsonObject body = Forms.localisedBody(ctx, TEXT_FIELDS, LIST_FIELDS);
    Forms.submit(() -> challenges.create(NewChallenge.from(body, challenges.today()), WebContext.viewer(ctx)),
        created -> Forms.redirect(ctx, "/challenges/" + created.id() + "?saved=1"),
        err -> Forms.reshow(ctx, views, err, "challenge/form", "challenge.error", formModel(ctx, null, body, null)));
  }

  private void editForm(RoutingContext ctx) {
    challenges.editable(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .onSuccess(c -> form(ctx, c.id().toString(), stored(c), c.status()))
        .onFailure(ctx::fail);
  }

  private void edit(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    JsonObject body = Forms.localisedBody(ctx, TEXT_FIELDS, LIST_FIELDS);
    body.remove("organisationId");
    if (!body.containsKey("expectedScale")) body.put("expectedScale", (String) null);
    if (!body.containsKey("scale")) body.put("scale", (String) null);
    for (String field : TEXT_FIELDS) if (!body.containsKey(field)) body.put(field, new JsonObject());
    challenges.editable(id, viewer).onFailure(ctx::fail).onSuccess(c -> {
      // An answer date already passed may stay as it is while other fields change.
      if (c.responsesDue().toString().equals(body.getString("responsesDue"))) body.remove("responsesDue");
      Forms.submit(() -> challenges.update(id, ChallengeChange.from(body, challenges.today()), viewer),
          updated -> Forms.redirect(ctx, "/challenges/" + id + "?saved=1"),
          err -> {
            JsonObject shown = body.copy();
            if (!shown.containsKey("responsesDue")) shown.put("responsesDue", c.responsesDue().toString());
            Forms.reshow(ctx, views, err, "challenge/form", "challenge.error", formModel(ctx, id.toString(), shown, c.status()));
          });
    });
  }

  private void form(RoutingContext ctx, String id, JsonObject values, ChallengeStatus status) {
    Map<String, Object> model = formModel(ctx, id, values, status);
    model.put("errors", Map.of());
    views.page(ctx, "challenge/form", model).onFailure(ctx::fail);
  }

  /** The form with these values: the page's own fields or a need's stored ones. */
  private Map<String, Object> formModel(RoutingContext ctx, String id, JsonObject values, ChallengeStatus status) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("id", id);
    model.put("published", status == ChallengeStatus.PUBLISHED);
    model.put("organisations", ChallengeService.posting(viewer).stream()
        .map(m -> Map.of("id", m.organisationId().toString(), "name", m.organisationName(),
            "selected", m.organisationId().toString().equals(values.getString("organisationId")))).toList());
    model.put("texts", I18n.LANGUAGES.stream().map(code -> Map.of("code", code,
        "label", I18n.text(lang, "spoken." + code),
        "title", FormBodies.text(values, "title", code), "description", FormBodies.text(values, "description", code))).toList());
    model.put("categories", FormBodies.choices(Taxonomy.CATEGORIES, "category.", values.getJsonArray("categories"), lang));
    model.put("targetGroups", FormBodies.choices(Taxonomy.TARGET_GROUPS, "targetGroup.", values.getJsonArray("targetGroups"),
        lang));
    model.put("countries", FormBodies.options(COUNTRIES, "country.", values.getString("country", defaultCountry(viewer)), lang));
    model.put("languageChoices", FormBodies.choices(I18n.LANGUAGES, "spoken.", values.getJsonArray("languages"), lang));
    model.put("responsesDue", values.getString("responsesDue", ""));
    model.put("minDue", challenges.today().plusDays(1).toString());
    model.put("expectedScale", values.getString("expectedScale", ""));
    model.put("scale", values.getValue("scale") == null ? "" : String.valueOf(values.getValue("scale")));
    return model;
  }

  private static String defaultCountry(Viewer viewer) {
    return viewer.staffSite().map(site -> site.country().name()).orElse(Country.FI.name());
  }

  private static JsonObject stored(Challenge c) {
    JsonObject values = new JsonObject().put("title", c.title().toJson()).put("description", c.description().toJson())
        .put("categories", new JsonArray(c.categories())).put("targetGroups", new JsonArray(c.targetGroups()))
        .put("country", c.country().name()).put("languages", new JsonArray(c.languages()))
        .put("responsesDue", c.responsesDue().toString());
    if (c.expectedScale() != null) values.put("expectedScale", c.expectedScale());
    if (c.scale() != null) values.put("scale", c.scale());
    return values;
  }

  private void close(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> challenges.close(id, ChallengeClosing.from(form), WebContext.viewer(ctx)),
        closed -> Forms.redirect(ctx, "/challenges/" + id),
        err -> showAgain(ctx, err, "closeError", "challenge.closeError"));
  }

  private void startPilot(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    JsonObject body = Forms.localisedBody(ctx, PILOT_TEXTS, Set.of());
    String answerId = body.getString("answerId", "");
    Forms.submit(() -> {
      viewer.requireStaff();
      return pilots.start(NewPilot.from(body, viewer.staffSite()), viewer);
    }, pilot -> Forms.redirect(ctx, "/pilots/" + pilot.id()), err -> Forms.reshow(ctx, views, err, "challenge/show",
        "pilot.error", () -> showModel(ctx).map(model -> {
          String message = I18n.text(Languages.of(ctx), Forms.status(err) == 409 ? "pilot.startConflict" : "form.invalid");
          for (Object answer : (List<?>) model.get("answers")) {
            @SuppressWarnings("unchecked") Map<String, Object> shown = (Map<String, Object>) answer;
            if (answerId.equals(shown.get("id"))) shown.put("pilotError", message);
          }
          return model;
        })));
  }

  private void answer(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    JsonObject body = new JsonObject().put("showcaseId", form.getString("showcaseId")).put("proposal", form.getString("proposal", ""));
    Forms.submit(() -> challenges.answer(id, NewAnswer.from(body), WebContext.viewer(ctx)),
        sent -> Forms.redirect(ctx, "/challenges/" + id + "#answer-heading"),
        err -> showAgain(ctx, err, "answerError", "challenge.answerError"));
  }

  /** A refused form on the need's page (an answer, a closing) shows the need again with that form marked. */
  private void showAgain(RoutingContext ctx, Throwable err, String errorName, String messageKey) {
    Forms.reshow(ctx, views, err, "challenge/show", "challenge.error", () -> showModel(ctx).map(model -> {
      model.put(errorName, I18n.text(Languages.of(ctx), messageKey));
      return model;
    }));
  }

  private void review(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> {
      UUID id = Ids.path(ctx, "id");
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      return challenges.review(id, Review.from(form), viewer);
    }, reviewed -> Forms.redirect(ctx, "/moderation"), ctx::fail);
  }

  private BiFunction<UUID, String, Future<JsonArray>> library = (id, lang) -> Future.succeededFuture(new JsonArray());

  /** The public library entries that name a need, for its page: supplied by the library. */
  public ChallengePages withLibrary(BiFunction<UUID, String, Future<JsonArray>> library) {
    this.library = library;
    return this;
  }

  /** Whether a person follows a need. */
  public interface Following {
    Future<Boolean> follows(UUID challengeId, Viewer viewer);
  }

  private PoolingPages pooling;
  private Following following = (id, viewer) -> Future.succeededFuture(false);

  /** Co-signing and merging on the need's page, and whether the reader follows the need. */
  public ChallengePages withPooling(CosignService cosigns, Following following) {
    this.pooling = new PoolingPages(cosigns, views, this::showModel);
    this.following = following;
    return this;
  }
}
