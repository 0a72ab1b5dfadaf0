package org.ntc.hub.evidence;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;

/**
 * The evidence profile of a showcase: per MAST domain, what published pilot evaluations and public
 * library entries naming it say, each dated and attributed. Only public sources count, so every
 * reader sees the same profile. A domain a source did not assess adds nothing.
 */
public final class EvidenceService {
  private final EvidenceRepository evidence;

  public EvidenceService(EvidenceRepository evidence) {
    this.evidence = evidence;
  }

  public Future<EvidenceProfile> profile(UUID showcaseId) {
    return evidence.ofShowcase(showcaseId).map(EvidenceService::profile);
  }

  /** The profile as the showcase's JSON carries it, in the reader's language. */
  public Future<JsonArray> json(UUID showcaseId, String lang) {
    return profile(showcaseId).map(profile -> profile.toJson(lang));
  }

  static EvidenceProfile profile(List<EvidenceRepository.Found> sources) {
    Map<MastDomain, List<Statement>> byDomain = new EnumMap<>(MastDomain.class);
    for (MastDomain domain : MastDomain.values()) byDomain.put(domain, new ArrayList<>());
    for (EvidenceRepository.Found source : sources) {
      for (MastDomain domain : MastDomain.values()) {
        statement(source, domain).ifPresent(byDomain.get(domain)::add);
      }
    }
    return new EvidenceProfile(Arrays.stream(MastDomain.values())
        .map(domain -> new EvidenceProfile.Domain(domain, List.copyOf(byDomain.get(domain)))).toList());
  }

  private static Optional<Statement> statement(EvidenceRepository.Found source, MastDomain domain) {
    if (!(source.domains().getValue(domain.code()) instanceof JsonObject said)) return Optional.empty();
    Optional<Rating> rating = Coded.find(Rating.class, said.getValue("rating") instanceof String s ? s : "");
    if (rating.isEmpty() || rating.get() == Rating.NOT_ASSESSED) return Optional.empty();
    Object finding = said.getValue("finding");
    return Optional.of(new Statement(domain, source.source(), source.id(), title(source),
        Localised.of(finding instanceof JsonObject json ? json : null), rating.get(), date(source), attributedTo(source)));
  }

  /** A pilot by its test arena (its contact point is whom it is attributed to); a library entry by its own title. */
  private static Localised title(EvidenceRepository.Found source) {
    if (source.source() == Statement.Source.LIBRARY) return Localised.of(source.title());
    return Localised.of(source.testArena(), null, null);
  }

  /** The day it was said, in the contact point's zone for a pilot. */
  private static LocalDate date(EvidenceRepository.Found source) {
    if (source.at() == null) return LocalDate.EPOCH;
    return Site.find(source.contactPoint()).map(site -> source.at().atZoneSameInstant(site.zone()).toLocalDate())
        .orElse(source.at().atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
  }

  /** A pilot's contact point; a library entry's organisation, or the centre for its own. */
  private static Localised attributedTo(EvidenceRepository.Found source) {
    JsonObject names = new JsonObject();
    for (String lang : I18n.LANGUAGES) {
      String name = source.source() == Statement.Source.PILOT
          ? Site.find(source.contactPoint()).map(site -> site.name(lang)).orElse(I18n.text(lang, "site.name"))
          : source.organisationName() != null ? source.organisationName() : I18n.text(lang, "site.name");
      names.put(lang, name);
    }
    return Localised.of(names);
  }
}
