package org.ntc.hub.course;

import static org.ntc.hub.course.CourseStatus.CHANGES_REQUESTED;
import static org.ntc.hub.course.CourseStatus.DRAFT;
import static org.ntc.hub.course.CourseStatus.PENDING;
import static org.ntc.hub.course.CourseStatus.ARCHIVED;
import static org.ntc.hub.course.CourseStatus.SUBMITTABLE;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import io.vertx.sqlclient.SqlClient;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Viewer.Membership;

/**
 * The rules of courses, as for library entries: staff and members of a verified organisation
 * write drafts and submit them; staff approve them into the public copy or send them back with a
 * comment; an edit of a published course waits for review while the approved copy stays public.
 * Staff may approve the centre's own courses without submitting them first.
 */
public final class CourseService {
  private final CourseRepository courses;

  private final Clock clock;
  private Runnable onChange = () -> {};

  public CourseService(CourseRepository courses, Clock clock) {
    this.courses = courses;
    this.clock = clock;
  }

  /** Called once what public pages show may have changed (a course approved): showcase pages list the courses teaching them. */
  public CourseService onChange(Runnable onChange) {
    this.onChange = onChange;
    return this;
  }

  /** A course as one viewer may see it, with the showcases it teaches. */
  public record Viewed(Course course, boolean privileged, List<CourseRepository.Linked> showcases) {
    public CourseContent shown() {
      return privileged ? course.content() : course.published();
    }

    public JsonObject toJson(String lang) {
      return privileged ? course.fullJson(lang) : course.publicJson(lang);
    }

    /** A lesson of the shown copy, with the module it belongs to. */
    public Optional<Lesson> lesson(UUID lessonId) {
      List<JsonObject> modules = shown().modules();
      for (int m = 0; m < modules.size(); m++) {
        List<JsonObject> lessons = CourseContent.objects(modules.get(m).getJsonArray("lessons"));
        for (int l = 0; l < lessons.size(); l++) {
          if (lessonId.toString().equals(lessons.get(l).getString("id"))) {
            return Optional.of(new Lesson(modules.get(m), m, lessons.get(l), l,
                l > 0 ? lessons.get(l - 1).getString("id") : null,
                l + 1 < lessons.size() ? lessons.get(l + 1).getString("id") : null));
          }
        }
      }
      return Optional.empty();
    }
  }

  /** A lesson as stored, where it stands in its module, and its neighbours' ids (null at either end). */
  public record Lesson(JsonObject module, int moduleIndex, JsonObject lesson, int index, String previousId, String nextId) {}

  /** One page of the public courses. */
  public record Results(List<Course> items, long total, CourseSearch search) {
    public JsonObject toJson(String lang) {
      return search.paging().page(items.stream().map(c -> c.publicJson(lang)).toList(), total);
    }
  }

  /** Whether this person may write courses at all: staff, or a member of a verified organisation. */
  public static boolean writes(Viewer viewer) {
    return viewer.staff() || viewer.memberships().stream().anyMatch(Membership::verified);
  }

  public Future<Viewed> create(NewCourse course, Viewer viewer) {
    viewer.requireSignedIn();
    if (!writes(viewer)) throw new Forbidden("Staff and members of verified organisations write courses");
    if (course.organisationId() == null && !viewer.staff()) {
      throw new Invalid("organisationId", "is required: name the organisation the course is written for");
    }
    if (course.organisationId() != null && !viewer.memberOfVerified(course.organisationId())) {
      throw new Forbidden("Only members of a verified organisation write courses for it");
    }
    UUID id = UUID.randomUUID();
    return courses.insert(courses.pool(), id, course, viewer.id()).compose(done -> find(id, viewer));
  }

