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
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;
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
    router.post("/challenges/:id/cosign").handler(Forms::signInFirst).handler(this::cosign);
    router.post("/challenges/:id/cosign/withdraw").handler(Forms::signInFirst).handler(this::withdraw);
    router.post("/challenges/:id/merge").handler(Forms::signInFirst).handler(this::merge);
  }

  private void list(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    Future<ChallengeList> published = challenges.list(LISTED);
    Future<List<Challenge>> own = challenges.ofViewer(viewer);
    views.render(ctx, "challenge/list", Future.all(published, own).map(all -> {
      Map<String, Object> model = new HashMap<>();
      model.put("challenges", published.result().items().stream().map(c -> listed(c, lang)).toList());
      model.put("own", own.result().stream().map(c -> listed(c, lang)).toList());
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
      model.put("gaps", gaps.stream().map(c -> listed(c, lang)).toList());
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
      Map<String, Object> model = model(detail, viewer, lang);
      model.put("sent", ctx.queryParams().contains("sent"));
      model.put("saved", ctx.queryParams().contains("saved"));
      model.put("merged", ctx.queryParams().contains("merged"));
      model.put("cosigned", ctx.queryParams().contains("cosigned"));
      model.put("mergedInto", detail.challenge().mergedInto() == null ? null : detail.challenge().mergedInto().toString());
      pooled(model, detail.challenge(), viewer, lang);
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

  /** Who stands behind the need and their combined scale; the co-sign form for those who may co-sign; staff's merge form. */
  private static void pooled(Map<String, Object> model, Challenge c, Viewer viewer, String lang) {
    List<Map<String, Object>> behind = new java.util.ArrayList<>();
    behind.add(backer(c.organisationId().toString(), c.organisationName(), c.organisationCountry(), c.scale(), null,
        I18n.text(lang, "pooled.owner"), lang));
    c.cosigners().forEach(k -> behind.add(backer(k.organisationId().toString(), k.name(), k.country(), k.scale(), k.note(),
        I18n.text(lang, "pooled.cosigner"), lang)));
    model.put("backers", behind);
    model.put("backerCount", I18n.text(lang, "pooled.backers", c.backers()));
    model.put("combinedScaleText", c.combinedScale() > 0 ? I18n.text(lang, "pooled.people", FormBodies.number(c.combinedScale(), lang))
        : null);
    List<Viewer.Membership> mine = CosignService.cosigning(viewer, c);
    model.put("cosignOrganisations", mine.stream().map(m -> {
      Map<String, Object> option = new HashMap<>();
      option.put("value", m.organisationId().toString());
      option.put("label", m.organisationName());
      option.put("signed", c.cosignedBy(m.organisationId()));
      return option;
    }).toList());
    model.put("canCosign", !mine.isEmpty());
    model.put("withdrawable", c.cosigners().stream().filter(k -> viewer.memberOf(k.organisationId()))
        .map(k -> Map.of("value", k.organisationId().toString(), "label", k.name())).toList());
    if (viewer.staff() && c.status() == ChallengeStatus.PUBLISHED && c.mergedInto() == null) model.put("canMerge", true);
  }

  private static Map<String, Object> backer(String id, String name, Country country, Integer scale, String note, String role,
                                            String lang) {
    Map<String, Object> backer = new HashMap<>();
    backer.put("id", id);
    backer.put("name", name);
    backer.put("role", role);
    backer.put("countryLabel", I18n.text(lang, "country." + country.name()));
    backer.put("scaleText", scale == null ? null : I18n.text(lang, "pooled.people", FormBodies.number(scale, lang)));
    backer.put("note", note);
    return backer;
  }

  /** The page's co-sign fields are named {@code cosign…} so that their ids differ from the other forms' on the page. */
  private void cosign(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    JsonObject body = new JsonObject().put("organisationId", form.getString("cosignOrganisationId"))
        .put("scale", form.getString("cosignScale", "")).put("note", form.getString("cosignNote", ""));
    Forms.submit(() -> {
      try {
        return cosigns.cosign(id, NewCosign.from(body), WebContext.viewer(ctx));
      } catch (Invalid invalid) {
        throw new Invalid(invalid.errors().stream().map(e -> new FieldError("cosign" + Character.toUpperCase(e.field().charAt(0))
            + e.field().substring(1), e.message())).toList());
      }
    }, done -> Forms.redirect(ctx, "/challenges/" + id + "?cosigned=1#backers-heading"),
        err -> Forms.reshow(ctx, views, err, "challenge/show", "pooled.error", () -> showModel(ctx).map(model -> {
          model.put("cosignRefused", true);
          model.put("cosignScale", form.getString("cosignScale", ""));
          model.put("cosignNote", form.getString("cosignNote", ""));
          return model;
        })));
  }

  private void withdraw(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> {
      JsonObject checked = new JsonObject().put("organisationId", form.getString("organisationId")).put("scale", 1);
      return cosigns.withdraw(id, NewCosign.from(checked).organisationId(), WebContext.viewer(ctx));
    }, done -> Forms.redirect(ctx, "/challenges/" + id + "#backers-heading"), ctx::fail);
  }

  private void merge(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> cosigns.merge(id, Merge.from(new JsonObject().put("intoId", form.getString("intoId"))),
            WebContext.viewer(ctx).requireStaff(), WebContext.address(ctx)),
        kept -> Forms.redirect(ctx, "/challenges/" + kept.id() + "?merged=1"),
        err -> Forms.reshow(ctx, views, err, "challenge/show", "pooled.mergeError", () -> showModel(ctx).map(model -> {
          model.put("mergeRefused", true);
          return model;
        })));
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

  private static Map<String, Object> model(ChallengeDetail detail, Viewer viewer, String lang) {
    Challenge c = detail.challenge();
    ChallengeStatus status = c.status();
    boolean owner = viewer.memberOf(c.organisationId());
    Map<String, Object> model = new HashMap<>();
    model.put("challenge", c.toJson(lang).getMap());
    model.put("titleLang", c.title().languageOf(lang));
    model.put("descriptionLang", c.description().languageOf(lang));
    model.put("categoryLabels", labels(lang, "category.", c.categories()));
    model.put("targetGroupLabels", labels(lang, "targetGroup.", c.targetGroups()));
    model.put("countryLabel", I18n.text(lang, "country." + c.country().name()));
    model.put("statusLabel", I18n.text(lang, "challenge.status." + status.code()));
    model.put("responsesDueText", FormBodies.date(c.responsesDue(), lang));
    model.put("matches", detail.matches().stream().map(m -> {
      Map<String, Object> match = m.toJson(lang).getMap();
      match.put("sentences", m.sentences(lang));
      return match;
    }).toList());
    boolean startsPilots = viewer.staff() && status != ChallengeStatus.DRAFT;
    model.put("answers", detail.answers().stream().map(a -> {
      Map<String, Object> answer = a.toJson(lang).getMap();
      answer.put("canStartPilot", startsPilots && a.pilotId() == null);
      return answer;
    }).toList());
    model.put("ownShowcases", detail.offers().stream()
        .map(o -> Map.of("id", o.showcaseId().toString(), "title", o.title().in(lang))).toList());
    model.put("answerable", detail.answerable());
    model.put("owner", owner);
    model.put("canEdit", owner && status != ChallengeStatus.CLOSED);
    model.put("canSubmit", owner && (status == ChallengeStatus.DRAFT || status == ChallengeStatus.CHANGES_REQUESTED));
    model.put("canReview", viewer.staff() && status == ChallengeStatus.PENDING);
    model.put("canClose", (owner || viewer.staff()) && status != ChallengeStatus.CLOSED);
    model.put("notPublic", status != ChallengeStatus.PUBLISHED && status != ChallengeStatus.CLOSED);
    model.put("statusHint", I18n.text(lang, "challenge.statusHint." + status.code()));
    model.put("version", c.version());
    model.put("outcomes", FormBodies.options(Arrays.stream(ChallengeOutcome.values()).map(ChallengeOutcome::code).toList(),
        "challenge.outcome.", null, lang));
    model.put("languageCodes", I18n.LANGUAGES.stream().map(code -> Map.of("code", code, "label", I18n.text(lang, "spoken." + code)))
        .toList());
    model.put("pilotSites", viewer.staffSite().isPresent() ? List.of()
        : Site.values().stream().map(site -> Map.of("value", site.id(), "label", site.name(lang))).toList());
    if (c.closedOutcome() != null) {
      model.put("closedLabel", I18n.text(lang, "challenge.outcome." + c.closedOutcome().code()));
      model.put("closedAtText", Times.shown(c.closedAt(), zoneOf(c, viewer), lang));
    }
    return model;
  }

  /** The zone of a contact point in the need's country; else the reader's. */
  private static java.time.ZoneId zoneOf(Challenge c, Viewer viewer) {
    return Site.values().stream().filter(site -> site.country() == c.country()).findFirst().map(Site::zone).orElse(viewer.zone());
  }

  private static Map<String, Object> listed(Challenge c, String lang) {
    Map<String, Object> model = c.toJson(lang).getMap();
    model.put("categoryLabels", labels(lang, "category.", c.categories()));
    model.put("countryLabel", I18n.text(lang, "country." + c.country().name()));
    model.put("statusLabel", I18n.text(lang, "challenge.status." + c.status().code()));
    model.put("responsesDueText", FormBodies.date(c.responsesDue(), lang));
    if (!c.cosigners().isEmpty()) {
      model.put("pooledText", I18n.text(lang, "pooled.backers", c.backers()) + (c.combinedScale() > 0
          ? " · " + I18n.text(lang, "pooled.people", FormBodies.number(c.combinedScale(), lang)) : ""));
    }
    return model;
  }

  private static List<String> labels(String lang, String prefix, List<String> ids) {
    return ids.stream().map(id -> I18n.text(lang, prefix + id)).toList();
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

  private CosignService cosigns;
  private Following following = (id, viewer) -> Future.succeededFuture(false);

  /** Co-signing and merging on the need's page, and whether the reader follows the need. */
  public ChallengePages withPooling(CosignService cosigns, Following following) {
    this.cosigns = cosigns;
    this.following = following;
    return this;
  }
}
