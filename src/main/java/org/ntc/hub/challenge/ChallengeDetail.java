package org.ntc.hub.challenge;

import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Localised;

/**
 * A need's page as one viewer sees it: the need, the showcases that fit it, its answers (for its
 * organisation and staff; otherwise none), and the showcases the viewer may answer with.
 */
public record ChallengeDetail(Challenge challenge, List<Match> matches, List<Answer> answers, List<Offer> offers,
                              boolean answerable) {

  /** One of the viewer's companies' published showcases, offered as an answer. */
  public record Offer(UUID showcaseId, Localised title) {}
}
