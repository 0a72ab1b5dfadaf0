package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * The learner's pages: a module's quiz (radio buttons, graded on the server, the result shown
 * after a redirect), and on the course page where the learner stands, the completion, its
 * certificate and the choice to share it. The quiz's answers are never in the page.
 */
public final class LearnerPages {
  private final LearnerService learners;
  private final Views views;

  public LearnerPages(LearnerService learners, Views views) {
    this.learners = learners;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/courses/:id/modules/:moduleId/quiz").handler(this::quiz);
    router.post("/courses/:id/modules/:moduleId/quiz").handler(Forms::signInFirst).handler(this::attempt);
    router.post("/courses/:id/completion/sharing").handler(Forms::signInFirst).handler(this::share);
  }

  private static String quizUrl(UUID courseId, Object moduleId) {
    return "/courses/" + courseId + "/modules/" + moduleId + "/quiz";
  }

  private void quiz(RoutingContext ctx) {
    UUID courseId = Ids.path(ctx, "id");
    UUID moduleId = Ids.path(ctx, "moduleId");
    Viewer viewer = WebContext.viewer(ctx);
    views.render(ctx, "course/quiz", learners.quiz(courseId, moduleId).compose(taking -> learners
        .latest(courseId, moduleId, viewer).map(latest -> quizModel(ctx, taking, latest, Map.of(), Map.of()))));
  }

  /** The form's radio buttons ({@code q_<question id>} → option index) as the API's answers; an unanswered question is named. */
  private void attempt(RoutingContext ctx) {
    UUID courseId = Ids.path(ctx, "id");
    UUID moduleId = Ids.path(ctx, "moduleId");
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    learners.quiz(courseId, moduleId).onFailure(ctx::fail).onSuccess(taking -> {
      Map<String, Integer> chosen = new HashMap<>();
      FieldErrors errors = new FieldErrors();
      JsonObject answers = new JsonObject();
      for (JsonObject question : taking.quiz().questions()) {
        String field = "q_" + question.getString("id");
        String value = ctx.request().getFormAttribute(field);
        int options = CourseContent.objects(question.getJsonArray("options")).size();
        Integer index = value != null && value.matches("[0-9]{1,2}") ? Integer.valueOf(value) : null;
        if (index == null || index >= options) {
          errors.add(field, I18n.text(lang, "course.quizPick"));
        } else {
          chosen.put(question.getString("id"), index);
          answers.put(question.getString("id"), index);
        }
      }
      Forms.submit(() -> {
        errors.throwIfAny();
        return learners.attempt(courseId, moduleId, QuizAnswers.from(new JsonObject().put("answers", answers)), viewer, lang);
      }, result -> Forms.redirect(ctx, quizUrl(courseId, moduleId) + "?tried=1#result"),
          err -> Forms.reshow(ctx, views, err, "course/quiz", "course.quizError",
              quizModel(ctx, taking, Optional.empty(), chosen, Forms.fieldErrors(err, lang, "course.quizError"))));
    });
  }

  private void share(RoutingContext ctx) {
    UUID courseId = Ids.path(ctx, "id");
    boolean share = "true".equals(ctx.request().getFormAttribute("share"));
    learners.share(courseId, share, WebContext.viewer(ctx))
        .onSuccess(done -> Forms.redirect(ctx, "/courses/" + courseId + "?shared=" + share + "#completion"))
        .onFailure(ctx::fail);
  }

