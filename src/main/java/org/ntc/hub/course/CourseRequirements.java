package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ntc.hub.course.CourseRequirementRepository.Choice;
import org.ntc.hub.course.CourseRequirementRepository.Completed;
import org.ntc.hub.course.CourseRequirementRepository.Listed;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Viewer;

/**
 * "Before adopting X, take Y": a pilot or an adoption record names the published courses its
 * organisation's staff should complete. Whoever may change the pilot or the record names them;
 * whoever may see it sees the list. The organisation's admins and staff also see how many of its
 * members completed each course, with the names of only those who agreed to share them.
 */
public final class CourseRequirements {
  /** What names the courses, with the column of {@code course_requirement} that points at it. */
  public enum Kind {
    PILOT("pilot_id", "/pilots/"), ADOPTION("adoption_id", "/adoptions/");

    private final String column;
    private final String page;

    Kind(String column, String page) {
      this.column = column;
      this.page = page;
    }

    String column() {
      return column;
    }

    /** The page of the pilot or record: {@code /pilots/{id}}. */
    public String page(UUID id) {
      return page + id;
    }
  }

  /**
   * A pilot or an adoption record as far as its courses are concerned: the showcase it is about, the
   * organisation whose staff should take them, and whether this viewer may change the list.
   */
  public record Holder(UUID id, UUID showcaseId, UUID organisationId, String organisationName, boolean mayEdit) {}

  /** Finds a pilot or a record as the viewer may see it; fails with {@link NotFound} when they may not. */
  public interface Holders {
    Future<Holder> of(UUID id, Viewer viewer);
  }

  /** How many of the organisation's members completed a course, and the names of those who share them. */
  public record Completion(long completed, long members, List<String> sharedNames) {
    public long unnamed() {
      return completed - sharedNames.size();
    }

    JsonObject toJson() {
      return new JsonObject().put("completed", completed).put("members", members).put("sharedNames", new JsonArray(sharedNames));
    }
  }

  /** One required course; {@code completion} only for those who see counts, else null. */
  public record Required(Course course, boolean completedByMe, Completion completion) {
    JsonObject toJson(String lang, boolean signedIn) {
      CourseContent shown = course.published();
      JsonObject json = new JsonObject().put("id", course.id().toString()).put("title", shown.title().in(lang))
          .put("languages", new JsonArray(shown.strings("languages"))).put("durationMinutes", shown.durationMinutes());
      if (signedIn) json.put("completedByMe", completedByMe);
      if (completion != null) json.put("completion", completion.toJson());
      return json;
    }
  }

  /** The list as a viewer sees it. */
  public record Shown(Holder holder, List<Required> courses, boolean seesCounts, boolean signedIn) {
    public JsonObject toJson(String lang) {
      JsonObject json = new JsonObject().put("courses", new JsonArray(courses.stream().map(r -> r.toJson(lang, signedIn)).toList()))
          .put("mayEdit", holder.mayEdit());
      if (seesCounts) json.put("organisation", new JsonObject().put("id", holder.organisationId().toString())
          .put("name", holder.organisationName()));
      return json;
    }

    List<UUID> courseIds() {
      return courses.stream().map(r -> r.course().id()).toList();
    }
  }

  private final CourseRequirementRepository requirements;
  private final Map<Kind, Holders> holders = new EnumMap<>(Kind.class);

  public CourseRequirements(CourseRequirementRepository requirements) {
    this.requirements = requirements;
  }

  /** The feature that keeps pilots (or adoption records) says who sees and who changes each. */
  public CourseRequirements holders(Kind kind, Holders found) {
    holders.put(kind, found);
    return this;
  }

  /** The admins of the organisation whose staff should take the courses, and contact-point staff. */
  static boolean seesCounts(Holder holder, Viewer viewer) {
    return viewer.staff() || (holder.organisationId() != null && viewer.adminOf(holder.organisationId()));
  }

  /** The published courses the pilot or record names, as this viewer may see them. */
  public Future<Shown> of(Kind kind, UUID id, Viewer viewer) {
    return holder(kind, id, viewer).compose(holder -> shown(kind, holder, viewer));
  }

  /**
   * Replaces the whole set. Every id must name a published course, or nothing changes (400 naming each that does not);
   * only those who may change the pilot or record may (403), and one they cannot see is not found.
   */
  public Future<Shown> replace(Kind kind, UUID id, RequiredCourses change, Viewer viewer) {
    viewer.requireSignedIn();
    return holder(kind, id, viewer).compose(holder -> {
      if (!holder.mayEdit()) return Future.failedFuture(new Forbidden("Only those who may change it name its courses"));
      return requirements.publicAmong(change.courseIds()).compose(found -> {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < change.courseIds().size(); i++) {
          if (!found.contains(change.courseIds().get(i))) errors.add("courseIds." + i, "must be a published course");
        }
        errors.throwIfAny();
        return requirements.replace(kind, id, change.courseIds(), viewer.id());
      }).compose(done -> shown(kind, holder, viewer));
    });
  }

  /** The published courses an editor picks from: those already named, then those teaching the showcase, then the newest. */
  Future<List<Choice>> choices(Shown shown) {
    return requirements.choices(shown.holder().showcaseId(), shown.courseIds());
  }

  private Future<Holder> holder(Kind kind, UUID id, Viewer viewer) {
    Holders found = holders.get(kind);
    if (found == null) return Future.failedFuture(new NotFound(kind.name().toLowerCase(), id));
    return found.of(id, viewer);
  }

  private Future<Shown> shown(Kind kind, Holder holder, Viewer viewer) {
    boolean counts = seesCounts(holder, viewer);
    return requirements.required(kind, holder.id(), viewer.id()).compose(listed -> {
      if (!counts || listed.isEmpty()) {
        return Future.succeededFuture(new Shown(holder, listed.stream().map(l -> new Required(l.course(), l.mine(), null)).toList(),
            counts, viewer.signedIn()));
      }
      List<UUID> ids = listed.stream().map(l -> l.course().id()).toList();
      Future<Long> members = requirements.members(holder.organisationId());
      Future<Map<UUID, Completed>> completed = requirements.completions(holder.organisationId(), ids);
      return Future.all(members, completed).map(all -> new Shown(holder, listed.stream().map(l -> required(l,
          members.result(), completed.result().get(l.course().id()))).toList(), true, viewer.signedIn()));
    });
  }

  private static Required required(Listed listed, long members, Completed completed) {
    Completion completion = completed == null ? new Completion(0, members, List.of())
        : new Completion(completed.completed(), members, completed.shared());
    return new Required(listed.course(), listed.mine(), completion);
  }
}
