package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Secrets;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Viewer;

/**
 * A person's secret calendar subscription of their enrolments: the address holds a random
 * token of which only a hash is stored, and a new address retires the old one.
 */
public final class CalendarFeeds {
  private final TrainingRepository trainings;
  private Source others = (accountId, lang) -> Future.succeededFuture(List.of());

  /**
   * Something else of the person's in their feed, such as a booked visit: {@code path} is its page on this
   * site, and {@code description} what the person alone may read (a meeting link of theirs, say).
   */
  public record Event(String uid, OffsetDateTime startsAt, OffsetDateTime endsAt, ZoneId zone, String summary,
                      String description, String location, String path) {}

  /** Where another feature's events for a person come from. */
  public interface Source {
    Future<List<Event>> events(UUID accountId, String lang);
  }

  CalendarFeeds(TrainingRepository trainings) {
    this.trainings = trainings;
  }

  /** Adds another feature's events to every person's feed. */
  public CalendarFeeds alsoShow(Source source) {
    Source first = others;
    others = (accountId, lang) -> first.events(accountId, lang)
        .compose(earlier -> source.events(accountId, lang).map(more -> java.util.stream.Stream.concat(earlier.stream(), more.stream()).toList()));
    return this;
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
    String hash = Secrets.sha256Hex(token);
    return trainings.feedOwner(hash).map(found -> found.orElseThrow(() -> new NotFound("No such calendar feed")))
        .compose(owner -> trainings.feed(hash).map(found -> found.orElse(List.of()))
            .compose(list -> others.events(owner, lang)
                .compose(events -> vertx.executeBlocking(() -> TrainingCalendar.ics(list, events, lang, publicUrl), false))));
  }


}
