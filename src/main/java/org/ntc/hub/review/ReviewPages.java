package org.ntc.hub.review;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** "We tried it" in the browser: the review form, the company's answer, staff's hiding, "useful", and the showcase page's section. */
public final class ReviewPages {
  private static final List<String> NOTICES = List.of("saved", "deleted", "answered", "hidden", "restored", "useful", "unuseful");
  private final ReviewService reviews;
  private final Views views;

  public ReviewPages(ReviewService reviews, Views views) {
    this.reviews = reviews;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/showcases/:id/reviews/new").handler(Forms::signInFirst).handler(this::newForm);
    router.post("/showcases/:id/reviews").handler(Forms::signInFirst).handler(this::write);
    router.get("/showcases/:id/reviews/:reviewId/edit").handler(Forms::signInFirst).handler(this::editForm);
    router.post("/showcases/:id/reviews/:reviewId/edit").handler(Forms::signInFirst).handler(this::change);
    router.post("/showcases/:id/reviews/:reviewId/delete").handler(Forms::signInFirst).handler(this::delete);
    router.get("/showcases/:id/reviews/:reviewId/answer").handler(Forms::signInFirst).handler(ctx -> noteForm(ctx, Note.ANSWER));
    router.post("/showcases/:id/reviews/:reviewId/answer").handler(Forms::signInFirst).handler(ctx -> note(ctx, Note.ANSWER));
    router.get("/showcases/:id/reviews/:reviewId/hide").handler(Forms::signInFirst).handler(ctx -> noteForm(ctx, Note.HIDE));
    router.post("/showcases/:id/reviews/:reviewId/hide").handler(Forms::signInFirst).handler(ctx -> note(ctx, Note.HIDE));
    router.post("/showcases/:id/reviews/:reviewId/restore").handler(Forms::signInFirst).handler(this::restore);
    router.post("/showcases/:id/useful").handler(Forms::signInFirst).handler(this::useful);
  }

  private void newForm(RoutingContext ctx) {
    UUID showcaseId = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    if (!ReviewService.writes(viewer)) {
      views.render(ctx, "review/form", reviews.section(showcaseId, viewer).map(listing -> refusal(listing, lang)));
      return;
    }
    reviews.section(showcaseId, viewer).onSuccess(listing -> {
      if (listing.mine().isPresent()) {
        Forms.redirect(ctx, "/showcases/" + showcaseId + "/reviews/" + listing.mine().get() + "/edit");
        return;
      }
      views.page(ctx, "review/form", form(listing, null, new JsonObject().put("lang", lang), viewer, lang)).onFailure(ctx::fail);
    }).onFailure(ctx::fail);
  }

  private void write(RoutingContext ctx) {
    UUID showcaseId = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    JsonObject fields = fields(ctx);
    Forms.submit(() -> reviews.write(showcaseId, NewReview.from(fields, lang), viewer),
        review -> Forms.redirect(ctx, "/showcases/" + showcaseId + "?review=saved#review-" + review.id()),
        err -> Forms.reshow(ctx, views, err, "review/form", "review.error", () -> reviews.section(showcaseId, viewer)
            .map(listing -> withProblem(form(listing, null, fields, viewer, lang), err, lang))));
  }

  private void editForm(RoutingContext ctx) {
    UUID showcaseId = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    views.render(ctx, "review/form", reviews.section(showcaseId, viewer).compose(listing -> reviews
        .find(showcaseId, Ids.path(ctx, "reviewId"), viewer).map(review -> {
      if (!review.writtenBy(viewer)) throw new Forbidden("Only its author changes a review");
      JsonObject values = new JsonObject().put("setting", review.setting().code()).put("duration", review.duration().code())
          .put("worked", review.worked()).put("didNotWork", review.didNotWork()).put("recommend", review.recommend().code())
          .put("lang", review.lang());
      return form(listing, review, values, viewer, lang);
    })));
  }

