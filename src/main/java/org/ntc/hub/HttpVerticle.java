package org.ntc.hub;

import java.time.Clock;
import java.util.Set;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import org.ntc.hub.platform.Assets;
import org.ntc.hub.platform.Authentication;
import org.ntc.hub.platform.ClientAddress;
import org.ntc.hub.platform.Csrf;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.DatabaseWatch;
import org.ntc.hub.platform.HealthRoutes;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Failures;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Listeners;
import org.ntc.hub.platform.MethodNotAllowed;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.platform.PrefixRoutes;
import org.ntc.hub.platform.PrivateResponses;
import org.ntc.hub.platform.RequestBodies;
import org.ntc.hub.platform.RequestGate;
import org.ntc.hub.platform.SecurityHeaders;
import org.ntc.hub.platform.StartSteps;
import org.ntc.hub.platform.Tokens;
import org.ntc.hub.platform.VerifiedWriters;
import org.ntc.hub.platform.Views;
import org.ntc.hub.account.AccountRepository;
import org.ntc.hub.analytics.ViewCounter;
import org.ntc.hub.course.CourseImageRoutes;
import org.ntc.hub.material.MaterialRoutes;
import org.ntc.hub.realtime.StreamHub;
import org.ntc.hub.showcase.SearchCountsCache;
import org.ntc.hub.showcase.ShowcaseRoutes;

/**
 * Serves pages and the API; deployed once per core, all instances sharing one pool. The features are assembled by
 * {@link Routes}. An instance sets up its routes at once and listens when {@code opening} completes.
 */
public final class HttpVerticle extends VerticleBase {
  static final long JSON_BODY_LIMIT = 256 * 1024;

  private final AppConfig config;
  private final Clock clock;
  private final Database database;
  private final String signingSecret;
  private final Listeners listeners;
  private final SearchCountsCache searchCounts;
  private final StreamHub hub;
  private final PageCache pages;
  private final ViewCounter viewCounter;
  private final Future<Void> opening;
  private Pool pool;
  private SqlClient lookups;
  private SqlClient reads;
  private Pool texts;
  private DatabaseWatch watch;

  public HttpVerticle(AppConfig config, Clock clock, Database database, String signingSecret, Listeners listeners,
                      SearchCountsCache searchCounts, StreamHub hub, PageCache pages, ViewCounter viewCounter,
                      Future<Void> opening) {
    this.viewCounter = viewCounter;
    this.opening = opening;
    this.clock = clock;
    this.searchCounts = searchCounts;
    this.pages = pages;
    this.hub = hub;
    this.config = config;
    this.database = database;
    this.signingSecret = signingSecret;
    this.listeners = listeners;
  }

  @Override
  public Future<?> start() {
    // Setting up every route loads and links most of the application, close to a second of CPU:
    // on a worker, so that the event loop stays free, and while the database starts (see App).
    return vertx.executeBlocking(this::setUp, false)
        .compose(server -> opened().compose(open -> server.listen(config.httpPort(), config.httpHost())))
        .onSuccess(listeners::add);
  }

  private HttpServer setUp() {
    pool = Db.pool(vertx, database.connectOptions(vertx));
    lookups = Db.lookupClient(vertx, database.connectOptions(vertx));
    reads = Db.readClient(vertx, database.connectOptions(vertx));
    texts = Db.textPool(vertx, database.connectOptions(vertx));
    Db.pair(pool, lookups, reads, texts);
    watch = new DatabaseWatch(vertx, pool, database.connectOptions(vertx));
    Views views = new Views();
    Router router = Router.router(vertx);
    router.route().handler(new SecurityHeaders(config.publicUrl())::apply);
    router.route().handler(new ClientAddress(config.trustedProxies())::resolve);
    router.route().handler(PrivateResponses::noStore);
    router.route().handler(Languages::choose);
    MethodNotAllowed methods = new MethodNotAllowed();
    router.route().handler(methods);
    // Before any kept copy is served: a visitor's view counts whether or not the page was kept.
    router.get("/showcases/:id").handler(viewCounter::count);
    router.get("/showcases").handler(pages::serveKept);
    router.get(ShowcaseRoutes.LISTING).handler(pages::serveKept);
    // Health needs no person and no form token: answered at the front door, the route kept for its 405s.
    HealthRoutes health = new HealthRoutes(watch, config.node(), hub::openStreams, config.publicHttps());
    health.mount(router);
    router.route("/assets/*").handler(Assets::cacheFingerprinted);
    router.route("/assets/*").handler(StaticHandler.create("webroot")
        .setIncludeHidden(false)
        .setDirectoryListing(false)
        .setMaxAgeSeconds(24 * 3600)
        .setCachingEnabled(true));

    Tokens tokens = new Tokens(vertx, signingSecret);
    AccountRepository accountRepository = new AccountRepository(pool);
    router.route().handler(new Authentication(tokens, accountRepository::viewer)
        .confirmedByRoute(Set.of(ShowcaseRoutes.LISTING))::handle);
    // Before the upload handlers, which read (and may refuse) a body that an unproven address may not send anyway.
    router.route().handler(VerifiedWriters::gate);
    ShowcaseRoutes.mountUploads(router);
    MaterialRoutes.mountUploads(router);
    CourseImageRoutes.mountUploads(router);
    RequestBodies.mount(router, JSON_BODY_LIMIT);
    router.route().handler(new Csrf(signingSecret)::handle);

    // The features' routes, each request compared only with those under its path's first segment(s).
    PrefixRoutes features = new PrefixRoutes(vertx, router);
    new Routes(vertx, context, config, clock, pool, views, tokens, accountRepository, signingSecret, searchCounts, hub, pages)
        .mount(features.router());

    Failures failures = new Failures(views);
    methods.learn(router, features.router());
    router.route().handler(ctx -> ctx.fail(NotFound.noSuchRoute(ctx.normalizedPath())));
    router.route().failureHandler(failures);
    router.errorHandler(405, failures);

    // A fixed send buffer bounds what the kernel holds for a client that stops reading, so a
    // stalled stream fills up, is noticed and let go instead of holding megabytes.
    // Without h2c the HTTP/1 connection exists from the first byte, so the gate's header clock starts at once.
    // The idle timeout (120 s) must stay above 30 s plus two heartbeats (60 s): live events go in below the idle
    // handler (realtime/BelowHttp), and a stream writes through its response only that often.
    HttpServerOptions options = new HttpServerOptions().setCompressionSupported(true).setIdleTimeout(120)
        .setSendBufferSize(128 * 1024).setHttp2ClearTextEnabled(false)
        .setMaxFormAttributeSize(RequestBodies.MAX_FORM_FIELD_BYTES);
    HttpServer server = new RequestGate(vertx, config.publicHttps()).install(vertx.createHttpServer(options), router,
        health::answeredAtFront);
    StartSteps.reached("routes set up");
    return server;
  }

  /** Listening waits for the node to open (database up, schema checked), then goes on on this verticle's event loop. */
  private Future<Void> opened() {
    Promise<Void> here = Promise.promise();
    opening.onComplete(result -> context.runOnContext(go -> here.handle(result)));
    return here.future();
  }

  @Override
  public Future<?> stop() {
    return Future.join(watch.close(), lookups.close(), reads.close(), texts.close()).transform(done -> pool.close());
  }
}
