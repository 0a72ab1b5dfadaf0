package org.ntc.hub.showcase;

import static org.ntc.hub.showcase.ShowcaseStatus.ARCHIVABLE;
import static org.ntc.hub.showcase.ShowcaseStatus.ARCHIVED;
import static org.ntc.hub.showcase.ShowcaseStatus.CHANGES_REQUESTED;
import static org.ntc.hub.showcase.ShowcaseStatus.DRAFT;
import static org.ntc.hub.showcase.ShowcaseStatus.PENDING;
import static org.ntc.hub.showcase.ShowcaseStatus.PUBLISHED;
import static org.ntc.hub.showcase.ShowcaseStatus.SUBMITTABLE;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.SessionClaim;
import org.ntc.hub.platform.TooManyAttempts;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;

/**
 * The showcase lifecycle: members of a verified company write drafts and submit them; staff
 * approve or ask for changes; an edit to a published showcase waits for review while the
 * approved copy stays public. Owners and staff see every state; everyone else only the
 * approved copy.
 */
public final class ShowcaseService {
  static final int MAX_CONTACTS_PER_HOUR = 10;
  static final String CHANGED_MEANWHILE = "The showcase changed meanwhile; reload and try again";

  private final ShowcaseRepository showcases;
  private final ShowcaseImages images;
  private final ShowcaseEvents events;
  private final MessageRepository threads;
  private final ShowcasePictures pictures;

  public ShowcaseService(ShowcaseRepository showcases, ShowcaseImages images, EventLog events,
                         NotificationService notifications) {
    this.showcases = showcases;
    this.images = images;
    this.events = new ShowcaseEvents(events, notifications);
    this.threads = new MessageRepository(showcases.pool());
    this.pictures = new ShowcasePictures(this, showcases, images);
  }

  /** The showcase's images: adding, ordering, describing and removing them. */
  public ShowcasePictures pictures() {
    return pictures;
  }

  public Future<ShowcaseDetail> create(NewShowcase showcase, Viewer viewer) {
    viewer.requireSignedIn();
    if (!viewer.memberOf(showcase.organisationId())) {
      return Future.failedFuture(new Forbidden("Only members of the organisation may create its showcases"));
    }
    requirePublishingCompany(viewer, showcase.organisationId());
    UUID id = UUID.randomUUID();
    return showcases.pool().withTransaction(tx -> showcases.insert(tx, id, showcase.organisationId(), showcase.content(), viewer.id())
            .compose(done -> showcases.recordTransition(tx, id, viewer.id(), null, DRAFT, null)))
        .compose(done -> detail(id));
  }

  public Future<ShowcaseDetail> find(UUID id, Viewer viewer) {
    return showcases.byId(id).compose(showcase -> {
      if (privileged(showcase, viewer)) return detail(showcase);
      if (!showcase.isPublic()) return Future.failedFuture(new NotFound("showcase", id));
      showcases.countView(id);
      return images.list(id, true).map(approved -> ShowcaseDetail.forPublic(showcase, approved));
    });
  }