  private Map<String, Object> quizModel(RoutingContext ctx, LearnerService.Taking taking, Optional<LearnerRepository.Attempt> latest,
                                        Map<String, Integer> chosen, Map<String, Object> errors) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    Course course = taking.course();
    CourseContent shown = course.published();
    JsonObject module = taking.quiz().module();
    int number = shown.modules().indexOf(module) + 1;
    Localised moduleTitle = Localised.of(module.getJsonObject("title"));
    String courseUrl = "/courses/" + course.id();
    String url = quizUrl(course.id(), module.getString("id"));
    Map<String, Object> model = new HashMap<>();
    model.put("courseUrl", courseUrl);
    model.put("courseTitle", shown.title().in(lang));
    model.put("courseTitleLang", shown.title().languageOf(lang));
    model.put("moduleHeading", I18n.text(lang, "course.moduleNumber", number));
    model.put("moduleTitle", moduleTitle.in(lang));
    model.put("moduleTitleLang", moduleTitle.languageOf(lang));
    model.put("quizUrl", url);
    model.put("passMarkText", I18n.text(lang, "course.quizPassMark", taking.quiz().passMark()));
    model.put("signedIn", viewer.signedIn());
    model.put("signInUrl", "/login?next=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
    latest.ifPresent(attempt -> {
      model.put("result", true);
      model.put("passed", attempt.passed());
      model.put("resultText", I18n.text(lang, attempt.passed() ? "course.quizPassed" : "course.quizFailed"));
      model.put("scoreText", I18n.text(lang, "course.quizScore", attempt.score(), taking.quiz().passMark()));
      model.put("fresh", ctx.queryParams().contains("tried"));
    });
    List<Map<String, Object>> questions = new ArrayList<>();
    List<JsonObject> asked = taking.quiz().questions();
    for (int q = 0; q < asked.size(); q++) {
      JsonObject question = asked.get(q);
      String field = "q_" + question.getString("id");
      Localised text = Localised.of(question.getJsonObject("text"));
      List<Map<String, Object>> options = new ArrayList<>();
      List<JsonObject> stored = CourseContent.objects(question.getJsonArray("options"));
      for (int o = 0; o < stored.size(); o++) {
        Localised option = Localised.of(stored.get(o));
        options.add(Map.of("id", field + "-" + o, "name", field, "value", String.valueOf(o), "text", option.in(lang),
            "lang", option.languageOf(lang), "checked", Integer.valueOf(o).equals(chosen.get(question.getString("id")))));
      }
      Map<String, Object> shownQuestion = new HashMap<>(Map.of("field", field, "number", q + 1, "text", text.in(lang),
          "lang", text.languageOf(lang), "options", options));
      if (errors.containsKey(field)) shownQuestion.put("error", errors.get(field));
      questions.add(shownQuestion);
    }
    model.put("questions", questions);
    return model;
  }

  /**
   * Adds to a course page's model where the viewer stands: per module the lessons read, the quiz's
   * state and a link to it; for the course the modules complete and, once complete, the date, the
   * certificate's links and the sharing form. A visitor is asked to sign in.
   */
  @SuppressWarnings("unchecked")
  public Future<Map<String, Object>> section(Map<String, Object> model, Course course, Viewer viewer, String lang) {
    if (!course.isPublic()) return Future.succeededFuture(model);
    model.put("learning", true);
    model.put("signInUrl", "/login?next=" + URLEncoder.encode("/courses/" + course.id(), StandardCharsets.UTF_8));
    return learners.standing(course.id(), viewer).map(standing -> {
      List<Map<String, Object>> modules = (List<Map<String, Object>>) model.get("modules");
      int read = 0;
      int lessons = 0;
      int complete = 0;
      for (Map<String, Object> module : modules) {
        String id = (String) module.get("id");
        List<Map<String, Object>> its = (List<Map<String, Object>>) module.get("lessons");
        long done = its.stream().filter(l -> standing.read((String) l.get("id"))).count();
        read += (int) done;
        lessons += its.size();
        module.put("quizUrl", quizUrl(course.id(), id));
        if (!viewer.signedIn()) continue;
        module.put("lessons", its.stream().map(l -> {
          Map<String, Object> lesson = new HashMap<>(l);
          lesson.put("read", standing.read((String) l.get("id")));
          return lesson;
        }).toList());
        if (standing.passed(id)) complete++;
        module.put("complete", standing.passed(id));
        module.put("lessonsReadText", I18n.text(lang, "course.lessonsRead", done, its.size()));
        Integer best = standing.best(id);
        module.put("quizState", best == null ? I18n.text(lang, "course.quizNotTried")
            : I18n.text(lang, standing.passed(id) ? "course.quizStatePassed" : "course.quizStateFailed", best));
      }
      if (!viewer.signedIn()) return model;
      model.put("learner", true);
      model.put("lessonsReadText", I18n.text(lang, "course.lessonsRead", read, lessons));
      model.put("modulesCompleteText", I18n.text(lang, "course.modulesComplete", complete, modules.size()));
      standing.completion().ifPresent(completion -> {
        model.put("completedText", I18n.text(lang, "course.completedOn", Times.shown(completion.completedAt(), viewer.zone(), lang)));
        model.put("certificatePdf", "/api/v1/courses/" + course.id() + "/certificate.pdf");
        model.put("certificateUrl", "/certificates/" + completion.certificateCode());
        model.put("shared", completion.shared());
      });
      return model;
    });
  }
}