  public Future<Viewed> find(UUID id, Viewer viewer) {
    return courses.byId(id).compose(course -> {
      boolean privileged = privileged(course, viewer);
      if (!privileged && !course.isPublic()) return Future.failedFuture(new NotFound("course", id));
      CourseContent shown = privileged ? course.content() : course.published();
      UUID[] showcaseIds = shown.strings("showcaseIds").stream().map(UUID::fromString).toArray(UUID[]::new);
      return courses.showcases(showcaseIds).map(linked -> new Viewed(course, privileged, linked));
    });
  }

  public Future<Results> search(CourseSearch search) {
    Future<List<Course>> items = courses.search(search);
    Future<Long> total = courses.count(search);
    return Future.all(items, total).map(done -> new Results(items.result(), total.result(), search));
  }

  /** Owners and staff edit the working copy; a published course's edit goes to review, the approved copy staying public. */
  public Future<Viewed> update(UUID id, CourseChange change, Viewer viewer) {
    return change(id, viewer, course -> change, true);
  }

  /**
   * An edit of the modules, lessons or quizzes made on the editor's pages: applied to the working
   * copy's modules, then checked whole as the API's PATCH checks them, with the same review rules.
   */
  public Future<Viewed> editModules(UUID id, UnaryOperator<JsonArray> edit, Viewer viewer) {
    return change(id, viewer, course -> CourseChange.from(new JsonObject()
        .put("modules", edit.apply(course.content().stored().getJsonArray("modules", new JsonArray()).copy()))), false);
  }

  /** {@code heldImagesOnly}: a client's change may only name images the course holds; the editor's pages also add new ones. */
  private Future<Viewed> change(UUID id, Viewer viewer, Function<Course, CourseChange> change, boolean heldImagesOnly) {
    viewer.requireSignedIn();
    return courses.byId(id).compose(course -> {
      requireOwner(course, viewer);
      if (course.status() == ARCHIVED) throw new Conflict("An archived course cannot be edited");
      CourseContent content = course.content().with(LessonImages.kept(change.apply(course).fields(), course.content()));
      if (heldImagesOnly) LessonImages.requireHeld(content, course);
      CourseStatus to = course.status().afterEdit();
      return courses.pool().withTransaction(tx -> courses.edit(tx, course, content, to)
          .compose(edited -> edited ? pruneImages(tx, course).map(true) : Future.succeededFuture(false)));
    }).compose(edited -> edited ? find(id, viewer)
        : Future.failedFuture(new Conflict("The course changed meanwhile; reload and try again")));
  }

  /** The courses awaiting review, oldest first, for the moderation queue. */
  public Future<List<Course>> pending(Viewer viewer) {
    viewer.requireStaff();
    return courses.pending();
  }

  /** Owners send a draft for review; a course goes to review only with at least one module. */
  public Future<Viewed> submit(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return courses.byId(id).compose(course -> {
      requireOwner(course, viewer);
      requireModules(course);
      return move(course, PENDING, SUBMITTABLE, null,
          "Only a draft or a course with requested changes can be submitted; this one is " + course.status().code());
    }).compose(done -> find(id, viewer));
  }

  /** Staff approve a pending course (or the centre's own draft) into the public copy, or send it back with a comment. */
  public Future<Viewed> review(UUID id, Review review, Viewer viewer) {
    viewer.requireStaff();
    return courses.byId(id).compose(course -> decide(course, review)).andThen(done -> onChange.run())
        .compose(done -> find(id, viewer));
  }

  /** The courses a writer works on, whatever their state, and for staff every one awaiting review. */
  public Future<List<Course>> written(Viewer viewer) {
    if (!writes(viewer)) return Future.succeededFuture(List.of());
    List<UUID> organisations = viewer.memberships().stream().map(Membership::organisationId).toList();
    return courses.written(organisations, viewer.id(), viewer.staff());
  }

  /** The public courses that teach a showcase. */
  public Future<List<Course>> teaching(UUID showcaseId) {
    return courses.teaching(showcaseId);
  }

