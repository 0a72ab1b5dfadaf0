package org.ntc.hub;

import java.time.Clock;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Pool;
import org.ntc.hub.account.AccountLifecycle;
import org.ntc.hub.advice.AdvicePages;
import org.ntc.hub.advice.AdviceRepository;
import org.ntc.hub.advice.AdviceRoutes;
import org.ntc.hub.advice.AdviceService;
import org.ntc.hub.basics.BasicsPages;
import org.ntc.hub.account.AccountPages;
import org.ntc.hub.account.AccountRepository;
import org.ntc.hub.account.AccountRoutes;
import org.ntc.hub.account.AccountService;
import org.ntc.hub.account.StaffService;
import org.ntc.hub.admin.AdminContactPointPages;
import org.ntc.hub.analytics.AnalyticsPages;
import org.ntc.hub.analytics.AnalyticsRepository;
import org.ntc.hub.analytics.AnalyticsRoutes;
import org.ntc.hub.analytics.AnalyticsService;
import org.ntc.hub.analytics.SaveRepository;
import org.ntc.hub.analytics.SaveService;
import org.ntc.hub.admin.AdminMailPages;
import org.ntc.hub.mail.MailLinks;
import org.ntc.hub.mail.MailOutbox;
import org.ntc.hub.mail.MailRoutes;
import org.ntc.hub.mail.MailService;
import org.ntc.hub.admin.AdminPages;
import org.ntc.hub.admin.LabelRepository;
import org.ntc.hub.admin.LabelService;
import org.ntc.hub.adoption.AdoptionPages;
import org.ntc.hub.adoption.AdoptionRecordPages;
import org.ntc.hub.adoption.AdoptionRepository;
import org.ntc.hub.adoption.AdoptionRoutes;
import org.ntc.hub.adoption.AdoptionService;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.audit.AuditRoutes;
import org.ntc.hub.challenge.Challenge;
import org.ntc.hub.challenge.ChallengePages;
import org.ntc.hub.challenge.ChallengeRepository;
import org.ntc.hub.challenge.ChallengeRoutes;
import org.ntc.hub.challenge.ChallengeService;
import org.ntc.hub.challenge.CosignRepository;
import org.ntc.hub.challenge.CosignRoutes;
import org.ntc.hub.challenge.CosignService;
import org.ntc.hub.challenge.FollowRepository;
import org.ntc.hub.challenge.FollowRoutes;
import org.ntc.hub.challenge.FollowService;
import org.ntc.hub.challenge.PilotPages;
import org.ntc.hub.challenge.PilotRepository;
import org.ntc.hub.challenge.PilotRoutes;
import org.ntc.hub.challenge.PilotService;
import org.ntc.hub.contactpoint.ContactPointRepository;
import org.ntc.hub.contactpoint.ContactPointRoutes;
import org.ntc.hub.contactpoint.ContactPointService;
import org.ntc.hub.evidence.EvidenceRepository;
import org.ntc.hub.evidence.EvidenceService;
import org.ntc.hub.group.GroupPages;
import org.ntc.hub.group.GroupRepository;
import org.ntc.hub.group.GroupRoutes;
import org.ntc.hub.group.GroupService;
import org.ntc.hub.home.HomeRoutes;
import org.ntc.hub.insight.InsightPages;
import org.ntc.hub.insight.InsightRepository;
import org.ntc.hub.insight.InsightRoutes;
import org.ntc.hub.insight.InsightService;
import org.ntc.hub.course.CertificatePages;
import org.ntc.hub.course.CertificateRepository;
import org.ntc.hub.course.CertificateRoutes;
import org.ntc.hub.course.CertificateService;
import org.ntc.hub.course.CourseEditorPages;
import org.ntc.hub.course.CourseImageRoutes;
import org.ntc.hub.course.CourseImages;
import org.ntc.hub.course.CoursePages;
import org.ntc.hub.course.CourseRequirementPages;
import org.ntc.hub.course.CourseRequirementRepository;
import org.ntc.hub.course.CourseRequirementRoutes;
import org.ntc.hub.course.CourseRequirements;
import org.ntc.hub.course.CourseRepository;
import org.ntc.hub.course.CourseRoutes;
import org.ntc.hub.course.CourseService;
import org.ntc.hub.course.LearnerPages;
import org.ntc.hub.course.LearnerRepository;
import org.ntc.hub.course.LearnerRoutes;
import org.ntc.hub.course.LearnerService;
import org.ntc.hub.library.LibraryPages;
import org.ntc.hub.library.LibraryRepository;
import org.ntc.hub.library.LibraryRoutes;
import org.ntc.hub.library.LibraryService;
import org.ntc.hub.material.MaterialPages;
import org.ntc.hub.material.MaterialRepository;
import org.ntc.hub.material.MaterialRoutes;
import org.ntc.hub.material.MaterialService;
import org.ntc.hub.moderation.ModerationRoutes;
import org.ntc.hub.moderation.ModerationService;
import org.ntc.hub.notification.NotificationRepository;
import org.ntc.hub.opendata.FeedRoutes;
import org.ntc.hub.opendata.OpenDataPages;
import org.ntc.hub.opendata.OpenDataRepository;
import org.ntc.hub.opendata.OpenDataRoutes;
import org.ntc.hub.opendata.OpenDataService;
import org.ntc.hub.opendata.SitemapRoutes;
import org.ntc.hub.notification.NotificationRoutes;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.notification.FollowPages;
import org.ntc.hub.notification.SettingsPages;
import org.ntc.hub.notification.SettingsRepository;
import org.ntc.hub.notification.SettingsRoutes;
import org.ntc.hub.notification.SettingsService;
import org.ntc.hub.organisation.OrganisationPages;
import org.ntc.hub.organisation.OrganisationRepository;
import org.ntc.hub.organisation.OrganisationRoutes;
import org.ntc.hub.organisation.OrganisationService;
import org.ntc.hub.platform.HealthRoutes;
import org.ntc.hub.platform.AttemptLimits;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.platform.Tokens;
import org.ntc.hub.platform.Views;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.StreamHub;
import org.ntc.hub.realtime.StreamRoutes;
import org.ntc.hub.review.ReviewPages;
import org.ntc.hub.review.ReviewRepository;
import org.ntc.hub.review.ReviewRoutes;
import org.ntc.hub.review.ReviewService;
import org.ntc.hub.search.SearchPages;
import org.ntc.hub.search.SearchRepository;
import org.ntc.hub.search.SearchRoutes;
import org.ntc.hub.search.SearchService;
import org.ntc.hub.showcase.MessagePages;
import org.ntc.hub.showcase.MessageRepository;
import org.ntc.hub.showcase.MessageRoutes;
import org.ntc.hub.showcase.MessageService;
import org.ntc.hub.showcase.SearchCountsCache;
import org.ntc.hub.showcase.ShowcaseImages;
import org.ntc.hub.showcase.ShowcasePages;
import org.ntc.hub.showcase.ClaimRepository;
import org.ntc.hub.showcase.ClaimService;
import org.ntc.hub.showcase.ShowcaseRepository;
import org.ntc.hub.showcase.ShowcaseRoutes;
import org.ntc.hub.showcase.ShowcaseSections;
import org.ntc.hub.showcase.ShowcaseService;
import org.ntc.hub.showcase.Taxonomy;
import org.ntc.hub.situation.SituationPages;
import org.ntc.hub.training.ContactPointEvents;
import org.ntc.hub.training.TrainingRepository;
import org.ntc.hub.training.TrainingRoutes;
import org.ntc.hub.training.TrainingService;
import org.ntc.hub.visit.VisitPages;
import org.ntc.hub.visit.VisitRepository;
import org.ntc.hub.visit.VisitRoutes;
import org.ntc.hub.visit.VisitService;

