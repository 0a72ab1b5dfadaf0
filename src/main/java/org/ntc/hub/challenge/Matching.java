package org.ntc.hub.challenge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.search.Thesaurus;
import org.ntc.hub.showcase.Taxonomy;

/**
 * How well a published showcase fits a need, by evidence of real fit: the concepts both texts
 * name (in any of fi, sv, en, see {@link Thesaurus}), the categories both are filed under, then
 * the target group, country and language. A showcase fits only past a threshold: a shared
 * specific concept (blood pressure, sleep, falls, medication…), or a shared category and one
 * more signal. A shared target group, country or language alone never makes a fit.
 */
final class Matching {
  /** Concepts too broad to show fit on their own: settings, places, kinds of technology, ways of working. */
  static final Set<String> BROAD = Set.of("home-care", "municipality", "primary-care", "hospital", "pharmacy", "app",
      "training", "evaluation", "cost", "rural", "sensor", "wearable", "robot");
  /** Categories narrow enough that naming them is as telling as a specific concept. */
  static final Set<String> NARROW_CATEGORIES = Set.of("medication-management");
  static final double SPECIFIC = 5;
  static final double CATEGORY = 3;
  static final double OTHER = 1;
  static final double LOCALE = 0.5;

  /** What the matching reads of a need. */
  record Need(Localised title, Localised description, List<String> categories, List<String> targetGroups, String country,
              List<String> languages) {
    static Need of(Challenge c) {
      return new Need(c.title(), c.description(), c.categories(), c.targetGroups(), c.country().name(), c.languages());
    }

    Set<String> concepts() {
      return Matching.concepts(title, description);
    }
  }

  /** A published showcase the database found worth scoring. */
  record Candidate(UUID showcaseId, Localised title, Localised summary, Localised description, UUID organisationId,
                   String organisationName, List<String> categories, List<String> targetGroups, List<String> countries,
                   List<String> languages) {}

  private Matching() {}

  /** The showcases that fit, best first, at most {@code limit}. */
  static List<Match> rank(Need need, List<Candidate> candidates, int limit) {
    Set<String> needConcepts = need.concepts();
    return candidates.stream().map(c -> score(need, needConcepts, c)).filter(m -> m != null)
        .sorted(Comparator.comparingDouble(Match::score).reversed()).limit(limit).toList();
  }

  /** The concept ids a text names in any language, in the thesaurus's order. */
  static Set<String> concepts(Localised... texts) {
    String all = java.util.Arrays.stream(texts).flatMap(t -> t.texts().values().stream()).collect(Collectors.joining(" \n "));
    return Thesaurus.shared().mentioned(all).stream().map(Thesaurus.Concept::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Stems of every term of the need's concepts, in all languages: the database's cheap first filter. */
  static List<String> prefixes(Need need) {
    Set<String> prefixes = new LinkedHashSet<>();
    for (String id : need.concepts()) {
      Thesaurus.shared().concept(id).ifPresent(concept -> concept.allTerms().forEach(term -> {
        List<String> words = Thesaurus.words(term);
        if (!words.isEmpty()) prefixes.add("%" + Thesaurus.stem(words.get(0)).replace("%", "").replace("_", "") + "%");
      }));
    }
    return List.copyOf(prefixes);
  }

  static String conceptLabel(String id, String lang) {
    return Thesaurus.shared().concept(id).map(c -> c.label(lang)).orElse(id);
  }

  private static Match score(Need need, Set<String> needConcepts, Candidate c) {
    Set<String> shared = new LinkedHashSet<>(concepts(c.title(), c.summary(), c.description()));
    shared.retainAll(needConcepts);
    List<Match.Reason> specific = new ArrayList<>();
    List<Match.Reason> categoryLike = new ArrayList<>();
    List<Match.Reason> other = new ArrayList<>();
    for (String id : shared) {
      // Target groups are compared as declared: their words (care, carer, nurse) name too much to show fit.
      if (Taxonomy.TARGET_GROUPS.contains(id)) continue;
      Match.Reason reason = new Match.Reason(Match.Reason.CONCEPT, id);
      if (NARROW_CATEGORIES.contains(id) || !BROAD.contains(id) && !Taxonomy.CATEGORIES.contains(id)) {
        specific.add(reason);
      } else if (Taxonomy.CATEGORIES.contains(id)) {
        categoryLike.add(reason);
      } else {
        other.add(reason);
      }
    }
    List<Match.Reason> categories = need.categories().stream().filter(c.categories()::contains)
        .map(id -> new Match.Reason(Match.Reason.CATEGORY, id)).toList();
    List<Match.Reason> groups = need.targetGroups().stream().filter(c.targetGroups()::contains)
        .map(id -> new Match.Reason(Match.Reason.TARGET_GROUP, id)).toList();
    int categorySignals = categories.size() + categoryLike.size();
    boolean fits = !specific.isEmpty() || categorySignals > 0 && categorySignals + other.size() + groups.size() >= 2;
    if (!fits) return null;
    List<Match.Reason> reasons = new ArrayList<>(specific);
    reasons.addAll(categories);
    reasons.addAll(categoryLike);
    reasons.addAll(groups);
    reasons.addAll(other);
    boolean sameCountry = c.countries().contains(need.country());
    if (sameCountry) reasons.add(new Match.Reason(Match.Reason.COUNTRY, need.country()));
    String language = need.languages().stream().filter(c.languages()::contains).findFirst().orElse(null);
    if (language != null) reasons.add(new Match.Reason(Match.Reason.LANGUAGE, language));
    double score = SPECIFIC * specific.size() + CATEGORY * categorySignals + OTHER * (other.size() + groups.size())
        + (sameCountry ? LOCALE : 0) + (language != null ? LOCALE : 0);
    return new Match(c.showcaseId(), c.title(), c.summary(), c.organisationId(), c.organisationName(), score, List.copyOf(reasons));
  }
}
