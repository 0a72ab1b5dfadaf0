package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.platform.Views;

/**
 * The course editor's pages, for those who may change a course: its modules in order, a module's
 * lessons and quiz, a lesson, a question. Every change goes through {@link CourseService#editModules},
 * so it is checked as the API checks it and a published course's edit waits for review.
 */
public final class CourseEditorPages {
  private static final String BASE = "/courses/:id/edit";
  private final CourseService courses;
  private final Views views;

  public CourseEditorPages(CourseService courses, Views views) {
    this.courses = courses;
    this.views = views;
  }

  public void mount(Router router) {
    router.get(BASE + "/modules").handler(Forms::signInFirst).handler(ctx -> show(ctx, "course/outline", v -> outline(ctx, v)));
    router.post(BASE + "/modules").handler(Forms::signInFirst).handler(this::addModule);
    router.post(BASE + "/submit").handler(Forms::signInFirst).handler(this::submit);
    router.get(BASE + "/modules/:moduleId").handler(Forms::signInFirst).handler(ctx -> show(ctx, "course/module", v -> module(ctx, v)));
    router.post(BASE + "/modules/:moduleId").handler(Forms::signInFirst).handler(ctx -> change(ctx, "course/module",
        CourseOutline.renameModule(path(ctx, "moduleId"), CourseEditorForms.title(ctx)), v -> module(ctx, v), moduleUrl(ctx)));
    router.post(BASE + "/modules/:moduleId/move").handler(Forms::signInFirst).handler(ctx -> change(ctx, "course/outline",
        CourseOutline.moveModule(path(ctx, "moduleId"), CourseEditorForms.up(ctx)), v -> outline(ctx, v), outlineUrl(ctx)));
    router.post(BASE + "/modules/:moduleId/remove").handler(Forms::signInFirst).handler(ctx -> change(ctx, "course/outline",
        CourseOutline.removeModule(path(ctx, "moduleId")), v -> outline(ctx, v), outlineUrl(ctx)));
    router.post(BASE + "/modules/:moduleId/quiz").handler(Forms::signInFirst).handler(ctx -> change(ctx, "course/module",
        CourseOutline.passMark(path(ctx, "moduleId"), CourseEditorForms.passMark(ctx)), v -> module(ctx, v), moduleUrl(ctx)));
    router.get(BASE + "/modules/:moduleId/lessons/new").handler(Forms::signInFirst)
        .handler(ctx -> show(ctx, "course/lesson-form", v -> lessonPage(ctx, v, new JsonObject())));
    router.post(BASE + "/modules/:moduleId/lessons/new").handler(Forms::signInFirst).handler(this::addLesson);
    router.get(BASE + "/lessons/:lessonId").handler(Forms::signInFirst).handler(ctx -> show(ctx, "course/lesson-form",
        v -> lessonPage(ctx, v, CourseOutline.lesson(modules(v), path(ctx, "lessonId")).item())));
    router.post(BASE + "/lessons/:lessonId").handler(Forms::signInFirst).handler(this::editLesson);
    router.post(BASE + "/lessons/:lessonId/move").handler(Forms::signInFirst).handler(ctx -> change(ctx, "course/outline",
        CourseOutline.moveLesson(path(ctx, "lessonId"), CourseEditorForms.up(ctx)), v -> outline(ctx, v), null));
    router.post(BASE + "/lessons/:lessonId/remove").handler(Forms::signInFirst).handler(ctx -> change(ctx, "course/outline",
        CourseOutline.removeLesson(path(ctx, "lessonId")), v -> outline(ctx, v), null));
    router.get(BASE + "/modules/:moduleId/questions/new").handler(Forms::signInFirst)
        .handler(ctx -> show(ctx, "course/question-form", v -> questionPage(ctx, v, new JsonObject())));
    router.post(BASE + "/modules/:moduleId/questions/new").handler(Forms::signInFirst).handler(this::addQuestion);
    router.get(BASE + "/questions/:questionId").handler(Forms::signInFirst).handler(ctx -> show(ctx, "course/question-form",
        v -> questionPage(ctx, v, CourseOutline.question(modules(v), path(ctx, "questionId")).item())));
    router.post(BASE + "/questions/:questionId").handler(Forms::signInFirst).handler(this::editQuestion);
    router.post(BASE + "/questions/:questionId/remove").handler(Forms::signInFirst).handler(ctx -> change(ctx, "course/outline",
        CourseOutline.removeQuestion(path(ctx, "questionId")), v -> outline(ctx, v), null));
  }

