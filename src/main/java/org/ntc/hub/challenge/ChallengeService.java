package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.challenge.ChallengeDetail.Offer;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.notification.NotificationService.Except;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Viewer.Membership;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;
import org.ntc.hub.showcase.Showcase;
import org.ntc.hub.showcase.ShowcaseService;

/**
 * Needs meet solutions: members of a verified care or research organisation write a
 * challenge; staff review it like a showcase; once published, it lists the showcases that fit
 * it, and members of verified companies answer with one of their published showcases. The
 * challenge's organisation and staff read the answers side by side.
 */
public final class ChallengeService {
  private final Clock clock;
  static final int MATCHES = 20;
  /** Answer dates are days at the centre's first contact point. */
  private static final Site CENTRE = Site.SEINAJOKI;
  /** How needs appear in staff's moderation queue. */
  private static final String QUEUE_KIND = "challenge";
  private final ChallengeRepository challenges;
  private final NeedMatcher matcher;
  private final ShowcaseService showcases;
  private final EventLog events;
  private final NotificationService notifications;

  public ChallengeService(ChallengeRepository challenges, ShowcaseService showcases, EventLog events,
                          NotificationService notifications, Clock clock) {
    this.clock = clock;
    this.challenges = challenges;
    this.matcher = new NeedMatcher(challenges);
    this.showcases = showcases;
    this.events = events;
    this.notifications = notifications;
  }

