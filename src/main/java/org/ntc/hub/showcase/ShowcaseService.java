package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.organisation.Organisation;
import org.ntc.hub.organisation.OrganisationRepository;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.FileNames;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.TooLarge;
import org.ntc.hub.platform.TooManyAttempts;
import org.ntc.hub.platform.UnsupportedMedia;
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
  private static final List<String> EDITABLE = List.of("draft", "pending", "changes-requested", "published");
  private static final List<String> SUBMITTABLE = List.of("draft", "changes-requested");
  private static final List<String> ARCHIVABLE = List.of("draft", "pending", "changes-requested", "published");

  private final ShowcaseRepository showcases;
  private final ShowcaseImages images;
  private final OrganisationRepository organisations;
  private final ShowcaseEvents events;

  public ShowcaseService(ShowcaseRepository showcases, ShowcaseImages images, OrganisationRepository organisations,
                         EventLog events, NotificationService notifications) {
    this.showcases = showcases;
    this.images = images;
    this.organisations = organisations;
    this.events = new ShowcaseEvents(events, notifications);
  }

  public Future<JsonObject> create(JsonObject body, Viewer viewer, String lang) {
    viewer.requireSignedIn();
    FieldErrors errors = new FieldErrors();
    UUID organisationId = errors.uuid(body, "organisationId", true);
    ShowcaseContent content = ShowcaseContent.from(body, Set.of("organisationId"), errors);
    errors.throwIfAny();
    if (!viewer.memberOf(organisationId)) {
      return Future.failedFuture(new Forbidden("Only members of the organisation may create its showcases"));
    }
    UUID id = UUID.randomUUID();
    return organisations.byId(organisationId).compose(org -> {
      requirePublishingCompany(org);
      return showcases.pool().withTransaction(tx -> showcases.insert(tx, id, organisationId, content, viewer.id())
          .compose(done -> showcases.recordTransition(tx, id, viewer.id(), null, "draft", null)));
    }).compose(done -> full(id, lang));
  }

  public Future<JsonObject> find(UUID id, Viewer viewer, String lang) {
    return showcases.byId(id).compose(showcase -> {
      if (privileged(showcase, viewer)) return full(showcase, lang);
      if (!showcase.isPublic()) return Future.failedFuture(new NotFound("showcase", id));
      showcases.countView(id);
      return images.list(id, true).map(list -> showcase.publicJson(lang).put("images", new JsonArray(list)));
    });
  }

  /** Owners edit; a published showcase's edit goes to review at once, the approved copy staying public. */
  public Future<JsonObject> update(UUID id, JsonObject change, Viewer viewer, String lang) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      requireMember(showcase, viewer);
      if (change.containsKey("organisationId")) throw new Invalid("organisationId", "cannot be changed");
      FieldErrors errors = new FieldErrors();
      errors.onlyKnown(change, ShowcaseContent.FIELDS);
      errors.throwIfAny();
      JsonObject merged = showcase.content().toStored().mergeIn(change);
      ShowcaseContent content = ShowcaseContent.from(merged, Set.of(), errors);
      errors.throwIfAny();
      String to = afterEdit(showcase.status());
      if (showcase.status().equals("archived")) throw new Conflict("An archived showcase cannot be edited");
      return showcases.pool().withTransaction(tx -> showcases.edit(tx, id, content, to, List.of(showcase.status()))
          .compose(changed -> {
            if (!changed) return Future.failedFuture(new Conflict("The showcase changed meanwhile; reload and try again"));
            return to.equals(showcase.status()) ? Future.succeededFuture()
                : showcases.recordTransition(tx, id, viewer.id(), showcase.status(), to,
                        to.equals("pending") ? "edit submitted for review" : "edited while under review")
                    .compose(done -> events.moved(tx, showcase, showcase.status(), to, null));
          }));
    }).onSuccess(done -> showcases.catalogueChanged()).compose(done -> full(id, lang));
  }

  public Future<JsonObject> submit(UUID id, Viewer viewer, String lang) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      requireMember(showcase, viewer);
      return organisations.byId(showcase.organisationId()).compose(org -> {
        requirePublishingCompany(org);
        return move(showcase, viewer, "pending", SUBMITTABLE, null,
            "Only a draft or a showcase with requested changes can be submitted; this one is " + showcase.status());
      });
    }).compose(done -> full(id, lang));
  }

  public Future<JsonObject> review(UUID id, JsonObject body, Viewer viewer, String lang) {
    viewer.requireStaff();
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("decision", "comment", "version"));
    String decision = errors.oneOf(body, "decision", Set.of("approve", "request-changes"), true);
    String comment = errors.text(body, "comment", 1, 2000, "request-changes".equals(decision));
    String version = errors.text(body, "version", 1, 64, false);
    errors.throwIfAny();
    return showcases.byId(id).compose(showcase -> {
      if (!showcase.status().equals("pending")) {
        return Future.failedFuture(new Conflict("Only a pending showcase can be reviewed; this one is " + showcase.status()));
      }
      if (version != null && !version.equals(showcase.updatedAt().toString())) {
        return Future.failedFuture(new Conflict("The showcase changed after you opened it; review it again"));
      }
      if (decision.equals("request-changes")) {
        return move(showcase, viewer, "changes-requested", List.of("pending"), comment, "The showcase is no longer pending");
      }
      return showcases.pool().withTransaction(tx -> showcases.publish(tx, id).compose(published -> published
          ? images.approve(tx, id)
              .compose(done -> showcases.recordTransition(tx, id, viewer.id(), "pending", "published", comment))
              .compose(done -> events.moved(tx, showcase, "pending", "published", comment))
          : Future.failedFuture(new Conflict("The showcase is no longer pending"))));
    }).onSuccess(done -> showcases.catalogueChanged()).compose(done -> full(id, lang));
  }

  /**
   * Takes a showcase out of view, with a reason (required when staff archive another
   * organisation's showcase) that its members are told and that stays on its page.
   */
  public Future<JsonObject> archive(UUID id, JsonObject body, Viewer viewer, String lang) {
    viewer.requireSignedIn();
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("reason"));
    String reason = errors.text(body, "reason", 1, 2000, false);
    errors.throwIfAny();
    return showcases.byId(id).compose(showcase -> {
      if (!viewer.staff()) requireMember(showcase, viewer);
      if (reason == null && !viewer.memberOf(showcase.organisationId())) {
        throw new Invalid("reason", "say why you archive another organisation's showcase; its members are told");
      }
      return move(showcase, viewer, "archived", ARCHIVABLE, reason, "The showcase is already archived");
    }).onSuccess(done -> showcases.catalogueChanged()).compose(done -> full(id, lang));
  }

  /**
   * Undoes the latest archiving: back to the state the showcase was archived from, except that
   * one archived while waiting for review comes back as a draft for its owners to submit again.
   * Members restore what members archived; what staff archived, only staff restore.
   */
  public Future<JsonObject> restore(UUID id, Viewer viewer, String lang) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      if (!viewer.staff()) requireMember(showcase, viewer);
      if (!showcase.status().equals("archived")) {
        return Future.failedFuture(new Conflict("Only an archived showcase can be restored; this one is " + showcase.status()));
      }
      return showcases.lastArchiving(id).compose(last -> {
        if (!viewer.staff() && last.isPresent() && !last.get().byMember()) {
          throw new Forbidden("Contact-point staff archived this showcase; ask them to restore it");
        }
        String from = last.map(ShowcaseRepository.Archiving::from).orElse("draft");
        String to = from == null || from.equals("pending") || from.equals("archived") ? "draft" : from;
        return move(showcase, viewer, to, List.of("archived"), null, "The showcase is no longer archived");
      });
    }).onSuccess(done -> showcases.catalogueChanged()).compose(done -> full(id, lang));
  }

  public Future<JsonObject> search(ShowcaseSearch search, String lang) {
    return Future.all(showcases.search(search), showcases.counts(search)).map(all -> {
      List<ShowcaseSummary> hits = all.resultAt(0);
      JsonObject counts = all.resultAt(1);
      return search.paging().page(hits.stream().map(s -> s.toJson(lang)).toList(), counts.getLong("total"))
          .put("facets", counts.getJsonObject("facets"));
    });
  }

  /**
   * Adds an image, shown to the public once staff approve the showcase: added to a published
   * showcase it sends the showcase to review like an edit of its text, the approved copy and
   * images staying public meanwhile.
   */
  public Future<JsonObject> addImage(UUID id, Buffer bytes, String fileName, String alt, Viewer viewer) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      requireMember(showcase, viewer);
      if (showcase.status().equals("archived")) throw new Conflict("An archived showcase takes no images");
      if (bytes == null) throw new Invalid("file", "attach an image in the part named file");
      if (bytes.length() > ShowcaseImages.MAX_BYTES) throw new TooLarge("An image may be at most 5 MB");
      String type = ShowcaseImages.contentType(bytes)
          .orElseThrow(() -> new UnsupportedMedia("Only PNG, JPEG and WebP images are accepted"));
      String altText = alt == null ? "" : alt.strip();
      if (altText.isEmpty() || altText.length() > 250 || altText.chars().anyMatch(Character::isISOControl)) {
        throw new Invalid("alt", "describe the image in 1 to 250 characters for people who cannot see it");
      }
      String name = FileNames.forType(fileName, type, "image");
      return images.count(id).compose(n -> {
        if (n >= ShowcaseImages.MAX_PER_SHOWCASE) return Future.failedFuture(new Conflict("A showcase has at most 10 images"));
        UUID imageId = UUID.randomUUID();
        String to = afterEdit(showcase.status());
        return showcases.pool().withTransaction(tx -> images.insert(tx, imageId, id, type, bytes, altText, name)
            .compose(done -> to.equals(showcase.status()) ? Future.succeededFuture()
                : move(tx, showcase, viewer, to, List.of(showcase.status()), "image added",
                    "The showcase changed meanwhile; reload and try again")))
            .map(done -> new JsonObject()
                .put("id", imageId.toString()).put("url", "/api/v1/showcases/" + id + "/images/" + imageId)
                .put("alt", altText).put("contentType", type).put("size", bytes.length()).put("fileName", name)
                .put("approved", false));
      });
    });
  }

  /** The image's bytes and whether the public may cache them; one awaiting review only for owners and staff. */
  public Future<ImageAnswer> image(UUID id, UUID imageId, Viewer viewer) {
    return showcases.byId(id).compose(showcase -> {
      boolean privileged = privileged(showcase, viewer);
      if (!showcase.isPublic() && !privileged) return Future.failedFuture(new NotFound("image", imageId));
      return images.bytes(id, imageId).map(found -> found.filter(image -> image.approved() || privileged)
          .map(image -> new ImageAnswer(image, showcase.isPublic() && image.approved()))
          .orElseThrow(() -> new NotFound("image", imageId)));
    });
  }

  public record ImageAnswer(ShowcaseImages.Image image, boolean publicCache) {}

  public Future<Void> deleteImage(UUID id, UUID imageId, Viewer viewer) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      requireMember(showcase, viewer);
      return images.delete(id, imageId);
    }).compose(deleted -> deleted ? Future.succeededFuture() : Future.failedFuture(new NotFound("image", imageId)));
  }

  /** A signed-in visitor writes to the company; its members read it in their account. */
  public Future<JsonObject> contact(UUID id, JsonObject body, Viewer viewer) {
    viewer.requireSignedIn();
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("message"));
    String message = errors.text(body, "message", 10, 2000, true);
    errors.throwIfAny();
    return showcases.byId(id).compose(showcase -> {
      if (!showcase.isPublic()) return Future.failedFuture(new NotFound("showcase", id));
      UUID messageId = UUID.randomUUID();
      return showcases.pool().withTransaction(tx -> showcases.recentContactsBy(tx, viewer.id()).compose(recent -> recent >= MAX_CONTACTS_PER_HOUR
              ? Future.failedFuture(new TooManyAttempts("You have sent many messages this hour; try again later", 3600))
              : showcases.insertContact(tx, messageId, showcase, viewer.id(), message).compose(done -> events.contacted(tx, showcase))))
          .map(done -> new JsonObject().put("id", messageId.toString()).put("showcaseId", id.toString()).put("message", message));
    });
  }

  public Future<JsonObject> messages(UUID organisationId, Viewer viewer, org.ntc.hub.platform.Paging paging) {
    viewer.requireSignedIn();
    if (!viewer.memberOf(organisationId)) {
      return Future.failedFuture(new Forbidden("Only the organisation's members read its messages"));
    }
    return Future.all(showcases.messages(organisationId, paging.pageSize(), paging.offset()), showcases.messageCount(organisationId))
        .map(all -> paging.page(all.resultAt(0), all.<Long>resultAt(1)));
  }

  /** An organisation's showcases in every state, for its members and staff. */
  public Future<List<JsonObject>> ofOrganisation(UUID organisationId, Viewer viewer, String lang) {
    if (!viewer.memberOf(organisationId) && !viewer.staff()) return Future.succeededFuture(List.of());
    return showcases.ofOrganisation(organisationId).map(list -> list.stream().map(s -> s.fullJson(lang)).toList());
  }

  private Future<Void> move(Showcase showcase, Viewer viewer, String to, List<String> from, String comment, String conflict) {
    if (!from.contains(showcase.status())) return Future.failedFuture(new Conflict(conflict));
    return showcases.pool().withTransaction(tx -> move(tx, showcase, viewer, to, from, comment, conflict));
  }

  /** The move inside the caller's transaction: the new state, its record in the history, and what it tells others. */
  private Future<Void> move(SqlClient tx, Showcase showcase, Viewer viewer, String to, List<String> from, String comment,
                            String conflict) {
    return showcases.transition(tx, showcase.id(), to, from)
        .compose(moved -> moved ? showcases.recordTransition(tx, showcase.id(), viewer.id(), showcase.status(), to, comment)
                .compose(done -> events.moved(tx, showcase, showcase.status(), to, comment))
            : Future.failedFuture(new Conflict(conflict)));
  }

  private Future<JsonObject> full(UUID id, String lang) {
    return showcases.byId(id).compose(showcase -> full(showcase, lang));
  }

  private Future<JsonObject> full(Showcase showcase, String lang) {
    Future<Optional<ShowcaseRepository.Archiving>> archiving = showcase.status().equals("archived")
        ? showcases.lastArchiving(showcase.id()) : Future.succeededFuture(Optional.empty());
    return Future.all(showcases.history(showcase.id()), images.list(showcase.id(), false), archiving)
        .map(all -> {
          JsonObject json = showcase.fullJson(lang)
              .put("history", new JsonArray(all.<List<JsonObject>>resultAt(0)))
              .put("images", new JsonArray(all.<List<JsonObject>>resultAt(1)));
          all.<Optional<ShowcaseRepository.Archiving>>resultAt(2).ifPresent(a -> json.put("archived", a.toJson()));
          return json;
        });
  }

  /**
   * The state after an owner's edit (of the text or the images): a published showcase's edit
   * goes to review at once; an edit of one already under review takes it out of review, so
   * staff never approve what they have not seen.
   */
  private static String afterEdit(String status) {
    return switch (status) {
      case "published" -> "pending";
      case "pending" -> "draft";
      default -> status;
    };
  }

  private static boolean privileged(Showcase showcase, Viewer viewer) {
    return viewer.staff() || viewer.memberOf(showcase.organisationId());
  }

  private static void requireMember(Showcase showcase, Viewer viewer) {
    if (viewer.memberOf(showcase.organisationId())) return;
    if (viewer.staff() || showcase.isPublic()) throw new Forbidden("Only the organisation's members may change its showcases");
    throw new NotFound("showcase", showcase.id());
  }

  private static void requirePublishingCompany(Organisation org) {
    if (!org.type().equals("company")) throw new Forbidden("Showcases are published by company organisations");
    if (!org.verified()) throw new Forbidden("The organisation must be verified by contact-point staff first");
  }

  /** A showcase as stored, in whatever state: for a feature that applies its own rules to it (a need's answers). */
  public Future<Showcase> stored(UUID id) {
    return showcases.byId(id);
  }

  /** An organisation's public showcases, most recently changed first: what its members may answer a need with. */
  public Future<List<Showcase>> publicOf(UUID organisationId) {
    return showcases.ofOrganisation(organisationId).map(list -> list.stream().filter(Showcase::isPublic).toList());
  }
}