  private void addModule(RoutingContext ctx) {
    String moduleId = UUID.randomUUID().toString();
    Object title = CourseEditorForms.title(ctx);
    change(ctx, "course/outline", CourseOutline.addModule(moduleId, title), v -> withForm(outline(ctx, v), "titleInputs",
        CourseEditorForms.inputs("title", title, CourseEditorForms.lang(ctx))), outlineUrl(ctx) + "/" + moduleId);
  }

  private void addLesson(RoutingContext ctx) {
    JsonObject lesson = CourseEditorForms.lesson(ctx).put("id", UUID.randomUUID().toString());
    change(ctx, "course/lesson-form", CourseOutline.addLesson(path(ctx, "moduleId"), lesson),
        v -> lessonPage(ctx, v, lesson), moduleUrl(ctx));
  }

  private void editLesson(RoutingContext ctx) {
    JsonObject lesson = CourseEditorForms.lesson(ctx);
    change(ctx, "course/lesson-form", CourseOutline.replaceLesson(path(ctx, "lessonId"), lesson),
        v -> lessonPage(ctx, v, lesson), null);
  }

  private void addQuestion(RoutingContext ctx) {
    JsonObject question = CourseEditorForms.question(ctx).put("id", UUID.randomUUID().toString());
    change(ctx, "course/question-form", CourseOutline.addQuestion(path(ctx, "moduleId"), question),
        v -> questionPage(ctx, v, question), moduleUrl(ctx));
  }

  private void editQuestion(RoutingContext ctx) {
    JsonObject question = CourseEditorForms.question(ctx);
    change(ctx, "course/question-form", CourseOutline.replaceQuestion(path(ctx, "questionId"), question),
        v -> questionPage(ctx, v, question), null);
  }

  private void submit(RoutingContext ctx) {
    UUID id = path(ctx, "id");
    Forms.submit(() -> courses.submit(id, WebContext.viewer(ctx)), done -> Forms.redirect(ctx, outlineUrl(ctx) + "?submitted=1"),
        err -> Forms.reshow(ctx, views, CourseEditorForms.onForm(err), "course/outline", "course.editor.error",
            () -> editable(ctx).map(v -> outline(ctx, v))));
  }

  /** A page of the editor, for those who may change the course only. */
  private void show(RoutingContext ctx, String template, Function<CourseService.Viewed, Map<String, Object>> model) {
    views.render(ctx, template, editable(ctx).map(model));
  }

  /**
   * Makes one change and goes back to where it was asked ({@code next}; null: the changed item's
   * module), or shows the form again with the refusal, nothing stored.
   */
  private void change(RoutingContext ctx, String template, UnaryOperator<JsonArray> edit,
                      Function<CourseService.Viewed, Map<String, Object>> model, String next) {
    UUID id = path(ctx, "id");
    Forms.submit(() -> courses.editModules(id, edit, WebContext.viewer(ctx)),
        edited -> Forms.redirect(ctx, next != null ? next : itemModuleUrl(ctx, edited)),
        err -> Forms.reshow(ctx, views, CourseEditorForms.onForm(err), template, "course.editor.error",
            () -> editable(ctx).map(model)));
  }

  private Future<CourseService.Viewed> editable(RoutingContext ctx) {
    return courses.find(path(ctx, "id"), WebContext.viewer(ctx)).map(viewed -> {
      if (!viewed.privileged() || viewed.course().status() == CourseStatus.ARCHIVED) {
        throw new Forbidden("Only the organisation's members and staff may change its courses");
      }
      return viewed;
    });
  }