  private void change(RoutingContext ctx) {
    UUID showcaseId = Ids.path(ctx, "id");
    UUID reviewId = Ids.path(ctx, "reviewId");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    JsonObject fields = fields(ctx);
    JsonObject body = fields.copy();
    for (String required : List.of("setting", "duration", "worked", "didNotWork", "recommend")) {
      if (!body.containsKey(required)) body.put(required, "");
    }
    Forms.submit(() -> reviews.change(showcaseId, reviewId, ReviewChange.from(body), viewer),
        review -> Forms.redirect(ctx, "/showcases/" + showcaseId + "?review=saved#review-" + reviewId),
        err -> Forms.reshow(ctx, views, err, "review/form", "review.error", () -> reviews.section(showcaseId, viewer)
            .compose(listing -> reviews.find(showcaseId, reviewId, viewer)
                .map(review -> withProblem(form(listing, review, fields, viewer, lang), err, lang)))));
  }

  private void delete(RoutingContext ctx) {
    UUID showcaseId = Ids.path(ctx, "id");
    Forms.submit(() -> reviews.delete(showcaseId, Ids.path(ctx, "reviewId"), WebContext.viewer(ctx)),
        deleted -> Forms.redirect(ctx, "/showcases/" + showcaseId + "?review=deleted#reviews"), ctx::fail);
  }

  private void restore(RoutingContext ctx) {
    UUID showcaseId = Ids.path(ctx, "id");
    UUID reviewId = Ids.path(ctx, "reviewId");
    Forms.submit(() -> reviews.restore(showcaseId, reviewId, WebContext.viewer(ctx).requireStaff(), WebContext.address(ctx)),
        restored -> Forms.redirect(ctx, "/showcases/" + showcaseId + "?review=restored#review-" + reviewId), ctx::fail);
  }

  /** The small form's button says what it does: mark useful when not marked, take the mark back when marked. */
  private void useful(RoutingContext ctx) {
    UUID showcaseId = Ids.path(ctx, "id");
    boolean mark = !"off".equals(ctx.request().getFormAttribute("useful"));
    Forms.submit(() -> reviews.useful(showcaseId, mark, WebContext.viewer(ctx)),
        done -> Forms.redirect(ctx, "/showcases/" + showcaseId + "?review=" + (mark ? "useful" : "unuseful") + "#useful"), ctx::fail);
  }

  /** The company's answer and staff's hiding: one text about one review. */
  private enum Note implements Coded {
    ANSWER("text", 2000),
    HIDE("reason", Hiding.MAX_REASON);

    private final String field;
    private final int max;

    Note(String field, int max) {
      this.field = field;
      this.max = max;
    }

    @Override
    public String code() {
      return Coded.codeOf(this);
    }
  }

  private void noteForm(RoutingContext ctx, Note note) {
    UUID showcaseId = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    if (note == Note.HIDE) viewer.requireStaff();
    views.render(ctx, "review/note", reviews.section(showcaseId, viewer).compose(listing -> reviews
        .find(showcaseId, Ids.path(ctx, "reviewId"), viewer).map(review -> {
          if (note == Note.ANSWER && !viewer.memberOfVerified(listing.companyId())) {
            throw new Forbidden("Only the company behind the showcase answers its reviews");
          }
          return noteModel(note, listing, review, "", viewer, lang);
        })));
  }

  private void note(RoutingContext ctx, Note note) {
    UUID showcaseId = Ids.path(ctx, "id");
    UUID reviewId = Ids.path(ctx, "reviewId");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    JsonObject fields = Forms.json(ctx, Set.of());
    String text = fields.getString(note.field, "");
    Forms.submit(() -> note == Note.ANSWER
            ? reviews.answer(showcaseId, reviewId, NewAnswer.from(new JsonObject().put("text", text)).text(), viewer)
            : reviews.hide(showcaseId, reviewId, Hiding.from(new JsonObject().put("reason", text)).reason(), viewer.requireStaff(),
                WebContext.address(ctx)),
        done -> Forms.redirect(ctx, "/showcases/" + showcaseId + "?review=" + (note == Note.ANSWER ? "answered" : "hidden")
            + "#review-" + reviewId),
        err -> Forms.reshow(ctx, views, err, "review/note", "review.error", () -> reviews.section(showcaseId, viewer)
            .compose(listing -> reviews.find(showcaseId, reviewId, viewer)
                .map(review -> withProblem(noteModel(note, listing, review, text, viewer, lang), err, lang)))));
  }

