package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.organisation.OrganisationRepository;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;
import org.ntc.hub.showcase.ShowcaseRepository;

/**
 * Needs meet solutions: members of a verified care or research organisation write a
 * challenge; staff review it like a showcase; once published, it lists the showcases that fit
 * it, and members of verified companies answer with one of their published showcases. The
 * challenge's organisation and staff read the answers side by side.
 */
public final class ChallengeService {
  static final int MATCHES = 20;
  private static final ZoneId CENTRE = ZoneId.of("Europe/Helsinki");
  private final ChallengeRepository challenges;
  private final OrganisationRepository organisations;
  private final ShowcaseRepository showcases;
  private final EventLog events;
  private final NotificationService notifications;

  public ChallengeService(ChallengeRepository challenges, OrganisationRepository organisations, ShowcaseRepository showcases,
                          EventLog events, NotificationService notifications) {
    this.challenges = challenges;
    this.organisations = organisations;
    this.showcases = showcases;
    this.events = events;
    this.notifications = notifications;
  }

  public Future<JsonObject> create(JsonObject body, Viewer viewer, String lang) {
    viewer.requireSignedIn();
    NewChallenge challenge = NewChallenge.from(body, LocalDate.now(CENTRE));
    if (!viewer.memberOf(challenge.organisationId())) {
      return Future.failedFuture(new Forbidden("Only the organisation's members may post its needs"));
    }
    UUID id = UUID.randomUUID();
    return organisations.byId(challenge.organisationId()).compose(org -> {
      if (!org.verified() || org.type() == OrganisationType.COMPANY) {
        return Future.failedFuture(new Forbidden("Needs are posted by verified care and research organisations"));
      }
      return challenges.pool().withTransaction(tx -> challenges.insert(tx, id, challenge, viewer.id()));
    }).compose(done -> challenges.byId(id)).map(c -> c.toJson(lang));
  }

  public Future<JsonObject> list(Paging paging, String lang) {
    return Future.all(challenges.published(paging.pageSize(), paging.offset()), challenges.countPublished())
        .map(all -> paging.page(all.<List<Challenge>>resultAt(0).stream().map(c -> c.toJson(lang)).toList(), all.<Long>resultAt(1)));
  }

  public Future<Challenge> visible(UUID id, Viewer viewer) {
    return challenges.byId(id).map(c -> {
      if (!c.status().equals("published") && !viewer.memberOf(c.organisationId()) && !viewer.staff()) {
        throw new NotFound("challenge", id);
      }
      return c;
    });
  }

  public Future<JsonObject> submit(UUID id, Viewer viewer, String lang) {
    viewer.requireSignedIn();
    return challenges.byId(id).compose(c -> {
      if (!viewer.memberOf(c.organisationId())) return Future.failedFuture(new Forbidden("Only the organisation's members submit its needs"));
      return challenges.pool().withTransaction(tx -> challenges.move(tx, id, "pending", List.of("draft", "changes-requested"), null)
          .compose(moved -> moved ? events.queueChanged(tx, "challenge", c.id(), c.title().toJson(), "added")
              : Future.failedFuture(new Conflict("Only a draft or a need with requested changes can be submitted"))));
    }).compose(done -> challenges.byId(id)).map(c -> c.toJson(lang));
  }

