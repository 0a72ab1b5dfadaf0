package org.ntc.hub.moderation;

import io.vertx.core.Future;
import java.util.List;
import org.ntc.hub.challenge.Challenge;
import org.ntc.hub.challenge.ChallengeService;
import org.ntc.hub.course.Course;
import org.ntc.hub.course.CourseService;
import org.ntc.hub.library.LibraryEntry;
import org.ntc.hub.library.LibraryService;
import org.ntc.hub.organisation.Organisation;
import org.ntc.hub.organisation.OrganisationService;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.showcase.PendingShowcase;
import org.ntc.hub.showcase.ShowcaseService;
import org.ntc.hub.training.Training;
import org.ntc.hub.training.TrainingService;

/** What awaits staff at both contact points, oldest first. */
public final class ModerationService {
  private final ShowcaseService showcases;
  private final OrganisationService organisations;
  private final TrainingService trainings;
  private final ChallengeService challenges;
  private final LibraryService library;
  private final CourseService courses;

  public ModerationService(ShowcaseService showcases, OrganisationService organisations, TrainingService trainings,
                           ChallengeService challenges, LibraryService library, CourseService courses) {
    this.showcases = showcases;
    this.organisations = organisations;
    this.trainings = trainings;
    this.challenges = challenges;
    this.library = library;
    this.courses = courses;
  }

  public Future<ModerationQueue> queue(Viewer viewer) {
    viewer.requireStaff();
    Future<List<PendingShowcase>> pendingShowcases = showcases.pending(viewer);
    Future<List<Organisation>> pendingOrganisations = organisations.pending();
    Future<List<Training>> pendingTrainings = trainings.pending();
    Future<List<Challenge>> pendingChallenges = challenges.pending(viewer);
    Future<List<LibraryEntry>> pendingEntries = library.pending(viewer);
    Future<List<Course>> pendingCourses = courses.pending(viewer);
    return Future.all(List.of(pendingShowcases, pendingOrganisations, pendingTrainings, pendingChallenges, pendingEntries,
            pendingCourses))
        .map(done -> new ModerationQueue(pendingShowcases.result(), pendingOrganisations.result(), pendingTrainings.result(),
            pendingChallenges.result(), pendingEntries.result(), pendingCourses.result()));
  }
}