  /** Owners edit; a published showcase's edit goes to review at once, the approved copy staying public. */
  public Future<ShowcaseDetail> update(UUID id, ShowcaseChange change, Viewer viewer) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> edit(showcase, change, viewer))
        .onSuccess(done -> showcases.catalogueChanged())
        .compose(done -> detail(id));
  }

  public Future<ShowcaseDetail> submit(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      requireMember(showcase, viewer);
      requirePublishingCompany(viewer, showcase.organisationId());
      return move(showcase, viewer, PENDING, SUBMITTABLE, null,
          "Only a draft or a showcase with requested changes can be submitted; this one is " + showcase.status().code());
    }).compose(done -> detail(id));
  }

  public Future<ShowcaseDetail> review(UUID id, Review review, Viewer viewer) {
    viewer.requireStaff();
    return showcases.byId(id).compose(showcase -> decide(showcase, review, viewer))
        .onSuccess(done -> showcases.catalogueChanged())
        .compose(done -> detail(id));
  }

  /**
   * Takes a showcase out of view, with a reason (required when staff archive another
   * organisation's showcase) that its members are told and that stays on its page.
   */
  public Future<ShowcaseDetail> archive(UUID id, ArchiveRequest request, Viewer viewer) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      if (!viewer.staff()) requireMember(showcase, viewer);
      if (request.reason().isEmpty() && !viewer.memberOf(showcase.organisationId())) {
        throw new Invalid("reason", "say why you archive another organisation's showcase; its members are told");
      }
      return move(showcase, viewer, ARCHIVED, ARCHIVABLE, request.reason().orElse(null), "The showcase is already archived");
    }).onSuccess(done -> showcases.catalogueChanged()).compose(done -> detail(id));
  }

  /**
   * Undoes the latest archiving: back to the state the showcase was archived from, except that
   * one archived while waiting for review comes back as a draft for its owners to submit again.
   * Members restore what members archived; what staff archived, only staff restore.
   */
  public Future<ShowcaseDetail> restore(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      if (!viewer.staff()) requireMember(showcase, viewer);
      if (showcase.status() != ARCHIVED) {
        return Future.failedFuture(new Conflict("Only an archived showcase can be restored; this one is " + showcase.status().code()));
      }
      return showcases.lastArchiving(id).compose(last -> restore(showcase, last, viewer));
    }).onSuccess(done -> showcases.catalogueChanged()).compose(done -> detail(id));
  }

  /** One page of the public catalogue, each showcase with its first approved image when it has one. */
  public Future<ShowcaseResults> search(ShowcaseSearch search) {
    return search(search, null);
  }

  /** The same, confirming with the page that the caller's claimed session still holds (401 if not): see {@link SessionClaim}. */
  public Future<ShowcaseResults> search(ShowcaseSearch search, SessionClaim claim) {
    if (search.text() != null) return showcases.textSearch(search, claim);
    Future<SearchCounts> counts = showcases.counts(search);
    Future<List<ShowcaseSummary>> hits = showcases.search(search, counts, claim);
    return Future.all(hits, counts).map(done -> new ShowcaseResults(hits.result(), counts.result(), search.paging()));
  }

  /** A signed-in visitor writes to the company; its members read it in their account. */
  public Future<SentMessage> contact(UUID id, ContactRequest request, Viewer viewer) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      if (!showcase.isPublic()) return Future.failedFuture(new NotFound("showcase", id));
      UUID messageId = UUID.randomUUID();
      return showcases.pool().withTransaction(tx -> send(tx, showcase, messageId, request, viewer))
          .map(done -> new SentMessage(messageId, id, request.message()));
    });
  }

  public Future<Inbox> messages(UUID organisationId, Viewer viewer, Paging paging) {
    viewer.requireSignedIn();
    if (!viewer.memberOf(organisationId)) {
      return Future.failedFuture(new Forbidden("Only the organisation's members read its messages"));
    }
    Future<List<ReceivedMessage>> items = showcases.messages(organisationId, paging);
    Future<Long> total = showcases.messageCount(organisationId);
    return Future.all(items, total).map(done -> new Inbox(items.result(), total.result(), paging))
        .compose(threads::withReplies);
  }

  /** An organisation's showcases in every state, for its members and staff. */
  public Future<List<Showcase>> ofOrganisation(UUID organisationId, Viewer viewer) {
    if (!viewer.memberOf(organisationId) && !viewer.staff()) return Future.succeededFuture(List.of());
    return showcases.ofOrganisation(organisationId);
  }

  /** What awaits staff's review, oldest first: each showcase with what its edit changes and its new images. */
  public Future<List<PendingShowcase>> pending(Viewer viewer) {
    viewer.requireStaff();
    Future<List<Showcase>> pending = showcases.pending();
    Future<Map<UUID, List<ShowcaseImage>>> newImages = images.awaitingReview();
    return Future.all(pending, newImages).map(done -> pending.result().stream()
        .map(showcase -> PendingShowcase.of(showcase, newImages.result().getOrDefault(showcase.id(), List.of())))
        .toList());
  }

  private Future<Void> edit(Showcase showcase, ShowcaseChange change, Viewer viewer) {
    requireMember(showcase, viewer);
    if (showcase.status() == ARCHIVED) throw new Conflict("An archived showcase cannot be edited");
    ShowcaseContent content = showcase.content().with(change);
    ShowcaseStatus to = showcase.status().afterEdit();
    return showcases.pool().withTransaction(tx -> showcases.edit(tx, showcase.id(), content, to, showcase.status())
        .compose(changed -> changed ? recordEdit(tx, showcase, viewer, to) : Future.failedFuture(new Conflict(CHANGED_MEANWHILE))));
  }

  /** An edit that moved the showcase in or out of review goes in its history and tells others. */
  private Future<Void> recordEdit(SqlClient tx, Showcase showcase, Viewer viewer, ShowcaseStatus to) {
    if (to == showcase.status()) return Future.succeededFuture();
    String comment = to == PENDING ? "edit submitted for review" : "edited while under review";
    return showcases.recordTransition(tx, showcase.id(), viewer.id(), showcase.status(), to, comment)
        .compose(done -> events.moved(tx, showcase, showcase.status(), to, null));
  }

  private Future<Void> decide(Showcase showcase, Review review, Viewer viewer) {
    if (showcase.status() != PENDING) {
      return Future.failedFuture(new Conflict("Only a pending showcase can be reviewed; this one is " + showcase.status().code()));
    }
    if (review.version().filter(version -> !version.equals(showcase.updatedAt().toString())).isPresent()) {
      return Future.failedFuture(new Conflict("The showcase changed after you opened it; review it again"));
    }
    if (!review.approved()) {
      return move(showcase, viewer, CHANGES_REQUESTED, Set.of(PENDING), review.comment(), "The showcase is no longer pending");
    }
    return showcases.pool().withTransaction(tx -> showcases.publish(tx, showcase.id()).compose(published -> published
        ? approved(tx, showcase, viewer, review.comment())
        : Future.failedFuture(new Conflict("The showcase is no longer pending"))));
  }

  /** A published showcase's images are approved with its text, and the approval is told. */
  private Future<Void> approved(SqlClient tx, Showcase showcase, Viewer viewer, String comment) {
    return images.approve(tx, showcase.id())
        .compose(done -> showcases.recordTransition(tx, showcase.id(), viewer.id(), PENDING, PUBLISHED, comment))
        .compose(done -> events.moved(tx, showcase, PENDING, PUBLISHED, comment));
  }

  private Future<Void> restore(Showcase showcase, Optional<Archiving> last, Viewer viewer) {
    if (!viewer.staff() && last.isPresent() && !last.get().byMember()) {
      throw new Forbidden("Contact-point staff archived this showcase; ask them to restore it");
    }
    ShowcaseStatus to = ShowcaseStatus.restoredFrom(last.map(Archiving::from).orElse(null));
    return move(showcase, viewer, to, Set.of(ARCHIVED), null, "The showcase is no longer archived");
  }

  /** A message, unless its sender has written too many this hour; counted and written in one transaction. */
  private Future<Void> send(SqlClient tx, Showcase showcase, UUID messageId, ContactRequest request, Viewer viewer) {
    return showcases.recentContactsBy(tx, viewer.id()).compose(recent -> recent >= MAX_CONTACTS_PER_HOUR
        ? Future.failedFuture(new TooManyAttempts("You have sent many messages this hour; try again later", 3600))
        : showcases.insertContact(tx, messageId, showcase, viewer.id(), request.message())
            .compose(done -> events.contacted(tx, showcase)));
  }

  private Future<Void> move(Showcase showcase, Viewer viewer, ShowcaseStatus to, Set<ShowcaseStatus> from, String comment,
                            String conflict) {
    if (!from.contains(showcase.status())) return Future.failedFuture(new Conflict(conflict));
    return showcases.pool().withTransaction(tx -> move(tx, showcase, viewer, to, from, comment, conflict));
  }

  /** The move inside the caller's transaction: the new state, its record in the history, and what it tells others. */
  /** Moves the showcase from one of {@code from} to {@code to} in the caller's transaction, with its history and events. */
  Future<Void> move(SqlClient tx, Showcase showcase, Viewer viewer, ShowcaseStatus to, Set<ShowcaseStatus> from,
                    String comment, String conflict) {
    return showcases.transition(tx, showcase.id(), to, from)
        .compose(moved -> moved ? showcases.recordTransition(tx, showcase.id(), viewer.id(), showcase.status(), to, comment)
                .compose(done -> events.moved(tx, showcase, showcase.status(), to, comment))
            : Future.failedFuture(new Conflict(conflict)));
  }

  private Future<ShowcaseDetail> detail(UUID id) {
    return showcases.byId(id).compose(this::detail);
  }

  /** What owners and staff see: the working copy with its history, every image, and how it was archived. */
  private Future<ShowcaseDetail> detail(Showcase showcase) {
    Future<List<ShowcaseTransition>> history = showcases.history(showcase.id());
    Future<List<ShowcaseImage>> all = images.list(showcase.id(), false);
    Future<Optional<Archiving>> archived = showcase.status() == ARCHIVED
        ? showcases.lastArchiving(showcase.id()) : Future.succeededFuture(Optional.empty());
    return Future.all(history, all, archived)
        .map(done -> new ShowcaseDetail(showcase, true, all.result(), history.result(), archived.result()));
  }

  static boolean privileged(Showcase showcase, Viewer viewer) {
    return viewer.staff() || viewer.memberOf(showcase.organisationId());
  }

  static void requireMember(Showcase showcase, Viewer viewer) {
    if (viewer.memberOf(showcase.organisationId())) return;
    if (viewer.staff() || showcase.isPublic()) throw new Forbidden("Only the organisation's members may change its showcases");
    throw new NotFound("showcase", showcase.id());
  }

  /** Showcases come from verified companies; the viewer's memberships say whether this one is. */
  private static void requirePublishingCompany(Viewer viewer, UUID organisationId) {
    boolean company = viewer.memberships().stream()
        .anyMatch(m -> m.organisationId().equals(organisationId) && m.type() == OrganisationType.COMPANY);
    if (!company) throw new Forbidden("Showcases are published by company organisations");
    if (!viewer.memberOfVerified(organisationId)) {
      throw new Forbidden("The organisation must be verified by contact-point staff first");
    }
  }

  /** A showcase as stored, in whatever state: for a feature that applies its own rules to it (a need's answers). */
  public Future<Showcase> stored(UUID id) {
    return showcases.byId(id);
  }

  /** An organisation's public showcases, most recently changed first: what its members may answer a need with. */
  public Future<List<Showcase>> publicOf(UUID organisationId) {
    return showcases.ofOrganisation(organisationId).map(list -> list.stream().filter(Showcase::isPublic).toList());
  }

  /** What an organisation offers: its public showcases, newest first, as anyone may see them. */
  public Future<List<ShowcaseSummary>> publishedOf(UUID organisationId) {
    return showcases.publishedOf(organisationId);
  }
}