  public Future<JsonObject> review(UUID id, JsonObject body, Viewer viewer, String lang) {
    viewer.requireStaff();
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("decision", "comment"));
    String decision = errors.oneOf(body, "decision", Set.of("approve", "request-changes"), true);
    String comment = errors.text(body, "comment", 1, 2000, "request-changes".equals(decision));
    errors.throwIfAny();
    String to = decision.equals("approve") ? "published" : "changes-requested";
    return challenges.byId(id).compose(c -> challenges.pool().withTransaction(tx -> challenges.move(tx, id, to, List.of("pending"), comment)
        .compose(moved -> {
          if (!moved) return Future.failedFuture(new Conflict("Only a pending need can be reviewed"));
          JsonObject about = new JsonObject().put("challengeId", id.toString()).put("title", c.title().toJson());
          Future<Void> told = events.queueChanged(tx, "challenge", c.id(), c.title().toJson(), "removed")
              .compose(v -> notifications.toMembers(tx, c.organisationId(), to.equals("published") ? NotificationKind.CHALLENGE_PUBLISHED : NotificationKind.CHALLENGE_CHANGES_REQUESTED,
                  comment == null ? about : about.copy().put("comment", comment)));
          if (!to.equals("published")) return told;
          return told.compose(v -> events.publicly(tx, Topics.CHALLENGE_PUBLISHED, about.copy()
                  .put("organisation", new JsonObject().put("id", c.organisationId().toString()).put("name", c.organisationName()))
                  .put("categories", new JsonArray(c.categories())).put("country", c.country())))
              .compose(v -> notifications.toFollowers(tx, c.categories(), NotificationKind.CHALLENGE_MATCHING, about));
        }))).compose(done -> challenges.byId(id)).map(c -> c.toJson(lang));
  }

  /** Published, and the date for answers not yet past (in the centre's time). */
  public boolean acceptsAnswers(Challenge c) {
    return c.open(LocalDate.now(CENTRE));
  }

  /** The day's digest: needs published in the last 24 hours in the categories one's organisations follow. */
  public Future<List<JsonObject>> digest(Viewer viewer, String lang) {
    viewer.requireSignedIn();
    return challenges.digest(viewer.id()).map(list -> list.stream().map(c -> c.toJson(lang)).toList());
  }

  /** Published showcases that fit the need, best first, each with a one-line reason. */
  public Future<JsonObject> matches(UUID id, Viewer viewer, String lang) {
    return visible(id, viewer).compose(c -> challenges.matches(id, MATCHES)).map(rows -> {
      JsonArray items = new JsonArray();
      for (Row row : rows) {
        items.add(new JsonObject()
            .put("showcase", new JsonObject().put("id", row.getUUID("showcase_id").toString())
                .put("title", Localised.of(row.getJsonObject("title")).in(lang))
                .put("summary", Localised.of(row.getJsonObject("summary")).in(lang))
                .put("organisation", new JsonObject().put("id", row.getUUID("organisation_id").toString())
                    .put("name", row.getString("organisation_name"))))
            .put("score", Math.round(row.getDouble("score") * 100) / 100.0)
            .put("why", why(row, lang)));
      }
      return new JsonObject().put("challengeId", id.toString()).put("items", items);
    });
  }

  public Future<JsonObject> answer(UUID id, JsonObject body, Viewer viewer) {
    viewer.requireSignedIn();
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("showcaseId", "proposal"));
    UUID showcaseId = errors.uuid(body, "showcaseId", true);
    String proposal = errors.text(body, "proposal", 20, 2000, true);
    errors.throwIfAny();
    return challenges.byId(id).compose(c -> {
      if (!c.status().equals("published")) return Future.failedFuture(new NotFound("challenge", id));
      if (!acceptsAnswers(c)) return Future.failedFuture(new Conflict("The time for answers has ended"));
      return showcases.byId(showcaseId).recover(err -> Future.failedFuture(new org.ntc.hub.platform.Invalid("showcaseId", "no such showcase")))
          .compose(showcase -> {
            if (!viewer.memberOf(showcase.organisationId())) {
              return Future.failedFuture(new Forbidden("Answer with one of your own organisation's showcases"));
            }
            if (!showcase.isPublic()) {
              return Future.failedFuture(new Conflict("Only a published showcase can answer a need"));
            }
            UUID answerId = UUID.randomUUID();
            JsonObject about = new JsonObject().put("challengeId", id.toString()).put("title", c.title().toJson())
                .put("showcaseId", showcaseId.toString());
            return challenges.pool().withTransaction(tx -> challenges
                    .answer(tx, answerId, id, showcaseId, showcase.organisationId(), viewer.id(), proposal)
                    .compose(done -> notifications.toMembers(tx, c.organisationId(), NotificationKind.CHALLENGE_ANSWERED, about)))
                .recover(err -> Future.failedFuture(Db.isUniqueViolation(err)
                    ? new Conflict("This showcase already answers this need") : err))
                .map(done -> new JsonObject().put("id", answerId.toString()).put("challengeId", id.toString())
                    .put("showcaseId", showcaseId.toString()).put("proposal", proposal));
          });
    });
  }

  /** The answers side by side, for the challenge's organisation and staff. */
  public Future<JsonObject> answers(UUID id, Viewer viewer, String lang) {
    viewer.requireSignedIn();
    return visible(id, viewer).compose(c -> {
      if (!viewer.memberOf(c.organisationId()) && !viewer.staff()) {
        return Future.failedFuture(new Forbidden("Only the organisation that posted the need and staff read its answers"));
      }
      return challenges.answers(id);
    }).map(rows -> {
      JsonArray items = new JsonArray();
      for (Row row : rows) {
        items.add(new JsonObject().put("id", row.getUUID("id").toString())
            .put("showcase", new JsonObject().put("id", row.getUUID("showcase_id").toString())
                .put("title", Localised.of(row.getJsonObject("title")).in(lang))
                .put("summary", Localised.of(row.getJsonObject("summary")).in(lang))
                .put("evidenceLevel", row.getString("evidence")).put("regulatoryStatus", row.getString("regulatory")))
            .put("organisation", new JsonObject().put("id", row.getUUID("organisation_id").toString())
                .put("name", row.getString("organisation_name")))
            .put("proposal", row.getString("proposal")).put("author", row.getString("author"))
            .put("createdAt", Times.rfc3339(row.getOffsetDateTime("created_at"))));
      }
      return new JsonObject().put("challengeId", id.toString()).put("items", items).put("total", items.size());
    });
  }

  /** One line: what the showcase shares with the need. */
  static String why(Row row, String lang) {
    List<String> reasons = new ArrayList<>();
    String[] categories = row.getArrayOfStrings("shared_categories");
    if (categories.length > 0) {
      reasons.add(I18n.text(lang, "match.category", String.join(", ",
          List.of(categories).stream().map(c -> I18n.text(lang, "category." + c)).toList())));
    }
    String[] groups = row.getArrayOfStrings("shared_groups");
    if (groups.length > 0) {
      reasons.add(I18n.text(lang, "match.targetGroup", String.join(", ",
          List.of(groups).stream().map(g -> I18n.text(lang, "targetGroup." + g)).toList())));
    }
    if (Boolean.TRUE.equals(row.getBoolean("same_country"))) reasons.add(I18n.text(lang, "match.country"));
    if (row.getArrayOfStrings("shared_languages").length > 0) reasons.add(I18n.text(lang, "match.language"));
    if (row.getDouble("text_similarity") > 0.08) reasons.add(I18n.text(lang, "match.wording"));
    return String.join("; ", reasons);
  }

  /** Needs waiting for staff's review, oldest first: part of the moderation queue. */
  public Future<List<Challenge>> pending() {
    return challenges.pending();
  }
}
