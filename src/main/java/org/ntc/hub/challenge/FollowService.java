package org.ntc.hub.challenge;

import io.vertx.core.Future;
import java.util.UUID;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Viewer;

/**
 * The categories an organisation follows: its admins choose them, its members read them, and
 * a need published in one of them reaches its members.
 */
public final class FollowService {
  private final FollowRepository follows;

  public FollowService(FollowRepository follows) {
    this.follows = follows;
  }

  public Future<Follows> of(UUID organisationId, Viewer viewer) {
    viewer.requireSignedIn();
    if (!viewer.memberOf(organisationId)) {
      return Future.failedFuture(new Forbidden("Only the organisation's members see what it follows"));
    }
    return follows.of(organisationId).map(categories -> new Follows(organisationId, categories));
  }

  /** The viewer, if they may choose what the organisation follows: one of its admins. */
  public Viewer requireChooser(UUID organisationId, Viewer viewer) {
    viewer.requireSignedIn();
    if (!viewer.adminOf(organisationId)) throw new Forbidden("The organisation's admins choose what it follows");
    return viewer;
  }

  public Future<Follows> choose(UUID organisationId, FollowsChange change, Viewer viewer) {
    requireChooser(organisationId, viewer);
    return follows.replace(organisationId, change.categories()).compose(done -> of(organisationId, viewer));
  }
}
