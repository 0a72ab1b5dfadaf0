package org.ntc.hub.moderation;

import io.vertx.core.Future;
import java.util.List;
import org.ntc.hub.challenge.Challenge;
import org.ntc.hub.challenge.ChallengeService;
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

  public ModerationService(ShowcaseService showcases, OrganisationService organisations, TrainingService trainings,
                           ChallengeService challenges) {
    this.showcases = showcases;
    this.organisations = organisations;
    this.trainings = trainings;
    this.challenges = challenges;
  }

  public Future<ModerationQueue> queue(Viewer viewer) {
    viewer.requireStaff();
    Future<List<PendingShowcase>> pendingShowcases = showcases.pending(viewer);
    Future<List<Organisation>> pendingOrganisations = organisations.pending();
    Future<List<Training>> pendingTrainings = trainings.pending();
    Future<List<Challenge>> pendingChallenges = challenges.pending(viewer);
    return Future.all(pendingShowcases, pendingOrganisations, pendingTrainings, pendingChallenges)
        .map(done -> new ModerationQueue(pendingShowcases.result(), pendingOrganisations.result(), pendingTrainings.result(),
            pendingChallenges.result()));
  }
}