  /** The course's modules in order, with what each holds, and the course's state. */
  private Map<String, Object> outline(RoutingContext ctx, CourseService.Viewed viewed) {
    String lang = CourseEditorForms.lang(ctx);
    Course course = viewed.course();
    Map<String, Object> model = common(ctx, viewed);
    List<JsonObject> modules = course.content().modules();
    model.put("modules", java.util.stream.IntStream.range(0, modules.size()).mapToObj(m -> {
      JsonObject module = modules.get(m);
      Localised title = Localised.of(module.getJsonObject("title"));
      int lessons = CourseContent.objects(module.getJsonArray("lessons")).size();
      int questions = CourseContent.objects(module.getJsonObject("quiz", new JsonObject()).getJsonArray("questions")).size();
      return Map.<String, Object>of("id", module.getString("id"), "heading", I18n.text(lang, "course.moduleNumber", m + 1),
          "title", title.in(lang), "lang", title.languageOf(lang), "first", m == 0, "last", m == modules.size() - 1,
          "contents", I18n.text(lang, "course.editor.contents", lessons, questions));
    }).toList());
    model.put("titleInputs", CourseEditorForms.inputs("title", null, lang));
    model.put("submitted", ctx.request().getParam("submitted") != null);
    model.put("statusLabel", I18n.text(lang, "course.status." + course.status().code()));
    model.put("reviewComment", course.reviewComment());
    model.put("canSubmit", CourseStatus.SUBMITTABLE.contains(course.status()) && !course.centres());
    return model;
  }

  /** A module: its title, its lessons in order, its quiz's pass mark and questions. */
  private Map<String, Object> module(RoutingContext ctx, CourseService.Viewed viewed) {
    String lang = CourseEditorForms.lang(ctx);
    Map<String, Object> model = common(ctx, viewed);
    JsonObject module = CourseOutline.module(modules(viewed), path(ctx, "moduleId"));
    model.put("moduleId", module.getString("id"));
    model.put("moduleTitle", Localised.of(module.getJsonObject("title")).in(lang));
    model.put("titleInputs", CourseEditorForms.inputs("title", module.getValue("title"), lang));
    List<JsonObject> lessons = CourseContent.objects(module.getJsonArray("lessons"));
    model.put("lessons", java.util.stream.IntStream.range(0, lessons.size()).mapToObj(l -> {
      Localised title = Localised.of(lessons.get(l).getJsonObject("title"));
      return Map.<String, Object>of("id", lessons.get(l).getString("id"), "title", title.in(lang), "lang", title.languageOf(lang),
          "first", l == 0, "last", l == lessons.size() - 1);
    }).toList());
    JsonObject quiz = module.getJsonObject("quiz", new JsonObject());
    Object mark = ctx.request().method().name().equals("POST") && ctx.request().getFormAttribute("passMark") != null
        ? ctx.request().getFormAttribute("passMark") : quiz.getValue("passMark");
    model.put("passMark", mark == null ? "" : String.valueOf(mark));
    model.put("questions", CourseContent.objects(quiz.getJsonArray("questions")).stream().map(q -> {
      Localised text = Localised.of(q.getJsonObject("text"));
      return Map.<String, Object>of("id", q.getString("id"), "text", text.in(lang), "lang", text.languageOf(lang));
    }).toList());
    if (ctx.request().method().name().equals("POST") && ctx.request().getFormAttribute("title_fi") != null) {
      model.put("titleInputs", CourseEditorForms.inputs("title", CourseEditorForms.title(ctx), lang));
    }
    return model;
  }

  /** The editor of the lesson the request names, as a form refused on it shows it again. */
  public Future<Map<String, Object>> lessonEditor(RoutingContext ctx) {
    return editable(ctx).map(v -> lessonPage(ctx, v, CourseOutline.lesson(modules(v), path(ctx, "lessonId")).item()));
  }

