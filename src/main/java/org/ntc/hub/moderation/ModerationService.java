package org.ntc.hub.moderation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ntc.hub.challenge.Challenge;
import org.ntc.hub.challenge.ChallengeRepository;
import org.ntc.hub.organisation.Organisation;
import org.ntc.hub.organisation.OrganisationRepository;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.showcase.Showcase;
import org.ntc.hub.showcase.ShowcaseDiff;
import org.ntc.hub.showcase.ShowcaseRepository;
import org.ntc.hub.training.Training;
import org.ntc.hub.training.TrainingService;

/** What awaits staff at both contact points, oldest first. */
public final class ModerationService {
  private final ShowcaseRepository showcases;
  private final OrganisationRepository organisations;
  private final TrainingService trainings;
  private final ChallengeRepository challenges;

  public ModerationService(ShowcaseRepository showcases, OrganisationRepository organisations, TrainingService trainings,
                           ChallengeRepository challenges) {
    this.challenges = challenges;
    this.showcases = showcases;
    this.organisations = organisations;
    this.trainings = trainings;
  }

  public Future<JsonObject> queue(Viewer viewer, String lang) {
    viewer.requireStaff();
    return Future.all(List.of(showcases.pending(), organisations.pending(), trainings.pending(), challenges.pending(),
        showcases.unapprovedImages())).map(all -> {
      Map<UUID, List<JsonObject>> newImages = all.resultAt(4);
      JsonArray pendingShowcases = new JsonArray();
      all.<List<Showcase>>resultAt(0).forEach(s -> pendingShowcases.add(ShowcaseDiff.queueItem(s, lang)
          .put("newImages", new JsonArray(newImages.getOrDefault(s.id(), List.of())))));
      JsonArray pendingOrganisations = new JsonArray();
      all.<List<Organisation>>resultAt(1).forEach(o -> pendingOrganisations.add(o.toJson(lang)));
      JsonArray pendingTrainings = new JsonArray();
      all.<List<Training>>resultAt(2).forEach(t -> pendingTrainings.add(t.toJson(lang, true)));
      JsonArray pendingChallenges = new JsonArray();
      all.<List<Challenge>>resultAt(3).forEach(c -> pendingChallenges.add(c.toJson(lang)));
      return new JsonObject()
          .put("showcases", pendingShowcases)
          .put("organisations", pendingOrganisations)
          .put("trainings", pendingTrainings)
          .put("challenges", pendingChallenges)
          .put("total", pendingShowcases.size() + pendingOrganisations.size() + pendingTrainings.size() + pendingChallenges.size());
    });
  }
}
