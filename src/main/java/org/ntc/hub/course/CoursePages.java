package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.Taxonomy;

/**
 * The courses' pages: the catalogue, a course and a lesson, readable without signing in, and the
 * form for a course's basics. Modules, lessons and quizzes are written on {@link CourseEditorPages}.
 */
public final class CoursePages {
  private final CourseService courses;
  private final Views views;
  private LearnerPages learner;

  public CoursePages(CourseService courses, Views views) {
    this.courses = courses;
    this.views = views;
  }

  /** The learner's progress, quizzes and completion on the course page. */
  public CoursePages withLearner(LearnerPages learner) {
    this.learner = learner;
    return this;
  }

  public void mount(Router router) {
    router.get("/courses").handler(this::list);
    router.get("/courses/new").handler(Forms::signInFirst).handler(this::newForm);
    router.post("/courses/new").handler(Forms::signInFirst).handler(this::create);
    router.get("/courses/:id").handler(this::show);
    router.get("/courses/:id/edit").handler(Forms::signInFirst).handler(this::editForm);
    router.post("/courses/:id/edit").handler(Forms::signInFirst).handler(this::edit);
    router.post("/courses/:id/submit").handler(Forms::signInFirst).handler(ctx -> courses
        .submit(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .onSuccess(viewed -> Forms.redirect(ctx, "/courses/" + viewed.course().id())).onFailure(ctx::fail));
    router.post("/courses/:id/review").handler(Forms::signInFirst).handler(this::review);
    router.post("/courses/:id/lessons/:lessonId/complete").handler(Forms::signInFirst).handler(this::completeLesson);
    router.get("/courses/:id/lessons/:lessonId").handler(this::lesson);
  }

  /** The public courses that teach a showcase, for its page. */
  public static Future<JsonArray> teaching(CourseService courses, UUID showcaseId, String lang) {
    return courses.teaching(showcaseId).map(list -> new JsonArray(list.stream().map(course -> (Object) Map.of(
        "url", "/courses/" + course.id(), "title", course.published().title().in(lang),
        "lang", course.published().title().languageOf(lang),
        "languagesText", languages(course.published(), lang),
        "durationText", duration(course.published(), lang))).toList()));
  }

  private void list(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    CourseSearch search = CourseSearch.from(ctx.queryParams(), "language", 20);
    Future<List<Course>> written = courses.written(viewer);
    views.render(ctx, "course/list", courses.search(search).compose(results -> written.map(own -> {
      Map<String, Object> model = new HashMap<>();
      model.put("written", own.stream().map(course -> Map.of("url", "/courses/" + course.id(),
          "title", course.content().title().in(lang), "lang", course.content().title().languageOf(lang),
          "statusLabel", I18n.text(lang, "course.status." + course.status().code()),
          "editUrl", CourseService.privileged(course, viewer) && course.status() != CourseStatus.ARCHIVED
              ? "/courses/" + course.id() + "/edit/modules" : "")).toList());
      model.put("canWrite", CourseService.writes(viewer));
      model.put("results", results.items().stream().map(course -> card(course, course.published(), lang)).toList());
      model.put("total", results.total());
      model.put("q", search.text() == null ? "" : search.text());
      model.put("categories", options(Taxonomy.CATEGORIES, "category.", search.category(), lang));
      model.put("audiences", options(List.of("citizens", "professionals", "companies"), "course.audience.",
          search.audienceCode(), lang));
      model.put("languageOptions", options(I18n.LANGUAGES, "course.language.", search.language(), lang));
      String base = "/courses?" + Views.queryWithout(ctx, "page", "lang") + "page=";
      model.put("pager", search.paging().pager(results.total(), page -> base + page));
      return model;
    })));
  }

  /** Staff write the centre's own courses here, members of verified organisations their organisation's. */
  private void newForm(RoutingContext ctx) {
    if (!CourseService.writes(WebContext.viewer(ctx))) {
      ctx.fail(new Forbidden("Staff and members of verified organisations write courses"));
      return;
    }
    Map<String, Object> model = CourseForm.model(ctx, null, new JsonObject());
    model.put("organisations", CourseForm.organisations(WebContext.viewer(ctx), null));
    model.put("errors", Map.of());
    views.page(ctx, "course/form", model).onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    if (!CourseService.writes(viewer)) {
      ctx.fail(new Forbidden("Staff and members of verified organisations write courses"));
      return;
    }
    JsonObject body = CourseForm.body(ctx);
    String organisationId = viewer.staff() ? null : ctx.request().getFormAttribute("organisationId");
    if (organisationId != null) body.put("organisationId", organisationId);
    Map<String, Object> model = CourseForm.model(ctx, null, body);
    model.put("organisations", CourseForm.organisations(viewer, organisationId));
    Forms.submit(() -> courses.create(NewCourse.from(body), viewer),
        created -> Forms.redirect(ctx, "/courses/" + created.course().id()),
        err -> Forms.reshow(ctx, views, err, "course/form", "course.error", model));
  }

  private void editForm(RoutingContext ctx) {
    courses.find(Ids.path(ctx, "id"), WebContext.viewer(ctx)).onSuccess(viewed -> {
      if (!viewed.privileged()) {
        ctx.fail(new Forbidden("Only the organisation's members and staff may change its courses"));
        return;
      }
      Map<String, Object> model = CourseForm.model(ctx, viewed.course().id().toString(), viewed.course().content().stored());
      model.put("reviewComment", viewed.course().reviewComment());
      model.put("errors", Map.of());
      views.page(ctx, "course/form", model).onFailure(ctx::fail);
    }).onFailure(ctx::fail);
  }

  private void edit(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject body = CourseForm.body(ctx);
    JsonObject change = body.copy();
    for (String field : CourseForm.FIELDS) {
      if (!change.containsKey(field)) change.putNull(field);
    }
    Forms.submit(() -> courses.update(id, CourseChange.from(change), WebContext.viewer(ctx)),
        updated -> Forms.redirect(ctx, "/courses/" + id),
        err -> Forms.reshow(ctx, views, err, "course/form", "course.error", CourseForm.model(ctx, id.toString(), body)));
  }

  /** A learner marks a lesson read and goes on to the next one, or back to the course after the module's last. */
  private void completeLesson(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    UUID lessonId = Ids.path(ctx, "lessonId");
    Viewer viewer = WebContext.viewer(ctx);
    courses.completeLesson(id, lessonId, viewer).compose(done -> courses.find(id, viewer)).onSuccess(viewed -> {
      String next = viewed.lesson(lessonId).map(CourseService.Lesson::nextId).orElse(null);
      Forms.redirect(ctx, "/courses/" + id + (next == null ? "?read=" + lessonId : "/lessons/" + next));
    }).onFailure(ctx::fail);
  }

  private void review(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> courses.review(id, Review.from(form), WebContext.viewer(ctx)),
        reviewed -> Forms.redirect(ctx, "/courses/" + id),
        err -> Forms.reshow(ctx, views, err, "course/show", "course.error", () -> showModel(ctx)));
  }