  private Map<String, Object> lessonPage(RoutingContext ctx, CourseService.Viewed viewed, JsonObject lesson) {
    Map<String, Object> model = common(ctx, viewed);
    if (ctx.pathParam("lessonId") != null) {
      JsonObject stored = CourseOutline.lesson(modules(viewed), path(ctx, "lessonId")).item();
      List<Map<String, Object>> images = LessonImages.shown(viewed.course().id(), stored, CourseEditorForms.lang(ctx));
      model.put("images", images);
      model.put("canAddImage", images.size() < LessonImages.MAX_PER_LESSON);
      model.put("imageAction", "/courses/" + viewed.course().id() + "/edit/lessons/" + ctx.pathParam("lessonId") + "/images");
      model.put("imageAdded", "added".equals(ctx.request().getParam("image")));
      model.put("imageRemoved", "removed".equals(ctx.request().getParam("image")));
      model.putIfAbsent("newAlt", "");
    }
    model.putAll(CourseEditorForms.lessonModel(lesson, CourseEditorForms.lang(ctx)));
    return inModule(ctx, viewed, model, "lesson", CourseOutline::lesson);
  }

  private Map<String, Object> questionPage(RoutingContext ctx, CourseService.Viewed viewed, JsonObject question) {
    Map<String, Object> model = common(ctx, viewed);
    model.putAll(CourseEditorForms.questionModel(question, CourseEditorForms.lang(ctx)));
    return inModule(ctx, viewed, model, "question", CourseOutline::question);
  }

  /**
   * Where a lesson's or question's form belongs: the module it is in (or, for a new one, the module
   * the address names) and where the form posts to.
   */
  private static Map<String, Object> inModule(RoutingContext ctx, CourseService.Viewed viewed, Map<String, Object> model,
                                              String part, BiFunction<JsonArray, UUID, CourseOutline.Place> find) {
    String partId = ctx.pathParam(part + "Id");
    JsonObject module = partId != null ? find.apply(modules(viewed), path(ctx, part + "Id")).module()
        : CourseOutline.module(modules(viewed), path(ctx, "moduleId"));
    String editor = "/courses/" + viewed.course().id() + "/edit/";
    model.put("moduleId", module.getString("id"));
    model.put("action", partId != null ? editor + part + "s/" + partId : editor + "modules/" + module.getString("id") + "/" + part + "s/new");
    model.put("isNew", partId == null);
    return model;
  }

  private static Map<String, Object> common(RoutingContext ctx, CourseService.Viewed viewed) {
    String lang = CourseEditorForms.lang(ctx);
    CourseContent content = viewed.course().content();
    Map<String, Object> model = new HashMap<>();
    model.put("id", viewed.course().id().toString());
    model.put("courseTitle", content.title().in(lang));
    model.put("courseTitleLang", content.title().languageOf(lang));
    model.put("errors", Map.of());
    return model;
  }

  private static Map<String, Object> withForm(Map<String, Object> model, String key, Object value) {
    model.put(key, value);
    return model;
  }

  private static JsonArray modules(CourseService.Viewed viewed) {
    return viewed.course().content().stored().getJsonArray("modules", new JsonArray());
  }

  /** The module that holds the lesson or question just changed or removed, or the outline when it is gone. */
  private static String itemModuleUrl(RoutingContext ctx, CourseService.Viewed edited) {
    String moduleId = ctx.request().getFormAttribute("moduleId");
    if (moduleId != null && moduleId.matches("[0-9a-fA-F-]{36}")) return outlineUrl(ctx) + "/" + moduleId;
    return outlineUrl(ctx);
  }

  private static String outlineUrl(RoutingContext ctx) {
    return "/courses/" + path(ctx, "id") + "/edit/modules";
  }

  private static String moduleUrl(RoutingContext ctx) {
    return outlineUrl(ctx) + "/" + path(ctx, "moduleId");
  }

  private static UUID path(RoutingContext ctx, String name) {
    return Ids.path(ctx, name);
  }
}
