package org.ntc.hub.library;

import static org.ntc.hub.library.LibraryStatus.ARCHIVED;
import static org.ntc.hub.library.LibraryStatus.CHANGES_REQUESTED;
import static org.ntc.hub.library.LibraryStatus.DRAFT;
import static org.ntc.hub.library.LibraryStatus.PENDING;
import static org.ntc.hub.library.LibraryStatus.PUBLISHED;
import static org.ntc.hub.library.LibraryStatus.SUBMITTABLE;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.notification.NotificationService.Except;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Viewer.Membership;
import org.ntc.hub.realtime.EventLog;

/**
 * The library's rules, as for showcases: members of a verified organisation and staff write
 * drafts and submit them; staff approve them into the public copy or send them back with a
 * comment; an edit of a published entry waits for review while the approved copy stays public.
 * Staff may approve the centre's own entries without submitting them first.
 */
public final class LibraryService {
  private static final Set<LibraryStatus> ARCHIVABLE = Set.of(DRAFT, PENDING, CHANGES_REQUESTED, PUBLISHED);
  private final LibraryRepository entries;
  private final NotificationService notifications;
  private final EventLog events;

  public LibraryService(LibraryRepository entries, NotificationService notifications, EventLog events) {
    this.entries = entries;
    this.notifications = notifications;
    this.events = events;
  }

  /** An entry as one viewer may see it, with what it names. */
  public record Viewed(LibraryEntry entry, boolean privileged, List<LibraryRepository.Linked> linked) {
    public EntryContent shown() {
      return privileged ? entry.content() : entry.published();
    }

    public JsonObject toJson(String lang) {
      return privileged ? entry.fullJson(lang) : entry.publicJson(lang);
    }
  }

  /** One page of the public entries. */
  public record Results(List<LibraryEntry> items, long total, EntrySearch search) {
    public JsonObject toJson(String lang) {
      return search.paging().page(items.stream().map(e -> e.publicJson(lang)).toList(), total);
    }
  }

  /** Whether this person may write entries at all: staff, or a member of a verified organisation. */
  public static boolean writes(Viewer viewer) {
    return viewer.staff() || viewer.memberships().stream().anyMatch(Membership::verified);
  }

  public Future<Viewed> create(NewEntry entry, Viewer viewer) {
    viewer.requireSignedIn();
    if (!writes(viewer)) throw new Forbidden("Staff and members of verified organisations write library entries");
    if (entry.organisationId() == null && !viewer.staff()) {
      throw new Invalid("organisationId", "is required: name the organisation the entry is written for");
    }
    if (entry.organisationId() != null && !viewer.memberOfVerified(entry.organisationId())) {
      throw new Forbidden("Only members of a verified organisation write entries for it");
    }
    UUID id = UUID.randomUUID();
    return entries.insert(entries.pool(), id, entry, viewer.id()).compose(done -> find(id, viewer));
  }

  public Future<Viewed> find(UUID id, Viewer viewer) {
    return entries.byId(id).compose(entry -> {
      boolean privileged = privileged(entry, viewer);
      if (!privileged && !entry.isPublic()) return Future.failedFuture(new NotFound("library entry", id));
      EntryContent shown = privileged ? entry.content() : entry.published();
      return entries.linked(ids(shown, "showcaseIds"), ids(shown, "trainingIds"), ids(shown, "challengeIds"))
          .map(linked -> new Viewed(entry, privileged, linked));
    });
  }

  public Future<Results> search(EntrySearch search) {
    Future<List<LibraryEntry>> items = entries.search(search);
    Future<Long> total = entries.count(search);
    return Future.all(items, total).map(done -> new Results(items.result(), total.result(), search));
  }

  /** Owners and staff edit the working copy; a published entry's edit goes to review, the approved copy staying public. */
  public Future<Viewed> update(UUID id, EntryChange change, Viewer viewer) {
    viewer.requireSignedIn();
    return entries.byId(id).compose(entry -> {
      requireOwner(entry, viewer);
      if (entry.status() == ARCHIVED) throw new Conflict("An archived entry cannot be edited");
      EntryContent content = entry.content().with(change.fieldsFor(entry.kind()));
      FieldErrors errors = new FieldErrors();
      EntryContent.requireComplete(content.stored(), entry.kind(), errors);
      errors.throwIfAny();
      LibraryStatus to = entry.status().afterEdit();
      return entries.pool().withTransaction(tx -> entries.edit(tx, entry, content, to)
          .compose(edited -> edited ? queued(tx, entry, to).map(true) : Future.succeededFuture(false)));
    }).compose(edited -> edited ? find(id, viewer)
        : Future.failedFuture(new Conflict("The entry changed meanwhile; reload and try again")));
  }

  public Future<Viewed> submit(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return entries.byId(id).compose(entry -> {
      requireOwner(entry, viewer);
      return move(entry, PENDING, SUBMITTABLE, null,
          "Only a draft or an entry with requested changes can be submitted; this one is " + entry.status().code());
    }).compose(done -> find(id, viewer));
  }

