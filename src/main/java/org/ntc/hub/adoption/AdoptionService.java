package org.ntc.hub.adoption;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.adoption.AdoptionRepository.CareOrganisation;
import org.ntc.hub.adoption.AdoptionRepository.PilotFacts;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Viewer;

/**
 * Where showcased technology is in use. A verified care organisation's members, and staff for
 * it, record that the organisation uses a public showcase: in one region of the organisation's
 * own country, with a status, a date and a scale. One record per showcase and organisation: a
 * second report of the same pair updates the first. Staff's changes are audited.
 */
public final class AdoptionService {
  /** "Today" is Finland's, the later of the two countries' calendars, so a date that is today in either is accepted. */
  private static final ZoneId CALENDAR = ZoneId.of("Europe/Helsinki");
  private static final int SHOWN = 200;
  private final AdoptionRepository adoptions;
  private final Clock clock;
  private Runnable onChange = () -> {};

  public AdoptionService(AdoptionRepository adoptions, Clock clock) {
    this.adoptions = adoptions;
    this.clock = clock;
  }

  /** Called after each change: kept copies of public pages go, so no visitor is shown the old state. */
  public AdoptionService onChange(Runnable onChange) {
    this.onChange = onChange;
    return this;
  }

  public record Saved(Adoption adoption, boolean created) {}

  /** One page of public adoption records. */
  public record Results(List<Adoption> items, long total, Paging paging) {
    public JsonObject toJson(String lang) {
      return paging.page(items.stream().map(a -> a.toJson(lang)).toList(), total);
    }
  }

