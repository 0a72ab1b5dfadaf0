package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Secrets;
import org.ntc.hub.platform.Viewer;

/**
 * The learner's side of courses: quizzes graded on the server against the public copy, modules
 * completed by a passed quiz, a course completed (with a certificate) once every module is, and
 * the learner's choice to share a completion with their organisations.
 */
public final class LearnerService {
  private final CourseRepository courses;
  private final LearnerRepository learners;
  private final Clock clock;

  public LearnerService(CourseRepository courses, LearnerRepository learners, Clock clock) {
    this.courses = courses;
    this.learners = learners;
    this.clock = clock;
  }

  /** A graded try, and where the learner stands after it. */
  public record Result(LearnerRepository.Grade grade, boolean moduleComplete, Optional<Standing.Completion> completion) {
    public JsonObject toJson() {
      return new JsonObject().put("score", grade.score()).put("passed", grade.passed()).put("passMark", grade.passMark())
          .put("moduleComplete", moduleComplete).put("courseComplete", completion.isPresent())
          .put("completedAt", completion.map(c -> org.ntc.hub.platform.Times.rfc3339(c.completedAt())).orElse(null))
          .put("certificateCode", completion.map(Standing.Completion::certificateCode).orElse(null));
    }
  }

  /** A public course's module as a learner takes its quiz. */
  public record Taking(Course course, CourseQuiz quiz) {}

  /** The module of a public course, for its quiz page: not found while the course is not public. */
  public Future<Taking> quiz(UUID courseId, UUID moduleId) {
    return courses.byId(courseId).map(course -> {
      if (!course.isPublic()) throw new NotFound("course", courseId);
      return new Taking(course, CourseQuiz.of(course.published(), moduleId).orElseThrow(() -> new NotFound("module", moduleId)));
    });
  }

  /**
   * Grades a try at a module's quiz and stores it, passed or not. A pass that leaves every module
   * of the course complete completes the course in the same transaction; the first completion
   * stays, with its date and certificate code. {@code lang} is the learner's language now, which
   * their certificate is written in.
   */
  public Future<Result> attempt(UUID courseId, UUID moduleId, QuizAnswers answers, Viewer viewer, String lang) {
    viewer.requireSignedIn();
    return quiz(courseId, moduleId).compose(taking -> {
      LearnerRepository.Grade grade = taking.quiz().grade(answers);
      Set<String> modules = taking.course().published().modules().stream().map(m -> m.getString("id")).collect(Collectors.toSet());
      OffsetDateTime now = OffsetDateTime.now(clock);
      return learners.pool().withTransaction(tx -> learners.lock(tx, viewer.id(), courseId)
          .compose(locked -> learners.attempt(tx, viewer.id(), courseId, moduleId, answers.toJson(), grade, now))
          .compose(stored -> grade.passed() ? completeIfDone(tx, viewer, courseId, modules, now, lang) : Future.succeededFuture())
          .compose(done -> learners.standing(tx, viewer.id(), courseId)))
          .map(standing -> new Result(grade, standing.passed(moduleId.toString()), standing.completion()));
    });
  }

  private Future<Void> completeIfDone(SqlClient tx, Viewer viewer, UUID courseId, Set<String> modules, OffsetDateTime now,
                                      String lang) {
    return learners.modulesPassed(tx, viewer.id(), courseId).compose(passed -> passed.containsAll(modules)
        ? learners.complete(tx, viewer.id(), courseId, now, certificateCode(), learnerName(viewer), lang)
        : Future.succeededFuture());
  }

  /** 24 random bytes, URL-safe: 32 characters no one guesses. */
  static String certificateCode() {
    return Secrets.randomToken(24);
  }

  private static String learnerName(Viewer viewer) {
    return viewer.name() == null || viewer.name().isBlank() ? "—" : viewer.name();
  }

  /** Where a signed-in learner stands in a course; a visitor stands nowhere. */
  public Future<Standing> standing(UUID courseId, Viewer viewer) {
    if (!viewer.signedIn()) return Future.succeededFuture(Standing.NONE);
    return learners.standing(learners.pool(), viewer.id(), courseId);
  }

  /** The learner's latest try at a module's quiz, if any. */
  public Future<Optional<LearnerRepository.Attempt>> latest(UUID courseId, UUID moduleId, Viewer viewer) {
    if (!viewer.signedIn()) return Future.succeededFuture(Optional.empty());
    return learners.latest(viewer.id(), courseId, moduleId);
  }

  /** The learner shares their own completion with their organisations' admins, or stops; not found until they complete it. */
  public Future<Boolean> share(UUID courseId, boolean share, Viewer viewer) {
    viewer.requireSignedIn();
    return learners.share(viewer.id(), courseId, share).map(done -> {
      if (!done) throw new NotFound("completion of course", courseId);
      return share;
    });
  }

  /** What the export holds of a person's learning, under its keys. */
  public Future<Map<String, List<JsonObject>>> export(UUID accountId) {
    Future<List<JsonObject>> read = learners.lessonsRead(accountId);
    Future<List<JsonObject>> attempts = learners.attempts(accountId);
    Future<List<JsonObject>> completions = learners.completions(accountId);
    return Future.all(read, attempts, completions).map(all -> Map.of("courseLessonsRead", read.result(),
        "courseQuizAttempts", attempts.result(), "courseCompletions", completions.result()));
  }

  /** On erasure, in its transaction. */
  public Future<Void> forget(SqlClient tx, UUID accountId) {
    return learners.forget(tx, accountId);
  }
}