  public Future<Viewed> archive(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return entries.byId(id).compose(entry -> {
      requireOwner(entry, viewer);
      return move(entry, ARCHIVED, ARCHIVABLE, null, "The entry is already archived");
    }).compose(done -> find(id, viewer));
  }

  /** Back from the archive: public again if it had been published, else a draft to work on. */
  public Future<Viewed> restore(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return entries.byId(id).compose(entry -> {
      requireOwner(entry, viewer);
      LibraryStatus to = entry.published() != null ? PUBLISHED : DRAFT;
      return move(entry, to, Set.of(ARCHIVED), null, "Only an archived entry can be restored");
    }).compose(done -> find(id, viewer));
  }

  /** Staff approve a pending entry (or the centre's own draft) into the public copy, or send it back with a comment. */
  public Future<Viewed> review(UUID id, Review review, Viewer viewer) {
    viewer.requireStaff();
    return entries.byId(id).compose(entry -> decide(entry, review)).compose(done -> find(id, viewer));
  }

  /** The entries a writer works on, whatever their state: their organisations' and their own. */
  public Future<List<LibraryEntry>> written(Viewer viewer) {
    if (!writes(viewer)) return Future.succeededFuture(List.of());
    List<UUID> organisations = viewer.memberships().stream().map(Viewer.Membership::organisationId).toList();
    return entries.written(organisations, viewer.id());
  }

  /** What awaits staff's review, oldest first. */
  public Future<List<LibraryEntry>> pending(Viewer viewer) {
    viewer.requireStaff();
    return entries.pending();
  }

  /** The public entries that name a showcase, training or need ({@code showcaseIds}, {@code trainingIds}, {@code challengeIds}). */
  public Future<List<LibraryEntry>> naming(String list, UUID id) {
    return entries.naming(list, id);
  }

  private Future<Void> decide(LibraryEntry entry, Review review) {
    Set<LibraryStatus> reviewable = entry.centres() ? Set.of(PENDING, DRAFT, CHANGES_REQUESTED) : Set.of(PENDING);
    if (!reviewable.contains(entry.status())) {
      return Future.failedFuture(new Conflict("Only a pending entry can be reviewed; this one is " + entry.status().code()));
    }
    if (review.version().filter(version -> !version.equals(entry.updatedAt().toString())).isPresent()) {
      return Future.failedFuture(new Conflict("The entry changed after you opened it; review it again"));
    }
    if (!review.approved()) return move(entry, CHANGES_REQUESTED, reviewable, review.comment(), "The entry is no longer pending");
    return entries.pool().withTransaction(tx -> entries.publish(tx, entry.id(), reviewable).compose(published -> published
        ? published(tx, entry).compose(done -> queued(tx, entry, PUBLISHED))
        : Future.failedFuture(new Conflict("The entry is no longer pending"))));
  }

  /** Followers of its topics hear of an entry once, when it first becomes public; an approved edit is not news to them. */
  private Future<Void> published(SqlClient tx, LibraryEntry entry) {
    if (entry.published() != null) return Future.succeededFuture();
    JsonObject about = new JsonObject().put("entryId", entry.id().toString()).put("title", entry.content().title().toJson());
    return notifications.toTopicFollowers(tx, entry.content().strings("categories"), Except.membersOf(entry.organisationId()),
        NotificationKind.LIBRARY_ENTRY_IN_FOLLOWED_TOPIC, about);
  }

  private Future<Void> move(LibraryEntry entry, LibraryStatus to, Set<LibraryStatus> from, String comment, String conflict) {
    if (!from.contains(entry.status())) return Future.failedFuture(new Conflict(conflict));
    return entries.pool().withTransaction(tx -> entries.transition(tx, entry.id(), to, from, comment)
        .compose(moved -> moved ? queued(tx, entry, to) : Future.failedFuture(new Conflict(conflict))));
  }

  /** Staff's moderation page hears when an entry comes into review or leaves it, in the change's transaction. */
  private Future<Void> queued(SqlClient tx, LibraryEntry entry, LibraryStatus to) {
    if ((entry.status() == PENDING) == (to == PENDING)) return Future.succeededFuture();
    return events.queueChanged(tx, "library", entry.id(), entry.content().title().toJson(), to == PENDING ? "added" : "removed");
  }

  /** Staff, and members of the organisation that wrote it, see every state and may change it. */
  static boolean privileged(LibraryEntry entry, Viewer viewer) {
    return viewer.staff() || entry.organisationId() != null && viewer.memberOf(entry.organisationId());
  }

  private static void requireOwner(LibraryEntry entry, Viewer viewer) {
    if (privileged(entry, viewer)) return;
    if (entry.isPublic()) throw new Forbidden("Only the organisation's members and staff may change its entries");
    throw new NotFound("library entry", entry.id());
  }

  private static UUID[] ids(EntryContent content, String list) {
    return content.strings(list).stream().map(UUID::fromString).toArray(UUID[]::new);
  }
}
