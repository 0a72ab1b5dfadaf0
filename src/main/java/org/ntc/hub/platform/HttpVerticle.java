package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import org.ntc.hub.AppConfig;
import org.ntc.hub.account.AccountPages;
import org.ntc.hub.account.AccountRepository;
import org.ntc.hub.account.AccountRoutes;
import org.ntc.hub.account.AccountService;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.audit.AuditRoutes;
import org.ntc.hub.material.MaterialRepository;
import org.ntc.hub.material.MaterialRoutes;
import org.ntc.hub.material.MaterialService;
import org.ntc.hub.moderation.ModerationRoutes;
import org.ntc.hub.moderation.ModerationService;
import org.ntc.hub.organisation.OrganisationPages;
import org.ntc.hub.showcase.ShowcaseImages;
import org.ntc.hub.showcase.ShowcasePages;
import org.ntc.hub.showcase.ShowcaseRepository;
import org.ntc.hub.showcase.ShowcaseRoutes;
import org.ntc.hub.showcase.ShowcaseService;
import org.ntc.hub.showcase.SearchCountsCache;
import org.ntc.hub.training.TrainingRepository;
import org.ntc.hub.training.TrainingRoutes;
import org.ntc.hub.training.TrainingService;
import org.ntc.hub.organisation.OrganisationRepository;
import org.ntc.hub.organisation.OrganisationRoutes;
import org.ntc.hub.organisation.OrganisationService;
import org.ntc.hub.contactpoint.ContactPointRepository;
import org.ntc.hub.challenge.ChallengePages;
import org.ntc.hub.challenge.ChallengeRepository;
import org.ntc.hub.challenge.ChallengeRoutes;
import org.ntc.hub.challenge.ChallengeService;
import org.ntc.hub.challenge.PilotRepository;
import org.ntc.hub.challenge.PilotRoutes;
import org.ntc.hub.challenge.PilotService;
import org.ntc.hub.contactpoint.ContactPointRoutes;
import org.ntc.hub.contactpoint.ContactPointService;
import org.ntc.hub.notification.NotificationRepository;
import org.ntc.hub.notification.NotificationRoutes;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.StreamHub;
import org.ntc.hub.realtime.StreamRoutes;
import org.ntc.hub.home.HomeRoutes;

/** Serves pages and the API; deployed once per core, all instances sharing one pool. */
public final class HttpVerticle extends VerticleBase {
  static final long JSON_BODY_LIMIT = 256 * 1024;

  private final AppConfig config;
  private final Database database;
  private final String signingSecret;
  private final Listeners listeners;
  private final SearchCountsCache searchCounts;
  private final StreamHub hub;
  private final PageCache pages;
  private Pool pool;