  /** A signed-in learner has read a lesson of a public course; reading it again changes nothing. */
  public Future<Void> completeLesson(UUID courseId, UUID lessonId, Viewer viewer) {
    viewer.requireSignedIn();
    return courses.byId(courseId).compose(course -> {
      if (!course.isPublic()) return Future.failedFuture(new NotFound("course", courseId));
      Viewed viewed = new Viewed(course, false, List.of());
      Lesson lesson = viewed.lesson(lessonId).orElseThrow(() -> new NotFound("lesson", lessonId));
      return courses.completeLesson(viewer.id(), courseId, UUID.fromString(lesson.module().getString("id")), lessonId,
          OffsetDateTime.now(clock));
    });
  }

  /** A learner's progress in the public courses they have begun: per course and module (see {@link Progress}). */
  public Future<List<Progress>> progress(Viewer viewer) {
    viewer.requireSignedIn();
    return courses.begun(viewer.id());
  }

  private Future<Void> decide(Course course, Review review) {
    Set<CourseStatus> reviewable = course.centres() ? Set.of(PENDING, DRAFT, CHANGES_REQUESTED) : Set.of(PENDING);
    if (!reviewable.contains(course.status())) {
      return Future.failedFuture(new Conflict("Only a pending course can be reviewed; this one is " + course.status().code()));
    }
    if (review.version().filter(version -> !version.equals(course.updatedAt().toString())).isPresent()) {
      return Future.failedFuture(new Conflict("The course changed after you opened it; review it again"));
    }
    if (!review.approved()) return move(course, CHANGES_REQUESTED, reviewable, review.comment(), "The course is no longer pending");
    requireModules(course);
    return courses.pool().withTransaction(tx -> courses.publish(tx, course.id(), reviewable).compose(published -> published
        ? pruneImages(tx, course)
        : Future.failedFuture(new Conflict("The course is no longer pending"))));
  }

  /** The bytes of the images the course's copies named as read and name no more (see V41). */
  private static Future<Void> pruneImages(SqlClient tx, Course before) {
    return CourseImageRepository.prune(tx, before.id(), LessonImages.held(before));
  }

  /** A course goes to review whole: at least one module, and each module with a lesson and a quiz question. */
  private static void requireModules(Course course) {
    FieldErrors errors = new FieldErrors();
    List<JsonObject> modules = course.content().modules();
    if (modules.isEmpty()) errors.add("modules", "a course needs at least one module before it is reviewed");
    for (int m = 0; m < modules.size(); m++) {
      if (CourseContent.objects(modules.get(m).getJsonArray("lessons")).isEmpty()) {
        errors.add("modules[" + m + "].lessons", "each module needs at least one lesson before it is reviewed");
      }
      JsonObject quiz = modules.get(m).getJsonObject("quiz", new JsonObject());
      if (CourseContent.objects(quiz.getJsonArray("questions")).isEmpty()) {
        errors.add("modules[" + m + "].quiz.questions", "each module's quiz needs at least one question before it is reviewed");
      }
    }
    errors.throwIfAny();
  }

  private Future<Void> move(Course course, CourseStatus to, Set<CourseStatus> from, String comment, String conflict) {
    if (!from.contains(course.status())) return Future.failedFuture(new Conflict(conflict));
    return courses.transition(courses.pool(), course.id(), to, from, comment)
        .compose(moved -> moved ? Future.<Void>succeededFuture() : Future.failedFuture(new Conflict(conflict)));
  }

  /** Staff, and members of the organisation that wrote it, see every state and may change it. */
  static boolean privileged(Course course, Viewer viewer) {
    return viewer.staff() || course.organisationId() != null && viewer.memberOf(course.organisationId());
  }

  private static void requireOwner(Course course, Viewer viewer) {
    if (privileged(course, viewer)) return;
    if (course.isPublic()) throw new Forbidden("Only the organisation's members and staff may change its courses");
    throw new NotFound("course", course.id());
  }
}
