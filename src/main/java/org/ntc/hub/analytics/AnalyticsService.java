package org.ntc.hub.analytics;

import io.vertx.core.Future;
import java.util.UUID;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Viewer;

/** A showcase's reach, for the members of its company and for staff only. */
public final class AnalyticsService {
  private final AnalyticsRepository repository;

  public AnalyticsService(AnalyticsRepository repository) {
    this.repository = repository;
  }

  /**
   * The showcase's views, contacts and saves in the period, suppressed below five. Anyone else who is
   * signed in is refused (403) when the showcase is public, and told there is none (404) when it is not.
   */
  public Future<ShowcaseAnalytics> of(UUID showcaseId, Period period, Viewer viewer) {
    viewer.requireSignedIn();
    return repository.owner(showcaseId).compose(owner -> {
      if (!viewer.staff() && !viewer.memberOf(owner.organisationId())) {
        if (!owner.isPublic()) throw new NotFound("showcase", showcaseId);
        throw new Forbidden("Only the showcase's company and staff see its analytics");
      }
      return repository.counts(showcaseId, period.firstDay(), period.endDay())
          .map(counts -> ShowcaseAnalytics.of(showcaseId, Localised.of(owner.title()), period, counts.get("month"),
              counts.get("sector"), counts.get("country"), counts.get("total")));
    });
  }
}
