package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.course.CourseRequirementRepository.Choice;
import org.ntc.hub.course.CourseRequirements.Kind;
import org.ntc.hub.course.CourseRequirements.Required;
import org.ntc.hub.course.CourseRequirements.Shown;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.PageSection;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/**
 * "Courses your staff should complete" on a pilot's and an adoption record's page: the list for
 * whoever sees the page, the counts for the organisation's admins and staff, and the form with
 * which those who may change the pilot or record tick the courses.
 */
public final class CourseRequirementPages {
  private final CourseRequirements requirements;

  public CourseRequirementPages(CourseRequirements requirements) {
    this.requirements = requirements;
  }

  public void mount(Router router) {
    router.post("/pilots/:id/courses").handler(Forms::signInFirst).handler(ctx -> save(ctx, Kind.PILOT));
    router.post("/adoptions/:id/courses").handler(Forms::signInFirst).handler(ctx -> save(ctx, Kind.ADOPTION));
  }

  /**
   * The form has only checkboxes, so a refusal (a course unpublished meanwhile, too many ticked)
   * comes back to the page as a notice above the form, the list unchanged.
   */
  private void save(RoutingContext ctx, Kind kind) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    JsonObject body = Forms.json(ctx, Set.of("courseIds"));
    if (!body.containsKey("courseIds")) body.put("courseIds", new JsonArray());
    String back = kind.page(id) + "?courses=";
    Forms.submit(() -> requirements.replace(kind, id, RequiredCourses.from(body), viewer),
        saved -> Forms.redirect(ctx, back + "saved#courses"),
        err -> {
          int status = Forms.status(err);
          if (Forms.shownOnForm(err) && status != 401 && status != 403 && status != 404) Forms.redirect(ctx, back + "refused#courses");
          else ctx.fail(err);
        });
  }

  /** The section of the pilot's or record's page; left out for readers when no course is named. */
  public PageSection section(Kind kind) {
    return (id, viewer, lang, query) -> requirements.of(kind, id, viewer).compose(shown -> {
      if (shown.holder().mayEdit()) return requirements.choices(shown).map(choices -> model(kind, shown, choices, lang, query));
      return Future.succeededFuture(shown.courses().isEmpty() ? null : model(kind, shown, List.of(), lang, query));
    });
  }

  private static Map<String, Object> model(Kind kind, Shown shown, List<Choice> choices, String lang, MultiMap query) {
    Map<String, Object> model = new HashMap<>();
    model.put("action", kind.page(shown.holder().id()) + "/courses");
    model.put("items", shown.courses().stream().map(r -> item(r, lang, shown.signedIn())).toList());
    model.put("none", shown.courses().isEmpty());
    model.put("seesCounts", shown.seesCounts());
    if (shown.seesCounts()) model.put("countsLead", I18n.text(lang, "courseRequirement.countsLead", shown.holder().organisationName()));
    model.put("mayEdit", shown.holder().mayEdit());
    List<UUID> required = shown.courseIds();
    model.put("choices", choices.stream().map(c -> choice(c, required.contains(c.course().id()), lang)).toList());
    model.put("max", RequiredCourses.MAX);
    String notice = query.get("courses");
    model.put("saved", "saved".equals(notice));
    model.put("refused", "refused".equals(notice));
    return model;
  }

  private static Map<String, Object> item(Required required, String lang, boolean signedIn) {
    CourseContent shown = required.course().published();
    Map<String, Object> item = new HashMap<>();
    item.put("url", "/courses/" + required.course().id());
    item.put("title", shown.title().in(lang));
    item.put("lang", shown.title().languageOf(lang));
    item.put("languagesText", CoursePages.languages(shown, lang));
    item.put("durationText", CoursePages.duration(shown, lang));
    item.put("mine", signedIn && required.completedByMe());
    CourseRequirements.Completion completion = required.completion();
    if (completion != null) {
      item.put("countText", I18n.text(lang, "courseRequirement.count", completion.completed(), completion.members()));
      if (!completion.sharedNames().isEmpty()) item.put("names", String.join(", ", completion.sharedNames()));
      if (completion.unnamed() > 0) {
        item.put("unnamedText", I18n.text(lang, completion.sharedNames().isEmpty() ? "courseRequirement.noneNamed"
            : "courseRequirement.unnamed", completion.unnamed()));
      }
    }
    return item;
  }

  private static Map<String, Object> choice(Choice choice, boolean checked, String lang) {
    CourseContent shown = choice.course().published();
    Map<String, Object> item = new HashMap<>();
    item.put("id", choice.course().id().toString());
    item.put("title", shown.title().in(lang));
    item.put("lang", shown.title().languageOf(lang));
    item.put("durationText", CoursePages.duration(shown, lang));
    item.put("teaches", choice.teaches());
    item.put("checked", checked);
    return item;
  }
}
