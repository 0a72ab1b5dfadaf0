package org.ntc.hub.review;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.review.ReviewRepository.Counts;
import org.ntc.hub.review.ReviewRepository.Showcase;
import org.ntc.hub.review.ReviewRepository.Useful;

/**
 * "We tried it": members of verified care organisations review a public showcase from their
 * own use, once each, and change or delete their review; the company behind the showcase answers
 * each review once; staff hide an abusive one with a reason its author reads. Anyone signed in
 * marks a showcase useful, once, and may take it back.
 */
public final class ReviewService {
  private static final int SHOWN = 100;
  private final ReviewRepository reviews;
  private final NotificationService notifications;
  private final Clock clock;
  private Runnable onChange = () -> {};

  public ReviewService(ReviewRepository reviews, NotificationService notifications, Clock clock) {
    this.reviews = reviews;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Called after each change: kept copies of public pages go, so no visitor is shown the old state. */
  public ReviewService onChange(Runnable onChange) {
    this.onChange = onChange;
    return this;
  }

  /** A showcase's reviews as one viewer sees them, with the summary of the shown ones and its "useful" marks. */
  public record Listing(UUID showcaseId, UUID companyId, Localised showcaseTitle, List<Review> items, Counts counts, Useful useful, Optional<UUID> mine,
                        Paging paging) {
    public JsonObject toJson(Viewer viewer, String lang) {
      return paging.page(items.stream().map(r -> r.toJson(viewer, lang)).toList(), counts.listed())
          .put("summary", new JsonObject().put("reviews", counts.reviews()).put("recommend", counts.yes())
              .put("withReservations", counts.withReservations()).put("notRecommend", counts.no()))
          .put("useful", usefulJson(useful));
    }
  }

  /** A verified care organisation the viewer may review from. */
  public record CareOrganisation(UUID id, String name) {}

  /** Members of a verified care organisation write reviews: the professionals who used the technology. */
  public static List<CareOrganisation> reviewsFrom(Viewer viewer) {
    return viewer.memberships().stream().filter(m -> m.verified() && m.type() == OrganisationType.CARE)
        .map(m -> new CareOrganisation(m.organisationId(), m.organisationName())).toList();
  }

  public static boolean writes(Viewer viewer) {
    return viewer.signedIn() && !reviewsFrom(viewer).isEmpty();
  }

  public Future<Listing> list(UUID showcaseId, Viewer viewer, Paging paging) {
    return publicShowcase(showcaseId).compose(showcase -> {
      Future<List<Review>> items = reviews.ofShowcase(showcaseId, viewer.staff(), viewer.id(), paging.pageSize(), paging.offset());
      Future<Counts> counts = reviews.counts(showcaseId, viewer.staff(), viewer.id());
      Future<Useful> useful = reviews.useful(showcaseId, viewer.id());
      Future<Optional<UUID>> mine = viewer.signedIn() ? reviews.mine(showcaseId, viewer.id()) : Future.succeededFuture(Optional.empty());
      return Future.all(items, counts, useful, mine).map(done -> new Listing(showcaseId, showcase.organisationId(),
          Localised.of(showcase.title()), items.result(),
          counts.result(), useful.result(), mine.result(), paging));
    });
  }

  /** The page's list: the newest reviews, as many as a page shows. */
  public Future<Listing> section(UUID showcaseId, Viewer viewer) {
    return list(showcaseId, viewer, new Paging(1, SHOWN));
  }

  public Future<Review> find(UUID showcaseId, UUID reviewId, Viewer viewer) {
    return publicShowcase(showcaseId).compose(showcase -> visible(showcaseId, reviewId, viewer));
  }

  /**
   * Writes the viewer's review of a public showcase, from one of their verified care
   * organisations. A second review of the same showcase is refused (409): the first is edited.
   * The company behind the showcase hears of it in the same transaction.
   */
  public Future<Review> write(UUID showcaseId, NewReview review, Viewer viewer) {
    viewer.requireSignedIn();
    List<CareOrganisation> from = reviewsFrom(viewer);
    if (from.isEmpty()) throw new Forbidden("Only members of a verified care organisation write reviews: companies and citizens cannot");
    UUID organisationId = review.organisationId() == null ? from.get(0).id() : review.organisationId();
    if (from.stream().noneMatch(o -> o.id().equals(organisationId))) {
      FieldErrors errors = new FieldErrors();
      errors.add("organisationId", "must be a verified care organisation you are a member of");
      errors.throwIfAny();
    }
    UUID id = UUID.randomUUID();
    return publicShowcase(showcaseId).compose(showcase -> reviews.pool().withTransaction(tx ->
            reviews.insert(tx, id, showcaseId, viewer.id(), organisationId, review, now()).compose(inserted -> {
              if (!inserted) return Future.failedFuture(new Conflict("You have already reviewed this showcase: change your review instead"));
              return notifications.toMembers(tx, showcase.organisationId(), NotificationKind.SHOWCASE_REVIEWED, payload(showcase, id));
            })))
        .andThen(done -> onChange.run()).compose(done -> reviews.byId(id));
  }

  /** Its author changes their review; nobody else may. */
  public Future<Review> change(UUID showcaseId, UUID reviewId, ReviewChange change, Viewer viewer) {
    viewer.requireSignedIn();
    return authored(showcaseId, reviewId, viewer)
        .compose(review -> reviews.pool().withTransaction(tx -> reviews.update(tx, reviewId, change.applied(review), now())))
        .andThen(done -> onChange.run()).compose(done -> reviews.byId(reviewId));
  }

  /** Its author deletes their review, with its answer. */
  public Future<Review> delete(UUID showcaseId, UUID reviewId, Viewer viewer) {
    viewer.requireSignedIn();
    return authored(showcaseId, reviewId, viewer)
        .compose(review -> reviews.pool().withTransaction(tx -> reviews.delete(tx, reviewId)).map(review))
        .andThen(done -> onChange.run());
  }

  /** Members of the company behind the showcase answer a review once (a second answer is 409); its author hears of it. */
  public Future<Review> answer(UUID showcaseId, UUID reviewId, String text, Viewer viewer) {
    viewer.requireSignedIn();
    return publicShowcase(showcaseId).compose(showcase -> visible(showcaseId, reviewId, viewer).compose(review -> {
      if (!viewer.memberOfVerified(showcase.organisationId())) {
        return Future.failedFuture(new Forbidden("Only the company behind the showcase answers its reviews"));
      }
      if (review.answered()) return Future.failedFuture(new Conflict("This review has already been answered"));
      return reviews.pool().withTransaction(tx -> reviews.answer(tx, reviewId, text, viewer.id(), now()).compose(answered -> {
        if (!answered) return Future.failedFuture(new Conflict("This review has already been answered"));
        return notifications.toAccount(tx, review.authorId(), NotificationKind.REVIEW_ANSWERED, payload(showcase, reviewId));
      }));
    })).andThen(done -> onChange.run()).compose(done -> reviews.byId(reviewId));
  }

  /** Staff hide an abusive review with a reason its author reads; audited, and the author hears of it. */
  public Future<Review> hide(UUID showcaseId, UUID reviewId, String reason, Viewer viewer, String address) {
    viewer.requireStaff();
    return publicShowcase(showcaseId).compose(showcase -> visible(showcaseId, reviewId, viewer).compose(review ->
        reviews.pool().withTransaction(tx -> reviews.hide(tx, reviewId, reason, viewer.id(), now())
            .compose(done -> notifications.toAccount(tx, review.authorId(), NotificationKind.REVIEW_HIDDEN, payload(showcase, reviewId)))
            .compose(done -> audited(tx, viewer, AuditAction.REVIEW_HIDDEN, reviewId, address, reason)))))
        .andThen(done -> onChange.run()).compose(done -> reviews.byId(reviewId));
  }

  /** Staff show a hidden review again; audited. */
  public Future<Review> restore(UUID showcaseId, UUID reviewId, Viewer viewer, String address) {
    viewer.requireStaff();
    return publicShowcase(showcaseId).compose(showcase -> visible(showcaseId, reviewId, viewer).compose(review ->
        reviews.pool().withTransaction(tx -> reviews.restore(tx, reviewId)
            .compose(done -> audited(tx, viewer, AuditAction.REVIEW_RESTORED, reviewId, address, null)))))
        .andThen(done -> onChange.run()).compose(done -> reviews.byId(reviewId));
  }

  /** Marks a public showcase useful to the viewer, or takes the mark back; the count after it. */
  public Future<Useful> useful(UUID showcaseId, boolean useful, Viewer viewer) {
    viewer.requireSignedIn();
    return publicShowcase(showcaseId).compose(showcase -> reviews.mark(showcaseId, viewer.id(), useful))
        .andThen(done -> onChange.run()).compose(done -> reviews.useful(showcaseId, viewer.id()));
  }

  /** When an account is erased: its reviews and marks go. */
  public Future<Void> forget(SqlClient tx, UUID accountId) {
    return reviews.forget(tx, accountId);
  }

  public static JsonObject usefulJson(Useful useful) {
    return new JsonObject().put("count", useful.marks()).put("marked", useful.marked());
  }

  private Future<Showcase> publicShowcase(UUID showcaseId) {
    return reviews.showcase(showcaseId).map(found -> found.orElseThrow(() -> new NotFound("showcase", showcaseId)));
  }

  /** A review of this showcase that the viewer may see; a hidden one is not found for others. */
  private Future<Review> visible(UUID showcaseId, UUID reviewId, Viewer viewer) {
    return reviews.byId(reviewId).compose(review -> review.showcaseId().equals(showcaseId) && review.visibleTo(viewer)
        ? Future.succeededFuture(review) : Future.failedFuture(new NotFound("review", reviewId)));
  }

  private Future<Review> authored(UUID showcaseId, UUID reviewId, Viewer viewer) {
    return publicShowcase(showcaseId).compose(showcase -> visible(showcaseId, reviewId, viewer)).compose(review -> review.writtenBy(viewer)
        ? Future.succeededFuture(review) : Future.failedFuture(new Forbidden("Only its author changes or deletes a review")));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static JsonObject payload(Showcase showcase, UUID reviewId) {
    return new JsonObject().put("showcaseId", showcase.id().toString()).put("reviewId", reviewId.toString())
        .put("title", showcase.title());
  }

  private static Future<Void> audited(SqlClient tx, Viewer viewer, AuditAction action, UUID id, String address, String reason) {
    JsonObject detail = new JsonObject();
    if (reason != null) detail.put("reason", reason);
    return AuditLog.record(tx, viewer.id(), action, id, address, detail);
  }
}