/**
 * The application assembled: each feature's repository, service, routes and pages, and the
 * few places where one feature is told about another. Only this root package sees every
 * feature; {@code platform} sees none.
 */
final class Routes {
  private final Vertx vertx;
  private final Context context;
  private final AppConfig config;
  private final Clock clock;
  private final Pool pool;
  private final Views views;
  private final Tokens tokens;
  private final AccountRepository accountRepository;
  private final String signingSecret;
  private final SearchCountsCache searchCounts;
  private final StreamHub hub;
  private final PageCache pages;

  Routes(Vertx vertx, Context context, AppConfig config, Clock clock, Pool pool, Views views, Tokens tokens,
         AccountRepository accountRepository, String signingSecret, SearchCountsCache searchCounts, StreamHub hub,
         PageCache pages) {
    this.vertx = vertx;
    this.context = context;
    this.config = config;
    this.clock = clock;
    this.pool = pool;
    this.views = views;
    this.tokens = tokens;
    this.accountRepository = accountRepository;
    this.signingSecret = signingSecret;
    this.searchCounts = searchCounts;
    this.hub = hub;
    this.pages = pages;
  }

  void mount(Router router) {
    EventLog events = new EventLog(pool, config.node());
    MailService mail = new MailService(new MailOutbox(pool), Mails.renderer(vertx, pool, config, signingSecret, clock));
    new MailRoutes(mail).mount(router);
    new AdminMailPages(mail, views, config.smtp().map(Object::toString)).mount(router);
    NotificationService notifications = new NotificationService(new NotificationRepository(pool, config.node()));
    ContactPointService contactPoints = new ContactPointService(new ContactPointRepository(pool), events)
        .onChange(() -> referenceDataChanged(ContactPointService.CHANGED));
    AccountService accounts = new AccountService(vertx, accountRepository, tokens, events, signingSecret, clock);
    OrganisationRepository organisationRepository = new OrganisationRepository(pool);
    OrganisationService organisations = new OrganisationService(organisationRepository, events, notifications);
    HealthRoutes.mountDocument(router);
    new StreamRoutes(hub, events, context, accountRepository::viewer).mount(router);
    new NotificationRoutes(notifications).mount(router);
    SettingsService notificationSettings = new SettingsService(new SettingsRepository(pool),
        new MailLinks(config.publicUrl(), signingSecret), Taxonomy.CATEGORIES);
    new SettingsRoutes(notificationSettings).mount(router);
    new SettingsPages(notificationSettings, views).mount(router);
    VisitService visits = new VisitService(new VisitRepository(pool), notifications, clock);
    new VisitRoutes(visits).mount(router);
    new VisitPages(visits, views).mount(router);
    AccountLifecycle lifecycle = new AccountLifecycle(accounts, accountRepository, events, mail, clock);
    accounts.onArrival(lifecycle::arrived);
    StaffService staff = new StaffService(accountRepository, events);
    new AccountRoutes(accounts, staff).withLifecycle(lifecycle).mount(router);
    new OrganisationRoutes(organisations).mount(router);
    new AuditRoutes(new AuditLog(pool)).mount(router);
    ShowcaseRepository showcaseRepository = new ShowcaseRepository(pool, searchCounts);
    ShowcaseService showcases = new ShowcaseService(showcaseRepository, new ShowcaseImages(pool), events, notifications);
    EvidenceService evidenceProfiles = new EvidenceService(new EvidenceRepository(pool));
    ClaimService claims = new ClaimService(new ClaimRepository(pool), showcaseRepository, notifications, clock)
        .onChange(pages::clear);
    new ShowcaseRoutes(showcases, pages).withEvidence(evidenceProfiles::json).withClaims(claims).mount(router);
    PilotService pilots = new PilotService(new PilotRepository(pool), events, notifications);
    LibraryService library = new LibraryService(new LibraryRepository(pool), notifications, events);
    new LibraryRoutes(library).mount(router);
    new LibraryPages(library, views).mount(router);
    SaveService saves = new SaveService(new SaveRepository(pool));
    AnalyticsService analytics = new AnalyticsService(new AnalyticsRepository(pool));
    new AnalyticsRoutes(analytics, saves, clock).mount(router);
    new AnalyticsPages(analytics, saves, views, clock).mount(router);
    AdoptionService adoptions = new AdoptionService(new AdoptionRepository(pool), clock).onChange(pages::clear);
    new AdoptionRoutes(adoptions).mount(router);
    new AdoptionPages(adoptions, views).mount(router);
    CourseRepository courseRepository = new CourseRepository(pool);
    CourseService courses = new CourseService(courseRepository, clock).onChange(pages::clear);
    new CourseRoutes(courses).mount(router);
    CertificateService certificates = new CertificateService(new CertificateRepository(pool), new AttemptLimits(pool));
    accounts.alsoOnErase(certificates::forget);
    new CertificateRoutes(certificates).mount(router);
    new CertificatePages(certificates, views).mount(router);
    CourseEditorPages courseEditor = new CourseEditorPages(courses, views);
    courseEditor.mount(router);
    new CourseImageRoutes(new CourseImages(courses, courseRepository), views, courseEditor::lessonEditor).mount(router);
    CourseRequirements requirements = CourseHolders.heldBy(new CourseRequirements(new CourseRequirementRepository(pool)), pilots, adoptions);
    new CourseRequirementRoutes(requirements).mount(router);
    CourseRequirementPages requirementPages = new CourseRequirementPages(requirements);
    requirementPages.mount(router);
    new AdoptionRecordPages(adoptions, views).withCourses(requirementPages.section(CourseRequirements.Kind.ADOPTION)).mount(router);
    LearnerService learners = new LearnerService(courseRepository, new LearnerRepository(pool), clock);
    accounts.alsoOnErase(learners::forget).alsoExport(learners::export);
    new LearnerRoutes(learners).mount(router);
    LearnerPages learnerPages = new LearnerPages(learners, views);
    learnerPages.mount(router);
    new CoursePages(courses, views).withLearner(learnerPages).mount(router);
    ReviewService reviews = new ReviewService(new ReviewRepository(pool), notifications, clock);
    new ReviewRoutes(reviews).mount(router);
    new ReviewPages(reviews, views).mount(router);
    new ShowcasePages(showcases, views, pages)
        .withSections(new ShowcaseSections().pilots(pilots::evidence).profile(evidenceProfiles::json).claims(claims)
            .library((id, viewer, lang) -> LibraryPages.listed(library, "showcaseIds", id, lang))
            .saved(saves::saved)
            .adoption((id, viewer, lang) -> AdoptionPages.section(adoptions, id, viewer, lang))
            .reviews((id, viewer, lang) -> ReviewPages.section(reviews, id, viewer, lang))
            .courses((id, viewer, lang) -> CoursePages.teaching(courses, id, lang)))
        .mount(router);
    new HomeRoutes(contactPoints, showcases, views).mount(router);
    TrainingService trainings = new TrainingService(new TrainingRepository(pool), organisations, events, notifications, clock);
    new ContactPointRoutes(contactPoints, views).withVisits((id, viewer, lang) -> VisitPages.section(visits, id, viewer, lang))
        .withEvents((id, viewer, lang) -> ContactPointEvents.section(trainings, id, lang, clock)).mount(router);
    accounts.onErase(trainings::leaveAll);
    accounts.alsoOnErase(visits::forget);
    trainings.feeds().alsoShow(visits::calendarEvents);
    MaterialService materials = new MaterialService(new MaterialRepository(pool));
    new TrainingRoutes(trainings, materials, views, clock)
        .withLibrary((id, lang) -> LibraryPages.listed(library, "trainingIds", id, lang))
        .mount(router);
    ChallengeRepository challengeRepository = new ChallengeRepository(pool);
    ChallengeService challenges = new ChallengeService(challengeRepository, showcases, events, notifications, clock);
    MessageService messages = new MessageService(new MessageRepository(pool), notifications);
    accounts.alsoOnErase(messages::forgetSender, notificationSettings::forget, mail::forget, saves::forget, reviews::forget);
    new MessageRoutes(messages).mount(router);
    new MessagePages(showcases, messages, views).mount(router);
    AdviceService advice = new AdviceService(new AdviceRepository(pool), notifications, events, clock);
    AdvicePages advicePages = new AdvicePages(advice, views, clock);
    new AccountPages(accounts, showcases, trainings, notifications, views)
        .withDigest((viewer, lang) -> challenges.digest(viewer).map(list -> Challenge.toJson(list, lang)))
        .withMessages(messages).withLifecycle(lifecycle).withQuestions(advicePages::forAccount).mount(router);
    new MaterialRoutes(materials).mount(router);
    new MaterialPages(materials, views).mount(router);
    new SituationPages(showcases, trainings, materials, views, clock).mount(router);
    new ChallengeRoutes(challenges).mount(router);
    CosignService cosigns = new CosignService(challengeRepository, new CosignRepository(pool), notifications);
    new CosignRoutes(cosigns).mount(router);
    new FollowPages(notificationSettings).mount(router);
    new ChallengePages(challenges, pilots, views)
        .withLibrary((id, lang) -> LibraryPages.listed(library, "challengeIds", id, lang))
        .withPooling(cosigns, (id, viewer) -> viewer.signedIn()
            ? notificationSettings.topics(viewer).map(followed -> followed.followsNeed(id)) : Future.succeededFuture(false))
        .mount(router);
    new PilotRoutes(pilots).mount(router);
    new OrganisationPages(organisations, views).withProfileLists(ProfileLists.offers(showcases), ProfileLists.needs(challenges),
        ProfileLists.pilots(pilots)).withAdoptions((id, viewer, lang) -> AdoptionPages.listing(adoptions, id, lang))
        .withFollowing((id, viewer) -> viewer.signedIn()
            ? notificationSettings.topics(viewer).map(followed -> followed.followsOrganisation(id)) : Future.succeededFuture(false))
        .mount(router);
    new PilotPages(pilots, views).withCourses(requirementPages.section(CourseRequirements.Kind.PILOT)).mount(router);
    new FollowRoutes(new FollowService(new FollowRepository(pool))).mount(router);
    new ModerationRoutes(new ModerationService(showcases, organisations, trainings, challenges, library, courses), views).mount(router);
    LabelService labels = new LabelService(new LabelRepository(pool)).onChange(() -> referenceDataChanged(LabelService.CHANGED));
    new AdminPages(staff, new AuditLog(pool), labels, views, Taxonomy.CATEGORIES, Taxonomy.TARGET_GROUPS).mount(router);
    new AdminContactPointPages(contactPoints, views).mount(router);
    // The vocabulary is kept once per node as it starts (see App).
    SearchService search = new SearchService(new SearchRepository(pool));
    new SearchRoutes(search).mount(router);
    new SearchPages(search, views).mount(router);
    OpenDataService openData = new OpenDataService(new OpenDataRepository(pool), clock);
    new OpenDataRoutes(openData).mount(router);
    new SitemapRoutes(openData).mount(router);
    new FeedRoutes(openData).mount(router);
    new OpenDataPages(views).mount(router);
    InsightService insight = new InsightService(new InsightRepository(pool), clock);
    new InsightRoutes(insight).mount(router);
    new InsightPages(insight, views, Taxonomy.CATEGORIES, pages).mount(router);
    accounts.alsoOnErase(advice::forget);
    new AdviceRoutes(advice).mount(router);
    advicePages.mount(router);
    new BasicsPages(advice, new AttemptLimits(pool), views).mount(router);
    GroupService groups = new GroupService(new GroupRepository(pool), notifications, clock);
    notificationSettings.joiningGroupsBy(groups::memberOfOnly);
    accounts.alsoOnErase(groups::forget);
    new GroupRoutes(groups).mount(router);
    new GroupPages(groups, views, clock).mount(router);
    accounts.alsoOnErase(cosigns::forget, trainings.matchmaking()::forget);
    trainings.feeds().alsoShow(trainings.matchmaking()::calendarEvents);
  }

  /** After an admin's change: this node's kept pages go at once, and every node is told to read the data again. */
  private void referenceDataChanged(String address) {
    pages.clear();
    ReferenceData.changed(vertx, address, config.node());
  }
}
