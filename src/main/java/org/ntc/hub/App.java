package org.ntc.hub;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.ntc.hub.platform.StartSteps;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.realtime.RealtimeVerticle;
import org.ntc.hub.realtime.Topics;
import org.ntc.hub.realtime.StreamHub;
import org.ntc.hub.search.SearchRepository;
import org.ntc.hub.search.SearchService;
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
  /** Deriving every document's concepts again, like a migration, has no step limit: minutes at 100,000 showcases. */
  static final long DERIVING_SECONDS = Long.MAX_VALUE;
  private final Pool referencePool;
  private final ViewFlushVerticle views;
  /** The HTTP verticles deployed once the node serves; a close waits for them, not to undeploy one mid-start. */
  private final Future<?> otherHttpVerticles;

  private App(AppConfig config, Database database, Vertx vertx, Listeners listeners, StreamHub hub, Pool referencePool,
              ViewFlushVerticle views, Future<?> otherHttpVerticles) {
    this.otherHttpVerticles = otherHttpVerticles;
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

  /**
   * The JDK's time-zone rules load the calendar library's provider, which logs, and the logging's
   * first handler asks for the time zone. A schema step reading the clock while clustering logs its
   * first line deadlocked a node's start; both are set up here, on one thread, before any other starts.
   */
  private static void oneThreadFirst() {
    Logger.getLogger("").getHandlers();
    java.time.zone.ZoneRulesProvider.getAvailableZoneIds();
  }

  /** Starts a node; {@code databaseStarted} hears of the database before it starts, to stop it on a signal. */
  public static App start(AppConfig config, Clock clock, Consumer<AutoCloseable> databaseStarted) {
    oneThreadFirst();
    Database database = config.dbUrl().map(Database::externalAt).orElseGet(() -> Database.embeddedAt(config.dataDir()));
    // Closing it from a signal waits for a start in progress, then stops the server.
    databaseStarted.accept(database);
    // The database starts and its schema is checked on a thread of its own, while this one builds
    // Vert.x and an HTTP verticle sets up its routes, which only need to know how to reach it. No step
    // limit applies: a migration may rewrite a large catalogue (V43 takes minutes at 100,000 showcases).
    CompletableFuture<Void> databaseReady = onOwnThread("ntc-database-start", () -> {
      StartSteps.reached("database starting");
      database.start();
      StartSteps.reached("database started");
      database.migrate();
      StartSteps.reached("schema checked");
    });
    Promise<Void> open = Promise.promise();
    Vertx vertx = null;
    try {
      vertx = Nodes.vertx(config);
      Vertx v = vertx;
      StartSteps.reached("vertx built");
      String signingSecret = SigningKey.load(config.jwtSecret(), config.dataDir());
      Listeners listeners = new Listeners();
      SearchCountsCache searchCounts = new SearchCountsCache(config.pageCache());
      StreamHub hub = new StreamHub(HEARTBEAT_MILLIS, CATCH_UP_MILLIS);
      PageCache pages = new PageCache(config.pageCache());
      searchCounts.alsoOnChange(pages::clear);
      ViewCounter viewCounter = new ViewCounter(clock);
      Function<Future<Void>, Supplier<HttpVerticle>> http = opening -> () -> new HttpVerticle(config, clock,
          database, signingSecret, listeners, searchCounts, hub, pages, viewCounter, opening);
      // One instance before the node is ready, the others once it serves: each sets up every route. Event loops
      // are handed out in turn: on two cores (four loops) the second was measured on the first's loop, and spread
      // over two loops the signed-in API cost more CPU (README, eighteenth round).
      Future<String> first = v.deployVerticle(http.apply(open.future()), new DeploymentOptions().setInstances(1));
      awaitDatabase(databaseReady);
      // Once the schema is checked, the steps below go on at once, each on its own connections: the
      // admin account, the reference data, the relay of events between nodes and the view counts.
      hub.observe(events -> {
        if (events.stream().anyMatch(e -> Topics.CATALOGUE.contains(e.type()))) searchCounts.invalidate();
      });
      Future<String> realtime = v.deployVerticle(new RealtimeVerticle(database.connectOptions(v), config.node(), hub,
          RELAY_SWEEP_MILLIS));
      ViewFlushVerticle views = new ViewFlushVerticle(viewCounter, database.connectOptions(v), VIEW_FLUSH_MILLIS);
      Future<String> viewFlush = v.deployVerticle(views);
      Pool pool = Db.pool(v, database.connectOptions(v));
      try {
        Future<Void> admin = Bootstrap.run(v, pool, config, signingSecret)
            .onSuccess(done -> StartSteps.reached("admin checked"));
        // Once per node and before it serves: a search then finds what the vocabulary means from the first request,
        // and no stop cuts the re-derivation off halfway.
        await(new SearchService(new SearchRepository(pool)).start(), DERIVING_SECONDS);
        StartSteps.reached("search vocabulary kept");
        // A demo's first start shows a daily digest at /admin/mail at once, through the job's own path.
        await(config.demo()
            ? admin.compose(done -> new DemoContent(v, pool).load()).compose(done -> new DigestService(pool, clock).sendDue())
                .compose(done -> ReferenceData.reload(pool))
            : Future.all(admin, ReferenceData.reload(pool)).mapEmpty());
      } finally {
        pool.close();
      }
      Pool referencePool = Db.pool(v, database.connectOptions(v));
      // Scheduled work and mail may show the reference data, so they begin once it is read.
      Future<String> background = v.deployVerticle(new BackgroundVerticle(config, clock, database.connectOptions(v),
          signingSecret));
      await(ReferenceData.listen(v, referencePool, pages));
      StartSteps.reached("reference data read");
      await(Future.all(realtime, viewFlush, background));
      StartSteps.reached("realtime and background verticles deployed");
      open.complete();
      await(first);
      StartSteps.reached("http verticle listening");
      String host = config.httpHost();
      LOG.info("NTC Hub ready on http://" + host + ":" + listeners.port() + " (node " + config.node() + ")");
      Future<?> others = config.httpInstances() == 1 ? Future.succeededFuture()
          : v.deployVerticle(http.apply(Future.succeededFuture()), new DeploymentOptions().setInstances(config.httpInstances() - 1))
              .onSuccess(id -> StartSteps.reached("other http verticles listening"))
              .onFailure(e -> LOG.warning("the other HTTP verticles did not start: " + e));
      // Compiling every template took more CPU than the rest of the start together (the template
      // lexer also keeps the JIT busy), so it runs once the node serves; a page asked for before
      // its template is compiled compiles it on a worker. The calendar and PDF libraries load beside it,
      // on a thread of their own rather than a Vert.x worker (see TrainingService.warmUp).
      startUpThread(() -> {
        database.afterReady();
        warmTemplates();
      });
      startUpThread(App::warmLibraries);
      return new App(config, database, v, listeners, hub, referencePool, views, others);
    } catch (RuntimeException e) {
      open.tryFail(e);
      if (vertx != null) vertx.close();
      database.close();
      throw e;
    }
  }

  private static CompletableFuture<Void> onOwnThread(String name, Runnable work) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        work.run();
        done.complete(null);
      } catch (Throwable e) {
        done.completeExceptionally(e);
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
    return done;
  }

  private static void awaitDatabase(CompletableFuture<Void> ready) {
    try {
      ready.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    }
  }

  private static void warmLibraries() {
    try {
      TrainingService.warmUp();
    } catch (RuntimeException | LinkageError e) {
      LOG.warning("calendar and certificate libraries did not load: " + e);
    }
  }

  private static void warmTemplates() {
    try {
      Views.warm();
    } catch (RuntimeException e) {
      LOG.severe("a template does not compile: " + e);
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
      // Undeploying a verticle whose start is still under way fails it and logs its late completion as an error.
      otherHttpVerticles.transform(done -> Future.succeededFuture()).toCompletionStage().toCompletableFuture()
          .completeOnTimeout(null, SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS).get();
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
