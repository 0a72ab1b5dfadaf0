package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.ntc.hub.platform.Secrets;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Viewer;

/**
 * A person's secret calendar subscription of their enrolments: the address holds a random
 * token of which only a hash is stored, and a new address retires the old one.
 */
public final class CalendarFeeds {
  private final TrainingRepository trainings;

  CalendarFeeds(TrainingRepository trainings) {
    this.trainings = trainings;
  }

  /** A new secret feed address for the person's enrolments; any earlier address stops working. */
  public Future<CalendarFeed> rotate(Viewer viewer) {
    viewer.requireSignedIn();
    String token = Secrets.randomToken(24);
    return trainings.setFeed(viewer.id(), Secrets.sha256Hex(token)).map(done -> new CalendarFeed(token));
  }

  public Future<Void> revoke(Viewer viewer) {
    viewer.requireSignedIn();
    return trainings.deleteFeed(viewer.id())
        .compose(deleted -> deleted ? Future.succeededFuture() : Future.failedFuture(new NotFound("No calendar feed to revoke")));
  }

  /** The person's subscription feed as an RFC 5545 file, written on a worker thread; it links to pages at {@code publicUrl}. */
  public Future<String> calendar(String token, String lang, String publicUrl, Vertx vertx) {
    return trainings.feed(Secrets.sha256Hex(token)).map(found -> found.orElseThrow(() -> new NotFound("No such calendar feed")))
        .compose(list -> vertx.executeBlocking(() -> TrainingCalendar.ics(list, lang, publicUrl), false));
  }


}
