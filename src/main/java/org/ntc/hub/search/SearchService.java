package org.ntc.hub.search;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.platform.I18n;

/**
 * One search over everything the public may see, in any of the three languages. Only public
 * items are in the index at all, so every caller gets the same answer for the same question.
 */
public class SearchService {
  private static final int SUGGESTIONS = 3;
  private static final int FALLBACK_TOPICS = 6;

  /** Each concept's query as the documents' concept lexemes were last derived with ({@link #start}); none before. */
  private static volatile Map<String, String> derived = Map.of();
  private final SearchRepository repository;

  public SearchService(SearchRepository repository) {
    this.repository = repository;
  }

  /**
   * The thesaurus's terms join the word list "did you mean" draws on, and the index learns the
   * vocabulary as it stands (re-deriving its entries' concepts only when that changed); harmless
   * to repeat. A node does it once as it starts, before it serves.
   */
  public Future<Void> start() {
    Set<String> words = new LinkedHashSet<>();
    Map<String, String> concepts = new LinkedHashMap<>();
    for (Thesaurus.Concept concept : thesaurus().concepts()) {
      concepts.put(concept.id(), SearchQuery.conceptQuery(concept));
      for (String term : concept.allTerms()) {
        SearchQuery.words(term).stream().filter(w -> w.length() >= 4).forEach(words::add);
      }
    }
    return repository.addWords(List.copyOf(words)).compose(added -> repository.keepConcepts(concepts))
        .onSuccess(kept -> derived = Map.copyOf(concepts)).mapEmpty();
  }

  /** The vocabulary as it stands: the curated file plus the taxonomy's labels as admins have worded them. */
  public static Thesaurus thesaurus() {
    return Thesaurus.shared().withTaxonomyLabels();
  }

  /**
   * A text understood for the showcase catalogue: its {@link SearchQuery#listed} names a concept by
   * its lexeme only where the documents were derived with the concept's query as it stands now.
   */
  public static SearchQuery catalogueQuery(String text) {
    Map<String, String> known = derived;
    return SearchQuery.of(text, thesaurus(), concept -> SearchQuery.conceptQuery(concept).equals(known.get(concept.id())));
  }

  /** The {@code tsquery} that finds what a text means, for other features' own search boxes. */
  public static String tsquery(String text) {
    return SearchQuery.of(text, thesaurus()).tsquery();
  }

  public Future<SearchResults> search(SearchRequest request) {
    if (request.q() == null) return Future.succeededFuture(empty(request, SearchQuery.of("")));
    SearchQuery query = SearchQuery.of(request.q(), thesaurus());
    if (query.isEmpty()) return Future.succeededFuture(empty(request, query));
    Future<List<SearchHit>> page = repository.page(query, request.type(), request.paging().pageSize(),
        request.paging().offset());
    Future<Map<SearchType, Long>> counts = repository.counts(query);
    return Future.all(page, counts).compose(done -> {
      long total = total(counts.result(), request.type());
      SearchResults found = new SearchResults(request, query, page.result(), total, counts.result(), List.of(), List.of());
      // Found only among other types: their counts already say where to look, no other spelling is sought.
      return total > 0 || total(counts.result(), null) > 0 ? Future.succeededFuture(found) : helpful(found);
    });
  }

  private static long total(Map<SearchType, Long> counts, SearchType type) {
    return type == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.getOrDefault(type, 0L);
  }

  private static SearchResults empty(SearchRequest request, SearchQuery query) {
    Map<SearchType, Long> counts = new LinkedHashMap<>();
    for (SearchType type : SearchType.values()) counts.put(type, 0L);
    return new SearchResults(request, query, List.of(), 0, counts, List.of(), List.of());
  }

  /** Nothing found: other spellings that do find something, the topics those touch, and the catalogue's main topics. */
  private Future<SearchResults> helpful(SearchResults found) {
    List<String> words = found.query().words();
    List<String> asked = words.stream().filter(w -> w.length() >= 4).distinct().toList();
    Future<Map<String, List<String>>> similar = asked.isEmpty() ? Future.succeededFuture(Map.of()) : repository.similar(asked);
    return similar.compose(alternatives -> {
      List<String> candidates = candidates(words, alternatives);
      return checked(candidates, new ArrayList<>(), 0).map(suggestions -> new SearchResults(found.request(), found.query(),
          found.items(), found.total(), found.counts(), suggestions, topics(found.query(), suggestions)));
    });
  }

  /** The i-th candidate replaces every word that has an i-th (or, failing that, a best) other spelling. */
  private static List<String> candidates(List<String> words, Map<String, List<String>> alternatives) {
    Set<String> candidates = new LinkedHashSet<>();
    for (int i = 0; i < SUGGESTIONS; i++) {
      List<String> replaced = new ArrayList<>();
      boolean changed = false;
      for (String word : words) {
        List<String> others = alternatives.getOrDefault(word, List.of());
        if (others.isEmpty()) {
          replaced.add(word);
        } else {
          replaced.add(others.get(Math.min(i, others.size() - 1)));
          changed = true;
        }
      }
      if (changed) candidates.add(String.join(" ", replaced));
    }
    return List.copyOf(candidates);
  }

  private Future<List<String>> checked(List<String> candidates, List<String> kept, int next) {
    if (next >= candidates.size()) return Future.succeededFuture(kept);
    String candidate = candidates.get(next);
    return repository.counts(SearchQuery.of(candidate, thesaurus())).compose(counts -> {
      if (total(counts, null) > 0) kept.add(candidate);
      return checked(candidates, kept, next + 1);
    });
  }

  private static List<Thesaurus.Concept> topics(SearchQuery query, List<String> suggestions) {
    Set<Thesaurus.Concept> topics = new LinkedHashSet<>();
    Thesaurus thesaurus = thesaurus();
    suggestions.forEach(s -> topics.addAll(SearchQuery.of(s, thesaurus).concepts()));
    topics.removeAll(query.concepts());
    thesaurus.concepts().stream().filter(c -> I18n.has("category." + c.id()) && !query.concepts().contains(c))
        .forEach(c -> {
          if (topics.size() < FALLBACK_TOPICS) topics.add(c);
        });
    return List.copyOf(topics);
  }
}