  /** The recording form's facts: the showcase, the organisations the viewer may record for, the chosen one's record, a pilot. */
  public record Form(UUID showcaseId, Localised showcaseTitle, List<CareOrganisation> organisations, CareOrganisation chosen,
                     Optional<Adoption> existing, Optional<PilotFacts> pilot) {}

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CALENDAR);
  }

  /** Staff, or a member of a verified care organisation: may record adoptions. */
  public static boolean records(Viewer viewer) {
    return viewer.staff()
        || viewer.memberships().stream().anyMatch(m -> m.verified() && m.type() == OrganisationType.CARE);
  }

  /** Records (or updates) that the organisation uses the showcase; {@code created} says which. */
  public Future<Saved> record(NewAdoption adoption, Viewer viewer, String address) {
    viewer.requireSignedIn();
    requireSpeaksFor(adoption.organisationId(), viewer);
    return adoptions.facts(adoption.showcaseId(), adoption.organisationId(), adoption.pilotId()).compose(facts -> {
      FieldErrors errors = new FieldErrors();
      if (!facts.showcasePublic()) errors.add("showcaseId", "must be a published showcase");
      if (facts.organisationType() == null || !facts.organisationVerified()) {
        errors.add("organisationId", "must be a verified care organisation");
      } else if (!OrganisationType.CARE.code().equals(facts.organisationType())) {
        errors.add("organisationId", "must be a care organisation");
      } else {
        inCountry(adoption.region(), facts.organisationCountry(), errors);
      }
      if (adoption.pilotId() != null && !Boolean.TRUE.equals(facts.pilotFits())) {
        errors.add("pilotId", "must be a pilot of this showcase at this organisation");
      }
      errors.throwIfAny();
      return adoptions.pool().withTransaction(tx -> adoptions.upsert(tx, adoption, viewer.id())
          .compose(saved -> audited(tx, viewer, saved.created() ? AuditAction.ADOPTION_RECORDED : AuditAction.ADOPTION_CHANGED,
              saved.id(), address, adoption).map(saved)));
    }).andThen(done -> onChange.run())
        .compose(saved -> adoptions.owned(saved.id()).map(a -> new Saved(a, saved.created())));
  }

  /** Its organisation's members and staff change the region, status, date or scale. */
  public Future<Adoption> change(UUID id, AdoptionChange change, Viewer viewer, String address) {
    viewer.requireSignedIn();
    return owned(id, viewer).compose(adoption -> {
      NewAdoption changed = change.applied(adoption);
      return adoptions.facts(adoption.showcaseId(), adoption.organisationId(), null).compose(facts -> {
        FieldErrors errors = new FieldErrors();
        inCountry(changed.region(), facts.organisationCountry(), errors);
        errors.throwIfAny();
        return adoptions.pool().withTransaction(tx -> adoptions.update(tx, id, changed)
            .compose(done -> audited(tx, viewer, AuditAction.ADOPTION_CHANGED, id, address, changed)));
      });
    }).andThen(done -> onChange.run()).compose(done -> adoptions.owned(id));
  }

  /** Its organisation's members and staff remove a record. */
  public Future<Adoption> remove(UUID id, Viewer viewer, String address) {
    viewer.requireSignedIn();
    return owned(id, viewer).compose(adoption -> adoptions.pool().withTransaction(tx -> adoptions.delete(tx, id)
            .compose(done -> audited(tx, viewer, AuditAction.ADOPTION_REMOVED, id, address, new NewAdoption(adoption.showcaseId(),
                adoption.organisationId(), adoption.region(), adoption.status(), adoption.since(), adoption.scale(),
                adoption.pilotId()))).map(adoption)))
        .andThen(done -> onChange.run());
  }

  /** A record of a public showcase, for anyone. */
  public Future<Adoption> find(UUID id) {
    return adoptions.publicById(id);
  }

  /** Public records, newest {@code since} first. */
  public Future<Results> list(AdoptionQuery query) {
    Future<List<Adoption>> items = adoptions.list(query, query.paging().pageSize(), query.paging().offset());
    Future<Long> total = adoptions.count(query);
    return Future.all(items, total).map(done -> new Results(items.result(), total.result(), query.paging()));
  }

  /** Where a public showcase is in use, as its page shows it. */
  public Future<List<Adoption>> ofShowcase(UUID showcaseId) {
    return adoptions.list(new AdoptionQuery(showcaseId, null, null, null, null), SHOWN, 0);
  }

  /**
   * The recording form for a showcase: the viewer's verified care organisations (every one for
   * staff), the chosen one's record if it has one, and the pilot the form was proposed from when
   * it is this showcase's at one of those organisations.
   */
  public Future<Form> form(UUID showcaseId, UUID organisationId, UUID pilotId, Viewer viewer) {
    viewer.requireSignedIn();
    if (!records(viewer)) throw new Forbidden("Members of verified care organisations and staff record where technology is in use");
    Future<Optional<PilotFacts>> pilot = pilotId == null ? Future.succeededFuture(Optional.empty()) : adoptions.pilot(pilotId);
    List<UUID> mine = viewer.memberships().stream().filter(m -> m.verified() && m.type() == OrganisationType.CARE)
        .map(Viewer.Membership::organisationId).toList();
    return adoptions.showcaseTitle(showcaseId)
        .map(title -> title.orElseThrow(() -> new NotFound("showcase", showcaseId)))
        .compose(title -> Future.all(adoptions.careOrganisations(viewer.staff() ? null : mine), pilot).compose(all -> {
          List<CareOrganisation> organisations = all.resultAt(0);
          Optional<PilotFacts> fromPilot = pilot.result()
              .filter(p -> p.showcaseId().equals(showcaseId) && organisations.stream().anyMatch(o -> o.id().equals(p.careOrganisationId())));
          UUID wanted = organisationId != null ? organisationId : fromPilot.map(PilotFacts::careOrganisationId).orElse(null);
          CareOrganisation chosen = organisations.stream().filter(o -> o.id().equals(wanted)).findFirst()
              .orElse(organisations.isEmpty() ? null : organisations.get(0));
          Future<Optional<Adoption>> existing = chosen == null ? Future.succeededFuture(Optional.empty())
              : adoptions.byPair(showcaseId, chosen.id());
          return existing.map(found -> new Form(showcaseId, title, organisations, chosen, found,
              fromPilot.filter(p -> chosen != null && p.careOrganisationId().equals(chosen.id()))));
        }));
  }

  /** Its organisation's members and staff change a record. */
  public static boolean mayChange(Adoption adoption, Viewer viewer) {
    return viewer.staff() || viewer.memberOfVerified(adoption.organisationId());
  }

  /** A record as its page shows it: to its organisation's members and staff always, to anyone else while its showcase is public. */
  public Future<Adoption> visible(UUID id, Viewer viewer) {
    return adoptions.owned(id).compose(adoption -> mayChange(adoption, viewer) ? Future.succeededFuture(adoption)
        : adoptions.publicById(id));
  }

  private Future<Adoption> owned(UUID id, Viewer viewer) {
    return adoptions.owned(id).compose(adoption -> {
      if (mayChange(adoption, viewer)) return Future.succeededFuture(adoption);
      return adoptions.publicById(id).compose(
          visible -> Future.failedFuture(new Forbidden("Only the organisation's members and staff change its adoption records")),
          hidden -> Future.failedFuture(new NotFound("adoption", id)));
    });
  }

  private static void requireSpeaksFor(UUID organisationId, Viewer viewer) {
    if (!viewer.staff() && !viewer.memberOfVerified(organisationId)) {
      throw new Forbidden("Members of the verified care organisation and staff record where it uses technology");
    }
  }

  /** An organisation names regions of its own country only. */
  private static void inCountry(Region region, String country, FieldErrors errors) {
    if (region != null && !region.country().equals(country)) {
      errors.add("region", "must be a region of the organisation's country (" + country + ")");
    }
  }

  /** Staff's changes are audited; an organisation's own members' are not. */
  private static Future<Void> audited(SqlClient tx, Viewer viewer, AuditAction action, UUID id, String address, NewAdoption a) {
    if (!viewer.staff()) return Future.succeededFuture();
    JsonObject detail = new JsonObject().put("showcaseId", a.showcaseId().toString()).put("organisationId", a.organisationId().toString())
        .put("region", a.region().id()).put("status", a.status().code()).put("since", a.since().toString());
    return AuditLog.record(tx, viewer.id(), action, id, address, detail);
  }

  /** The public showcases an organisation uses, newest {@code since} first: for its profile and for other features. */
  public Future<List<Adoption>> ofOrganisation(UUID organisationId) {
    return adoptions.list(new AdoptionQuery(null, organisationId, null, null, null), SHOWN, 0);
  }
}