  private Map<String, Object> noteModel(Note note, ReviewService.Listing listing, Review review, String text, Viewer viewer,
                                        String lang) {
    UUID showcaseId = listing.showcaseId();
    Map<String, Object> model = new HashMap<>();
    model.put("showcaseTitle", listing.showcaseTitle().in(lang));
    String key = "review." + note.code();
    model.put("heading", I18n.text(lang, key + ".heading"));
    model.put("lead", I18n.text(lang, key + ".lead"));
    model.put("label", I18n.text(lang, key + ".label"));
    model.put("hint", I18n.text(lang, key + ".hint"));
    model.put("submit", I18n.text(lang, key + ".submit"));
    model.put("isAnswer", note == Note.ANSWER);
    model.put("max", note.max);
    model.put("value", text);
    model.put("action", "/showcases/" + showcaseId + "/reviews/" + review.id() + "/" + note.code());
    model.put("showcaseUrl", "/showcases/" + showcaseId + "#review-" + review.id());
    model.put("review", item(review, showcaseId, null, viewer, lang));
    model.put("errors", Map.of());
    return model;
  }

  /** The form's fields, blank ones left out so that they read as missing. */
  private static JsonObject fields(RoutingContext ctx) {
    JsonObject fields = new JsonObject();
    Forms.json(ctx, Set.of()).forEach(e -> {
      if (e.getValue() instanceof String s && !s.isBlank()) fields.put(e.getKey(), s);
    });
    return fields;
  }

  private static Map<String, Object> withProblem(Map<String, Object> model, Throwable err, String lang) {
    if (!(err instanceof Invalid) && Forms.shownOnForm(err)) model.put("error", I18n.text(lang, "review.error.conflict"));
    return model;
  }

  private static Map<String, Object> refusal(ReviewService.Listing listing, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("showcaseTitle", listing.showcaseTitle().in(lang));
    model.put("showcaseUrl", "/showcases/" + listing.showcaseId());
    model.put("refused", true);
    model.put("errors", Map.of());
    return model;
  }

  private Map<String, Object> form(ReviewService.Listing listing, Review review, JsonObject values, Viewer viewer, String lang) {
    UUID showcaseId = listing.showcaseId();
    Map<String, Object> model = new HashMap<>();
    model.put("showcaseTitle", listing.showcaseTitle().in(lang));
    model.put("showcaseUrl", "/showcases/" + showcaseId + "#reviews");
    model.put("editing", review != null);
    model.put("action", review == null ? "/showcases/" + showcaseId + "/reviews" : "/showcases/" + showcaseId + "/reviews/" + review.id() + "/edit");
    if (review != null) model.put("deleteAction", "/showcases/" + showcaseId + "/reviews/" + review.id() + "/delete");
    List<ReviewService.CareOrganisation> from = ReviewService.reviewsFrom(viewer);
    String chosen = values.getString("organisationId", "");
    if (review != null) {
      model.put("organisationName", review.organisationName());
    } else if (from.size() == 1) {
      model.put("organisationName", from.get(0).name());
    } else {
      model.put("organisations", from.stream().map(o -> Map.<String, Object>of("id", o.id().toString(), "name", o.name(),
          "selected", o.id().toString().equals(chosen))).toList());
    }
    model.put("authorName", viewer.name());
    model.put("settings", options(ReviewSetting.values(), "review.setting.", values.getString("setting", ""), lang));
    model.put("durations", options(ReviewDuration.values(), "review.duration.", values.getString("duration", ""), lang));
    model.put("recommendations", options(Recommendation.values(), "review.recommend.", values.getString("recommend", ""), lang));
    String written = values.getString("lang", lang);
    model.put("writtenIn", I18n.LANGUAGES.stream().map(l -> Map.<String, Object>of("value", l, "label", I18n.text(lang, "spoken." + l),
        "selected", l.equals(written))).toList());
    model.put("worked", values.getString("worked", ""));
    model.put("didNotWork", values.getString("didNotWork", ""));
    model.put("errors", Map.of());
    return model;
  }

  private static List<Map<String, Object>> options(Coded[] values, String prefix, String chosen, String lang) {
    return Arrays.stream(values).map(v -> Map.<String, Object>of("value", v.code(), "label", I18n.text(lang, prefix + v.code()),
        "selected", v.code().equals(chosen))).toList();
  }

