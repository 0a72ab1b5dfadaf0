package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.function.Function;
import java.util.logging.Logger;
import org.ntc.hub.account.Passwords;

/**
 * Realistic fi/sv/en content for a first start with {@code NTC_DEMO=true}. Each set is loaded
 * once, in one transaction with its marker row, so restarts never duplicate it.
 */
public final class DemoContent {
  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
  private static final String MARK = "INSERT INTO demo_content (name) VALUES ($1) ON CONFLICT DO NOTHING";

  private final Vertx vertx;
  private final Pool pool;

  public DemoContent(Vertx vertx, Pool pool) {
    this.vertx = vertx;
    this.pool = pool;
  }

  public Future<Void> load() {
    return loadOnce("contact-points", ContactPointDemo::load)
        .compose(done -> loadOnce("people-and-organisations", tx -> vertx
            .executeBlocking(() -> Passwords.hash(PeopleDemo.PASSWORD), false)
            .compose(hash -> PeopleDemo.load(tx, hash))))
        .compose(done -> loadOnce("showcases", ShowcaseDemo::load))
        .compose(done -> loadOnce("trainings", TrainingDemo::load))
        .compose(done -> loadOnce("materials", MaterialDemo::load))
        .compose(done -> loadOnce("announcements-duty-notifications", LiveDemo::load))
        .compose(done -> loadOnce("challenges-answers-pilots", ChallengeDemo::load))
        .compose(done -> loadOnce("showcase-images", tx -> ShowcaseImageDemo.load(vertx, tx)))
        .compose(done -> loadOnce("seat-offers", SeatOfferDemo::load))
        .compose(done -> loadOnce("follows-settings-digest-news", DigestDemo::load))
        .compose(done -> loadOnce("pilot-evaluations", EvaluationDemo::load))
        .compose(done -> loadOnce("showcase-claims", ClaimDemo::load))
        .compose(done -> loadOnce("library", LibraryDemo::load))
        .compose(done -> loadOnce("showcase-views", AnalyticsDemo::load))
        .compose(done -> loadOnce("adoptions", AdoptionDemo::load))
        .compose(done -> loadOnce("visits", VisitDemo::load))
        .compose(done -> loadOnce("showcase-reviews", ReviewDemo::load))
        .compose(done -> loadOnce("pooled-needs", PooledNeedDemo::load))
        .compose(done -> loadOnce("theme-groups", GroupDemo::load))
        .compose(done -> loadOnce("meeting-places", MeetingDemo::load))
        .compose(done -> loadOnce("courses", CourseDemo::load))
        .compose(done -> loadOnce("course-requirements", CourseRequirementDemo::load))
        .compose(done -> loadOnce("course-images", tx -> CourseImageDemo.load(vertx, tx)))
        .compose(done -> loadOnce("contact-point-directions", ContactPointDemo::directions))
        .compose(done -> loadOnce("advice-queue", AdviceDemo::load));
  }

  private Future<Void> loadOnce(String name, Function<SqlConnection, Future<Void>> loader) {
    return pool.withTransaction(tx -> tx.preparedQuery(MARK).execute(Tuple.of(name))
        .compose(marked -> {
          if (marked.rowCount() == 0) return Future.succeededFuture();
          LOG.info("loading demo content: " + name);
          return loader.apply(tx);
        }));
  }
}