  /** Today at the centre: a new need's answers must be due after it, and answers are taken until it has passed. */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CENTRE.zone());
  }

  /** Posted, as a draft, by a member of the verified care or research organisation it is for. */
  public Future<Challenge> create(NewChallenge challenge, Viewer viewer) {
    viewer.requireSignedIn();
    if (!viewer.memberOf(challenge.organisationId())) {
      return Future.failedFuture(new Forbidden("Only the organisation's members may post its needs"));
    }
    if (!postsNeeds(viewer, challenge.organisationId())) {
      return Future.failedFuture(new Forbidden("Needs are posted by verified care and research organisations"));
    }
    UUID id = UUID.randomUUID();
    return challenges.pool().withTransaction(tx -> challenges.insert(tx, id, challenge, viewer.id()))
        .compose(done -> challenges.byId(id));
  }

  public Future<ChallengeList> list(Paging paging) {
    Future<List<Challenge>> items = challenges.published(paging.pageSize(), paging.offset());
    Future<Long> total = challenges.countPublished();
    return Future.all(items, total).map(all -> new ChallengeList(items.result(), total.result()));
  }

  /** A published need for anyone; any state for its organisation's members and staff; else not found. */
  public Future<Challenge> visible(UUID id, Viewer viewer) {
    return challenges.byId(id).map(c -> {
      if (!c.publiclyVisible() && !viewer.memberOf(c.organisationId()) && !viewer.staff()) {
        throw new NotFound("challenge", id);
      }
      return c;
    });
  }

  /** What awaits staff's review, oldest first. */
  public Future<List<Challenge>> pending(Viewer viewer) {
    viewer.requireStaff();
    return challenges.pending();
  }

  public Future<Challenge> submit(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return challenges.byId(id).compose(c -> {
      if (!viewer.memberOf(c.organisationId())) {
        return Future.failedFuture(new Forbidden("Only the organisation's members submit its needs"));
      }
      return challenges.pool().withTransaction(tx -> submitted(tx, c));
    }).compose(done -> challenges.byId(id));
  }

  /**
   * Staff publish a pending need or send it back with a comment. A review that names a
   * {@code version} other than the need's current one is refused: the need changed since.
   */
  public Future<Challenge> review(UUID id, Review review, Viewer viewer) {
    viewer.requireStaff();
    return challenges.byId(id).compose(c -> {
      if (review.version().filter(version -> !version.equals(c.version())).isPresent()) {
        return Future.failedFuture(new Conflict("The need changed after you opened it; review it again"));
      }
      return challenges.pool().withTransaction(tx -> reviewed(tx, c, review));
    }).compose(done -> challenges.byId(id));
  }

  /**
   * The day's digest: needs published in the last 24 hours in the categories one's organisations
   * follow, pooled needs (more organisations behind, larger combined scale) first.
   */
  public Future<List<Challenge>> digest(Viewer viewer) {
    viewer.requireSignedIn();
    return challenges.digest(viewer.id()).map(NeedMatcher::ranked);
  }

  /** Published showcases that fit the need, best first. */
  public Future<List<Match>> matches(UUID id, Viewer viewer) {
    return visible(id, viewer).compose(c -> matcher.matched(c, MATCHES));
  }

  /** A member of a verified company answers an open need with one of its published showcases, once per showcase. */
  public Future<SentAnswer> answer(UUID id, NewAnswer answer, Viewer viewer) {
    viewer.requireSignedIn();
    return challenges.byId(id).compose(c -> {
      if (c.status() == ChallengeStatus.CLOSED && c.publiclyVisible()) {
        return Future.failedFuture(new Conflict("The need is closed"));
      }
      if (c.status() != ChallengeStatus.PUBLISHED) return Future.failedFuture(new NotFound("challenge", id));
      if (!c.open(today())) return Future.failedFuture(new Conflict("The time for answers has ended"));
      return showcases.stored(answer.showcaseId())
          .recover(err -> Future.failedFuture(err instanceof NotFound ? new Invalid("showcaseId", "no such showcase") : err))
          .compose(showcase -> answerWith(c, showcase, answer, viewer));
    });
  }

  /** The answers side by side, for the challenge's organisation and staff. */
  public Future<List<Answer>> answers(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return visible(id, viewer).compose(c -> readsAnswers(c, viewer) ? challenges.answers(id)
        : Future.failedFuture(new Forbidden("Only the organisation that posted the need and staff read its answers")));
  }

  /** Everything the need's page shows this viewer. */
  public Future<ChallengeDetail> detail(UUID id, Viewer viewer) {
    return visible(id, viewer).compose(c -> {
      Future<List<Match>> matches = matcher.matched(c, MATCHES);
      Future<List<Answer>> answers = readsAnswers(c, viewer) ? challenges.answers(id) : Future.succeededFuture(List.of());
      Future<List<Offer>> offers = offers(viewer);
      return Future.all(matches, answers, offers).map(all -> new ChallengeDetail(c, matches.result(), answers.result(),
          offers.result(), !offers.result().isEmpty() && c.open(today())));
    });
  }

  private static boolean postsNeeds(Viewer viewer, UUID organisationId) {
    return posting(viewer).stream().anyMatch(m -> m.organisationId().equals(organisationId));
  }

  /** The viewer's verified care and research organisations: those the viewer may post needs for. */
  static List<Membership> posting(Viewer viewer) {
    return viewer.memberships().stream().filter(m -> m.verified() && m.type().professional()).toList();
  }

  /**
   * Its organisation's members edit a need until it is closed. Editing a published need sends
   * it back to staff's review: it leaves the public list until staff approve it again.
   */
  public Future<Challenge> update(UUID id, ChallengeChange change, Viewer viewer) {
    viewer.requireSignedIn();
    return editable(id, viewer).compose(c -> {
      if (change.empty()) return Future.succeededFuture(c);
      NewChallenge edited = change.applyTo(c);
      return challenges.pool().withTransaction(tx -> challenges.update(tx, id, c.status(), edited)
              .compose(updated -> updated ? backToReview(tx, c, edited)
                  : Future.failedFuture(new Conflict("The need changed meanwhile; open it again"))))
          .compose(done -> challenges.byId(id));
    });
  }

  /** A need its viewer may edit: one of its organisation's members, and not closed. */
  public Future<Challenge> editable(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return visible(id, viewer).compose(c -> {
      if (!viewer.memberOf(c.organisationId())) {
        return Future.failedFuture(new Forbidden("Only the organisation's members edit its needs"));
      }
      if (c.status() == ChallengeStatus.CLOSED) return Future.failedFuture(new Conflict("A closed need is not edited"));
      return Future.succeededFuture(c);
    });
  }

  /** Its organisation's members or staff close a need with its outcome; a closed need stays readable where it was public. */
  public Future<Challenge> close(UUID id, ChallengeClosing closing, Viewer viewer) {
    viewer.requireSignedIn();
    return visible(id, viewer).compose(c -> {
      if (!viewer.memberOf(c.organisationId()) && !viewer.staff()) {
        return Future.failedFuture(new Forbidden("Only the organisation's members and staff close its needs"));
      }
      return challenges.pool().withTransaction(tx -> challenges.close(tx, id, closing).compose(closed -> {
        if (!closed) return Future.failedFuture(new Conflict("The need is already closed"));
        Future<Void> queue = c.status() == ChallengeStatus.PENDING
            ? events.queueChanged(tx, QUEUE_KIND, id, c.title().toJson(), "removed") : Future.succeededFuture();
        return queue.compose(v -> toldOfClosing(tx, c, closing));
      })).compose(done -> challenges.byId(id));
    });
  }

  /** The needs of the viewer's care and research organisations, in every state. */
  public Future<List<Challenge>> ofViewer(Viewer viewer) {
    List<UUID> organisations = viewer.memberships().stream().filter(m -> m.type().professional())
        .map(Membership::organisationId).toList();
    return organisations.isEmpty() ? Future.succeededFuture(List.of()) : challenges.ofOrganisations(organisations);
  }

  /** The companies that answered, and the people who follow the need, hear how it ended: each person once, answerers as such. */
  private Future<Void> toldOfClosing(SqlClient tx, Challenge c, ChallengeClosing closing) {
    JsonObject about = about(c).put("outcome", closing.outcome().code());
    return challenges.answering(tx, c.id()).compose(companies -> {
      List<UUID> toldOtherwise = new java.util.ArrayList<>(companies);
      toldOtherwise.add(c.organisationId());
      return notifications.toMembers(tx, companies, NotificationKind.CHALLENGE_CLOSED, about)
          .compose(v -> notifications.toNeedFollowers(tx, c.id(), toldOtherwise, NotificationKind.FOLLOWED_NEED_CLOSED, about));
    });
  }

  private Future<Void> backToReview(SqlClient tx, Challenge c, NewChallenge edited) {
    return c.status() == ChallengeStatus.PUBLISHED ? events.queueChanged(tx, QUEUE_KIND, c.id(), edited.title().toJson(), "added")
        : Future.succeededFuture();
  }

  private static boolean readsAnswers(Challenge c, Viewer viewer) {
    return viewer.memberOf(c.organisationId()) || viewer.staff();
  }

  private Future<Void> submitted(SqlClient tx, Challenge c) {
    return challenges.move(tx, c.id(), ChallengeStatus.PENDING, List.of(ChallengeStatus.DRAFT, ChallengeStatus.CHANGES_REQUESTED),
            null)
        .compose(moved -> moved ? events.queueChanged(tx, QUEUE_KIND, c.id(), c.title().toJson(), "added")
            : Future.failedFuture(new Conflict("Only a draft or a need with requested changes can be submitted")));
  }

  private Future<Void> reviewed(SqlClient tx, Challenge c, Review review) {
    ChallengeStatus to = review.approved() ? ChallengeStatus.PUBLISHED : ChallengeStatus.CHANGES_REQUESTED;
    return challenges.move(tx, c.id(), to, List.of(ChallengeStatus.PENDING), review.comment())
        .compose(moved -> moved ? toldOfReview(tx, c, review)
            : Future.failedFuture(new Conflict("Only a pending need can be reviewed")));
  }

  /** The need leaves staff's queue and its organisation hears the decision; a published need also reaches the public and followers. */
  private Future<Void> toldOfReview(SqlClient tx, Challenge c, Review review) {
    JsonObject about = about(c);
    NotificationKind kind = review.approved() ? NotificationKind.CHALLENGE_PUBLISHED : NotificationKind.CHALLENGE_CHANGES_REQUESTED;
    Future<Void> told = events.queueChanged(tx, QUEUE_KIND, c.id(), c.title().toJson(), "removed")
        .compose(v -> notifications.toMembers(tx, c.organisationId(), kind,
            review.comment() == null ? about : about.copy().put("comment", review.comment())));
    if (!review.approved()) return told;
    JsonObject published = about.copy()
        .put("organisation", new JsonObject().put("id", c.organisationId().toString()).put("name", c.organisationName()))
        .put("categories", new JsonArray(c.categories())).put("country", c.country().name());
    return told.compose(v -> events.publicly(tx, Topics.CHALLENGE_PUBLISHED, published))
        .compose(v -> notifications.toFollowers(tx, c.categories(), NotificationKind.CHALLENGE_MATCHING, about))
        .compose(v -> notifications.toTopicFollowers(tx, c.categories(), Except.membersOf(c.organisationId()).andOrganisationsFollowingTopics(),
            NotificationKind.CHALLENGE_IN_FOLLOWED_TOPIC, about))
        .compose(v -> c.publishedAt() != null ? Future.succeededFuture()
            : notifications.toOrganisationFollowers(tx, c.organisationId(), NotificationKind.FOLLOWED_ORGANISATION_NEED, about));
  }

  private Future<SentAnswer> answerWith(Challenge c, Showcase showcase, NewAnswer answer, Viewer viewer) {
    if (!viewer.memberOf(showcase.organisationId())) {
      return Future.failedFuture(new Forbidden("Answer with one of your own organisation's showcases"));
    }
    if (!showcase.isPublic()) {
      return Future.failedFuture(new Conflict("Only a published showcase can answer a need"));
    }
    UUID answerId = UUID.randomUUID();
    JsonObject about = about(c).put("showcaseId", answer.showcaseId().toString());
    return challenges.pool().withTransaction(tx -> challenges
            .answer(tx, answerId, c.id(), answer, showcase.organisationId(), viewer.id())
            .compose(done -> notifications.toMembers(tx, c.organisationId(), NotificationKind.CHALLENGE_ANSWERED, about))
            .compose(done -> notifications.toNeedFollowers(tx, c.id(), List.of(c.organisationId()), NotificationKind.FOLLOWED_NEED_ANSWERED,
                about)))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? new Conflict("This showcase already answers this need") : err))
        .map(done -> new SentAnswer(answerId, c.id(), answer.showcaseId(), answer.proposal()));
  }

  /** The published showcases of the viewer's verified companies: what the viewer may answer a need with. */
  private Future<List<Offer>> offers(Viewer viewer) {
    List<Future<List<Showcase>>> lists = viewer.memberships().stream()
        .filter(m -> m.type() == OrganisationType.COMPANY && m.verified())
        .map(m -> showcases.publicOf(m.organisationId())).toList();
    return Future.all(lists).map(all -> lists.stream().flatMap(list -> list.result().stream())
        .map(s -> new Offer(s.id(), s.content().title())).toList());
  }

  private static JsonObject about(Challenge c) {
    return new JsonObject().put("challengeId", c.id().toString()).put("title", c.title().toJson());
  }

  /** What an organisation needs: its published needs, as anyone may see them. */
  public Future<List<Challenge>> publishedOf(UUID organisationId) {
    return challenges.publishedOf(organisationId);
  }

  /**
   * Gaps in the market, for staff: the published needs that no published showcase fits
   * past the matching's threshold, newest first.
   */
  public Future<List<Challenge>> gaps(Viewer viewer) {
    viewer.requireStaff();
    return matcher.gaps();
  }
}