  private void show(RoutingContext ctx) {
    views.render(ctx, "course/show", showModel(ctx));
  }

  private Future<Map<String, Object>> showModel(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    return courses.find(Ids.path(ctx, "id"), viewer).compose(viewed -> {
      CourseContent shown = viewed.shown();
      Map<String, Object> model = new HashMap<>();
      Map<String, Object> card = card(viewed.course(), shown, lang);
      card.put("showcaseLinks", viewed.showcases().stream().map(l -> Map.of("url", "/showcases/" + l.id(),
          "title", Localised.of(l.title()).in(lang))).toList());
      model.put("course", card);
      model.put("modules", modules(viewed.course().id(), shown, lang));
      if (viewed.privileged()) {
        Course course = viewed.course();
        CourseStatus status = course.status();
        model.put("manage", true);
        model.put("statusLabel", I18n.text(lang, "course.status." + status.code()));
        model.put("reviewComment", course.reviewComment());
        model.put("version", course.updatedAt().toString());
        model.put("canEdit", status != CourseStatus.ARCHIVED);
        model.put("canSubmit", CourseStatus.SUBMITTABLE.contains(status) && !course.centres());
        model.put("canReview", viewer.staff() && (status == CourseStatus.PENDING
            || course.centres() && CourseStatus.SUBMITTABLE.contains(status)));
      }
      return learner == null ? Future.succeededFuture(model) : learner.section(model, viewed.course(), viewer, lang);
    });
  }