  /**
   * The showcase page's "We tried it" section: the summary (how many reviews, how many recommend),
   * each review with its answer, what this viewer may do, and the "useful" count and button.
   */
  public static Future<Map<String, Object>> section(ReviewService reviews, UUID showcaseId, Viewer viewer, String lang) {
    return reviews.section(showcaseId, viewer).map(listing -> {
      Map<String, Object> section = new HashMap<>();
      ReviewRepository.Counts counts = listing.counts();
      section.put("summary", counts.reviews() == 0 ? null : I18n.text(lang, "review.summary", counts.reviews(), counts.yes(),
          counts.withReservations(), counts.no()));
      section.put("items", listing.items().stream().map(r -> item(r, showcaseId, listing.companyId(), viewer, lang)).toList());
      boolean writes = ReviewService.writes(viewer);
      section.put("canWrite", writes && listing.mine().isEmpty());
      section.put("writeUrl", "/showcases/" + showcaseId + "/reviews/new");
      listing.mine().ifPresent(id -> section.put("mineUrl", "#review-" + id));
      section.put("whoWrites", viewer.signedIn() && !writes);
      section.put("signedIn", viewer.signedIn());
      section.put("signInUrl", "/login?next=/showcases/" + showcaseId);
      section.put("usefulText", I18n.text(lang, "review.useful.count", listing.useful().marks()));
      section.put("usefulMarked", listing.useful().marked());
      section.put("usefulAction", "/showcases/" + showcaseId + "/useful");
      Map<String, Object> notices = new LinkedHashMap<>();
      for (String notice : NOTICES) notices.put(notice, I18n.text(lang, "review.notice." + notice));
      section.put("notices", notices);
      return section;
    });
  }

  private static Map<String, Object> item(Review r, UUID showcaseId, UUID companyId, Viewer viewer, String lang) {
    Map<String, Object> item = new HashMap<>();
    String base = "/showcases/" + showcaseId + "/reviews/" + r.id();
    item.put("id", r.id().toString());
    item.put("authorName", r.authorName());
    item.put("organisationName", r.organisationName());
    item.put("countryName", I18n.text(lang, "country." + r.country()));
    item.put("settingLabel", I18n.text(lang, "review.setting." + r.setting().code()));
    item.put("durationLabel", I18n.text(lang, "review.duration." + r.duration().code()));
    item.put("recommend", r.recommend().code());
    item.put("recommendLabel", I18n.text(lang, "review.recommend." + r.recommend().code()));
    item.put("worked", r.worked());
    item.put("didNotWork", r.didNotWork());
    item.put("textLang", r.lang());
    item.put("date", r.createdAt().atZoneSameInstant(zone(r.country())).toLocalDate().toString());
    item.put("dateText", date(r.createdAt(), r.country(), lang));
    item.put("edited", r.updatedAt().isAfter(r.createdAt().plusMinutes(1)));
    if (r.answered()) {
      item.put("answer", Map.of("text", r.answer(), "by", r.answeredByName() == null ? "" : r.answeredByName(),
          "date", r.answeredAt().atZoneSameInstant(zone(r.country())).toLocalDate().toString(),
          "dateText", date(r.answeredAt(), r.country(), lang)));
    }
    if (r.hidden()) item.put("hiddenReason", r.hiddenReason());
    boolean mine = r.writtenBy(viewer);
    item.put("mine", mine);
    item.put("editUrl", base + "/edit");
    item.put("canAnswer", companyId != null && !r.answered() && !r.hidden() && viewer.memberOfVerified(companyId));
    item.put("answerUrl", base + "/answer");
    item.put("canHide", companyId != null && viewer.staff() && !r.hidden());
    item.put("hideUrl", base + "/hide");
    item.put("canRestore", companyId != null && viewer.staff() && r.hidden());
    item.put("restoreUrl", base + "/restore");
    return item;
  }

  /** A review's day, as the author's country's calendar has it, in the reader's language. */
  private static String date(OffsetDateTime at, String country, String lang) {
    return at.atZoneSameInstant(zone(country)).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Locale.forLanguageTag(lang)));
  }

  private static ZoneId zone(String country) {
    return ZoneId.of("SE".equals(country) ? "Europe/Stockholm" : "Europe/Helsinki");
  }
}