  public HttpVerticle(AppConfig config, Database database, String signingSecret, Listeners listeners,
                      SearchCountsCache searchCounts, StreamHub hub, PageCache pages) {
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
    pool = Db.pool(vertx, database.connectOptions());
    Views views = new Views(vertx, config.node());
    Router router = Router.router(vertx);
    router.route().handler(new SecurityHeaders(config.publicUrl())::apply);
    router.route().handler(new ClientAddress(config.trustedProxies())::resolve);
    router.route().handler(PrivateResponses::noStore);
    router.route().handler(Languages::choose);
    MethodNotAllowed methods = new MethodNotAllowed();
    router.route().handler(methods);
    router.get("/showcases").handler(pages::serveKept);
    router.get("/api/v1/showcases").handler(pages::serveKept);
    router.route("/assets/*").handler(Assets::cacheFingerprinted);
    router.route("/assets/*").handler(StaticHandler.create("webroot")
        .setIncludeHidden(false)
        .setDirectoryListing(false)
        .setMaxAgeSeconds(24 * 3600)
        .setCachingEnabled(true));

    Tokens tokens = new Tokens(vertx, signingSecret);
    AccountRepository accountRepository = new AccountRepository(pool);
    router.route().handler(new Authentication(tokens, accountRepository::viewer)::handle);
    ShowcaseRoutes.mountUploads(router);
    MaterialRoutes.mountUploads(router);
    RequestBodies.mount(router, JSON_BODY_LIMIT);
    router.route().handler(new Csrf(signingSecret)::handle);

    EventLog events = new EventLog(pool, config.node());
    NotificationRepository notifications = new NotificationRepository(pool, config.node());
    ContactPointRepository contactPoints = new ContactPointRepository(pool);
    AccountService accounts = new AccountService(vertx, accountRepository, tokens, events, signingSecret);
    OrganisationRepository organisationRepository = new OrganisationRepository(pool);
    OrganisationService organisations = new OrganisationService(organisationRepository, events, notifications);
    new HealthRoutes(pool, config.node(), hub::openStreams).mount(router);
    new StreamRoutes(hub, events, context, accountRepository::viewer).mount(router);
    NotificationService notificationService = new NotificationService(notifications);
    new NotificationRoutes(notificationService).mount(router);
    new ContactPointRoutes(contactPoints, new ContactPointService(contactPoints, events), views).mount(router);
    new AccountRoutes(accounts).mount(router);
    new OrganisationRoutes(organisations).mount(router);
    new OrganisationPages(organisations, views).mount(router);
    new AuditRoutes(new AuditLog(pool)).mount(router);
    ShowcaseRepository showcaseRepository = new ShowcaseRepository(pool, searchCounts);
    ShowcaseService showcases = new ShowcaseService(showcaseRepository, new ShowcaseImages(pool), organisationRepository,
        events, notifications);
    new ShowcaseRoutes(showcases, pages).mount(router);
    PilotService pilots = new PilotService(new PilotRepository(pool), events, notifications);
    new ShowcasePages(showcases, views, pages).withEvidence(pilots::ofShowcase).mount(router);
    new HomeRoutes(contactPoints, showcases, views).mount(router);
    TrainingService trainings = new TrainingService(new TrainingRepository(pool), organisationRepository, events, notifications);
    accounts.onErase(trainings::leaveAll);
    MaterialRepository materialRepository = new MaterialRepository(pool);
    new TrainingRoutes(trainings, materialRepository, views).mount(router);
    ChallengeRepository challengeRepository = new ChallengeRepository(pool);
    ChallengeService challenges = new ChallengeService(challengeRepository, organisationRepository, showcaseRepository,
        events, notifications);
    new AccountPages(accounts, showcases, trainings, notificationService, views).withDigest(challenges::digest).mount(router);
    new MaterialRoutes(new MaterialService(materialRepository), views).mount(router);
    new ChallengeRoutes(challenges).mount(router);
    new ChallengePages(challenges, showcases, views).mount(router);
    new PilotRoutes(pilots).mount(router);
    new ModerationRoutes(new ModerationService(showcaseRepository, organisationRepository, trainings, challengeRepository), views).mount(router);

    Failures failures = new Failures(views);
    methods.learn(router);
    router.route().handler(ctx -> ctx.fail(NotFound.noSuchRoute(ctx.normalizedPath())));
    router.route().failureHandler(failures);
    router.errorHandler(405, failures);

    // A fixed send buffer bounds what the kernel holds for a client that stops reading, so a
    // stalled stream fills up, is noticed and let go instead of holding megabytes.
    // Without h2c the HTTP/1 connection exists from the first byte, so the gate's header clock starts at once.
    HttpServerOptions options = new HttpServerOptions().setCompressionSupported(true).setIdleTimeout(120)
        .setSendBufferSize(128 * 1024).setHttp2ClearTextEnabled(false)
        .setMaxFormAttributeSize(RequestBodies.MAX_FORM_FIELD_BYTES);
    return new RequestGate(vertx, config.publicHttps()).install(vertx.createHttpServer(options), router)
        .listen(config.httpPort(), config.httpHost())
        .onSuccess(listeners::add);
  }

  @Override
  public Future<?> stop() {
    return pool.close();
  }
}