  private void lesson(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    UUID lessonId = Ids.path(ctx, "lessonId");
    views.render(ctx, "course/lesson", courses.find(Ids.path(ctx, "id"), WebContext.viewer(ctx)).map(viewed -> {
      CourseService.Lesson found = viewed.lesson(lessonId).orElseThrow(() -> new NotFound("lesson", lessonId));
      String courseUrl = "/courses/" + viewed.course().id();
      JsonObject lesson = found.lesson();
      Localised title = Localised.of(lesson.getJsonObject("title"));
      Localised body = Localised.of(lesson.getJsonObject("body"));
      Localised module = Localised.of(found.module().getJsonObject("title"));
      Map<String, Object> model = new HashMap<>();
      model.put("courseUrl", courseUrl);
      model.put("completeUrl", courseUrl + "/lessons/" + lessonId + "/complete");
      model.put("signedIn", WebContext.viewer(ctx).signedIn());
      model.put("courseTitle", viewed.shown().title().in(lang));
      model.put("courseTitleLang", viewed.shown().title().languageOf(lang));
      model.put("moduleHeading", I18n.text(lang, "course.moduleNumber", found.moduleIndex() + 1));
      model.put("moduleTitle", module.in(lang));
      model.put("moduleTitleLang", module.languageOf(lang));
      model.put("title", title.in(lang));
      model.put("titleLang", title.languageOf(lang));
      model.put("body", body.in(lang));
      model.put("bodyLang", body.languageOf(lang));
      model.put("videoUrl", lesson.getString("videoUrl"));
      model.put("images", LessonImages.shown(viewed.course().id(), lesson, lang));
      model.put("links", CourseContent.objects(lesson.getJsonArray("links")).stream().map(link -> {
        Localised text = Localised.of(link.getJsonObject("title"));
        return Map.of("url", link.getString("url"), "title", text.in(lang), "lang", text.languageOf(lang));
      }).toList());
      if (found.previousId() != null) model.put("previousUrl", courseUrl + "/lessons/" + found.previousId());
      if (found.nextId() != null) model.put("nextUrl", courseUrl + "/lessons/" + found.nextId());
      return model;
    }));
  }

  /** A course in the catalogue or at the top of its page: its words, audience, languages and length in the reader's language. */
  private static Map<String, Object> card(Course course, CourseContent shown, String lang) {
    Map<String, Object> card = new HashMap<>();
    card.put("id", course.id().toString());
    card.put("title", shown.title().in(lang));
    card.put("titleLang", shown.title().languageOf(lang));
    card.put("summary", shown.summary().in(lang));
    card.put("summaryLang", shown.summary().languageOf(lang));
    card.put("audienceLabel", I18n.text(lang, "course.audience." + shown.audience().code()));
    card.put("categoryLabels", shown.strings("categories").stream().map(c -> I18n.text(lang, "category." + c)).toList());
    card.put("languagesText", languages(shown, lang));
    card.put("durationText", duration(shown, lang));
    card.put("moduleCount", I18n.text(lang, "course.modules", shown.modules().size()));
    card.put("by", course.organisationName() != null ? course.organisationName() : I18n.text(lang, "library.centre"));
    return card;
  }

  private static List<Map<String, Object>> modules(UUID courseId, CourseContent shown, String lang) {
    List<Map<String, Object>> modules = new ArrayList<>();
    List<JsonObject> stored = shown.modules();
    for (int m = 0; m < stored.size(); m++) {
      JsonObject module = stored.get(m);
      Localised title = Localised.of(module.getJsonObject("title"));
      JsonObject quiz = module.getJsonObject("quiz", new JsonObject());
      int questions = CourseContent.objects(quiz.getJsonArray("questions")).size();
      Map<String, Object> shownModule = new HashMap<>();
      shownModule.put("id", module.getString("id"));
      shownModule.put("heading", I18n.text(lang, "course.moduleNumber", m + 1));
      shownModule.put("title", title.in(lang));
      shownModule.put("lang", title.languageOf(lang));
      shownModule.put("lessons", CourseContent.objects(module.getJsonArray("lessons")).stream().map(lesson -> {
        Localised text = Localised.of(lesson.getJsonObject("title"));
        return Map.of("id", lesson.getString("id"), "url", "/courses/" + courseId + "/lessons/" + lesson.getString("id"),
            "title", text.in(lang), "lang", text.languageOf(lang));
      }).toList());
      shownModule.put("quizText", I18n.text(lang, "course.quiz", questions, quiz.getInteger("passMark", 0)));
      modules.add(shownModule);
    }
    return modules;
  }

  /** The languages a course is offered in, named in the reader's language ("suomi, ruotsi"). */
  static String languages(CourseContent shown, String lang) {
    return String.join(", ", shown.strings("languages").stream().map(l -> I18n.text(lang, "course.language." + l)).toList());
  }

  static String duration(CourseContent shown, String lang) {
    int minutes = shown.durationMinutes();
    return minutes < 90 ? I18n.text(lang, "course.minutes", minutes)
        : I18n.text(lang, "course.hours", Math.round(minutes / 60.0 * 2) / 2.0);
  }

  private static List<Map<String, Object>> options(List<String> codes, String prefix, String selected, String lang) {
    return codes.stream().map(code -> Map.<String, Object>of("value", code, "label", I18n.text(lang, prefix + code),
        "selected", code.equals(selected))).toList();
  }
}
