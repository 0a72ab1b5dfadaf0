package org.ntc.hub;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.ntc.hub.analytics.ViewCounter;
import org.ntc.hub.analytics.ViewFlushVerticle;
import org.ntc.hub.demo.DemoContent;
import org.ntc.hub.notification.DigestService;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Listeners;
import org.ntc.hub.platform.SigningKey;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.realtime.RealtimeVerticle;
import org.ntc.hub.realtime.Topics;
import org.ntc.hub.realtime.StreamHub;
import org.ntc.hub.showcase.SearchCountsCache;
import org.ntc.hub.training.TrainingService;

/** One running node: its database, its Vert.x, its HTTP verticles. Start and stop block. */
public final class App implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(App.class.getName());

  private final AppConfig config;
  private final Database database;
  private final Vertx vertx;
  private static final long SHUTDOWN_GRACE_SECONDS = 10;
  private static final long HEARTBEAT_MILLIS = 15_000;
  private static final long CATCH_UP_MILLIS = 2_000;
  private static final long RELAY_SWEEP_MILLIS = 1_000;
  private final Listeners listeners;
  private final StreamHub hub;

  private static final long VIEW_FLUSH_MILLIS = 5_000;
  /** How long one start-up step may take. */
  private static final long STEP_SECONDS = 120;
  /** How long the schema migrations may take: one may rewrite every row of a large table. */
  private static final long MIGRATION_SECONDS = 1_800;
  private final Pool referencePool;
  private final ViewFlushVerticle views;

  private App(AppConfig config, Database database, Vertx vertx, Listeners listeners, StreamHub hub, Pool referencePool,
              ViewFlushVerticle views) {
    this.referencePool = referencePool;
    this.views = views;
    this.config = config;
    this.database = database;
    this.vertx = vertx;
    this.listeners = listeners;
    this.hub = hub;
  }

  public static App start(AppConfig config) {
    return start(config, Clock.systemUTC(), started -> {});
  }

  /** Starts a node whose rules about time (enrolment deadlines, a training having begun) read {@code clock}. */
  public static App start(AppConfig config, Clock clock) {
    return start(config, clock, started -> {});
  }

  /** Starts a node; {@code databaseStarted} hears of the database as soon as it runs, to stop it on a signal. */
  public static App start(AppConfig config, Clock clock, Consumer<AutoCloseable> databaseStarted) {
    Database database = config.dbUrl().map(Database::external).orElseGet(() -> Database.embedded(config.dataDir()));
    databaseStarted.accept(database);
    Vertx vertx = null;
    try {
      vertx = Nodes.vertx(config);
      Vertx v = vertx;
      // A migration may rewrite a large catalogue's rows (V43 takes minutes at 100,000 showcases): not held to a step's time.
      await(v.executeBlocking(() -> {
        database.migrate();
        return null;
      }, false), MIGRATION_SECONDS);
      String signingSecret = SigningKey.load(config.jwtSecret(), config.dataDir());
      Pool pool = Db.pool(v, database.connectOptions());
      try {
        await(Bootstrap.run(v, pool, config, signingSecret));
        // A demo's first start shows a daily digest at /admin/mail at once, through the job's own path.
        if (config.demo()) await(new DemoContent(v, pool).load().compose(done -> new DigestService(pool, clock).sendDue()));
        await(ReferenceData.reload(pool));
      } finally {
        pool.close();
      }
      Listeners listeners = new Listeners();
      SearchCountsCache searchCounts = new SearchCountsCache(config.pageCache());
      StreamHub hub = new StreamHub(HEARTBEAT_MILLIS, CATCH_UP_MILLIS);
      PageCache pages = new PageCache(config.pageCache());
      searchCounts.alsoOnChange(pages::clear);
      Pool referencePool = Db.pool(v, database.connectOptions());
      await(ReferenceData.listen(v, referencePool, pages));
      hub.observe(events -> {
        if (events.stream().anyMatch(e -> Topics.CATALOGUE.contains(e.type()))) searchCounts.invalidate();
      });
      await(v.deployVerticle(new RealtimeVerticle(database.connectOptions(), config.node(), hub, RELAY_SWEEP_MILLIS)));
      await(v.deployVerticle(new BackgroundVerticle(config, clock, database.connectOptions(), signingSecret)));
      ViewCounter viewCounter = new ViewCounter(clock);
      ViewFlushVerticle views = new ViewFlushVerticle(viewCounter, database.connectOptions(), VIEW_FLUSH_MILLIS);
      await(v.deployVerticle(views));
      await(v.deployVerticle(() -> new HttpVerticle(config, clock, database, signingSecret, listeners, searchCounts, hub, pages,
              viewCounter),
          new DeploymentOptions().setInstances(config.httpInstances())));
      TrainingService.warmUp(v).onFailure(e -> LOG.warning("calendar and certificate libraries did not load: " + e));
      // Compiling every template took more CPU than the rest of the start together (the template
      // lexer also keeps the JIT busy), so it runs once the node serves; a page asked for before
      // its template is compiled compiles it on a worker.
      startUpThread(App::warmTemplates);
      String host = config.httpHost();
      LOG.info("NTC Hub ready on http://" + host + ":" + listeners.port() + " (node " + config.node() + ")");
      return new App(config, database, v, listeners, hub, referencePool, views);
    } catch (RuntimeException e) {
      if (vertx != null) vertx.close();
      database.close();
      throw e;
    }
  }

  private static void warmTemplates() {
    try {
      Views.warm();
    } catch (RuntimeException e) {
      LOG.severe("a template does not compile: " + e.getMessage());
    }
  }

  private static void startUpThread(Runnable work) {
    Thread thread = new Thread(work, "ntc-start-up");
    thread.setDaemon(true);
    thread.start();
  }

  public int port() {
    return listeners.port();
  }

  /** Reads the contact points and labels again from this node's database, as a change on any node makes it do. */
  public Future<Void> reloadReferenceData() {
    return ReferenceData.reload(referencePool);
  }

  /** Adds the showcase views this node has counted to the daily counts now, rather than at the next flush. */
  public Future<Void> flushViews() {
    return views.flush();
  }

  public Vertx vertx() {
    return vertx;
  }

  public AppConfig config() {
    return config;
  }

  public Database database() {
    return database;
  }

  /** Stops accepting, lets in-flight requests finish, closes the pool, then the database. */
  @Override
  public void close() {
    try {
      // Open streams never finish by themselves; end them so in-flight requests are all that remain.
      hub.closeAll();
      listeners.shutdown(SHUTDOWN_GRACE_SECONDS).toCompletionStage().toCompletableFuture()
          .get(SHUTDOWN_GRACE_SECONDS + 5, TimeUnit.SECONDS);
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warning("Vert.x did not close cleanly: " + e);
    } finally {
      database.close();
    }
  }

  static <T> T await(Future<T> future) {
    return await(future, STEP_SECONDS);
  }

  static <T> T await(Future<T> future, long seconds) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during start-up", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      throw new IllegalStateException(cause.getMessage(), cause);
    } catch (TimeoutException e) {
      throw new IllegalStateException("start-up step timed out", e);
    }
  }
}
