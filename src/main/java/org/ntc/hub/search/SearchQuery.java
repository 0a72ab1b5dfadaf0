package org.ntc.hub.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a visitor typed, understood: its words, the thesaurus concepts they name (in any of the
 * three languages and inflected), and the {@code tsquery} (for the {@code simple} configuration)
 * that finds them. Each word or run of words that is a concept's term becomes an OR of every term
 * of that concept in fi, sv and en, plus the concept's taxonomy lexeme ({@code topicolderpeople});
 * every other word stands for its inflected forms and compounds by a prefix ({@link Thesaurus#stem}).
 * Groups are AND-ed. Little words (och, and, ja…) are left out.
 *
 * <p>{@code indexed} asks the same of the search index, where each entry already holds a lexeme
 * for every concept its text names ({@link #conceptLexeme}, see V26): a concept is then one exact
 * lexeme instead of an OR of every prefix and phrase of its terms.
 *
 * <p>{@code listed} asks the same as {@code tsquery} of the catalogue's listing documents, which
 * hold the same concept lexemes (V43): a concept whose query the catalogue was derived with is its
 * lexeme, any other is every phrase of its terms, and the words as typed are kept unless they are
 * one of those terms. It finds exactly what {@code tsquery} finds there, through fewer posting lists.
 */
public record SearchQuery(String text, List<String> words, Set<Thesaurus.Concept> concepts, String tsquery, String indexed,
                          String listed) {
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final int MAX_WORDS = 8;
  private static final int LONGEST_TERM = 4;
  private static final Set<String> LITTLE_WORDS = Set.of(
      "and", "or", "the", "of", "for", "in", "on", "to", "with", "a", "an", "at", "by", "from",
      "och", "eller", "för", "i", "på", "av", "med", "till", "om", "en", "ett", "som", "det",
      "ja", "tai", "sekä", "ei", "kanssa", "että");

  /** A query understood with the shared thesaurus. */
  public static SearchQuery of(String text) {
    return of(text, Thesaurus.shared());
  }

  public static SearchQuery of(String text, Thesaurus thesaurus) {
    return of(text, thesaurus, concept -> false);
  }

  /** A query understood with {@code thesaurus}; {@code derived} tells the concepts the catalogue's documents hold lexemes for. */
  public static SearchQuery of(String text, Thesaurus thesaurus, Predicate<Thesaurus.Concept> derived) {
    List<String> words = words(text);
    Set<Thesaurus.Concept> concepts = new LinkedHashSet<>();
    List<String> groups = new ArrayList<>();
    List<String> indexed = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int taken = 0;
      List<Thesaurus.Concept> named = List.of();
      for (int span = Math.min(LONGEST_TERM, words.size() - i); span >= 1 && taken == 0; span--) {
        List<String> run = words.subList(i, i + span);
        named = thesaurus.concepts().stream().filter(c -> names(c, run)).toList();
        if (!named.isEmpty()) taken = span;
      }
      if (taken == 0) {
        if (!LITTLE_WORDS.contains(words.get(i))) {
          groups.add(lexeme(words.get(i)));
          indexed.add(lexeme(words.get(i)));
          listed.add(lexeme(words.get(i)));
        }
        i++;
        continue;
      }
      Set<String> alternatives = new LinkedHashSet<>();
      Set<String> lexemes = new LinkedHashSet<>();
      Set<String> inCatalogue = new LinkedHashSet<>();
      List<String> typedWords = words.subList(i, i + taken);
      String typed = phrase(typedWords);
      alternatives.add(typed);
      boolean typedIsCovered = false;
      for (Thesaurus.Concept concept : named) {
        concepts.add(concept);
        alternatives.add(topicLexeme(concept));
        lexemes.add(topicLexeme(concept));
        lexemes.add("'" + conceptLexeme(concept) + "'");
        inCatalogue.add(topicLexeme(concept));
        boolean asLexeme = derived.test(concept);
        if (asLexeme) inCatalogue.add("'" + conceptLexeme(concept) + "'");
        for (String term : concept.allTerms()) {
          String termPhrase = phrase(words(term));
          alternatives.add(termPhrase);
          if (!asLexeme) inCatalogue.add(termPhrase);
          typedIsCovered |= !termPhrase.isEmpty() && covers(words(term), typedWords);
        }
      }
      // The words as typed are asked for only where no term finds every text they find (see covers).
      if (!typedIsCovered) inCatalogue.add(typed);
      alternatives.remove("");
      inCatalogue.remove("");
      groups.add("(" + String.join(" | ", alternatives) + ")");
      indexed.add("(" + String.join(" | ", lexemes) + ")");
      listed.add("(" + String.join(" | ", inCatalogue) + ")");
      i += taken;
    }
    groups.remove("");
    listed.remove("");
    return new SearchQuery(text, words, concepts, String.join(" & ", groups), String.join(" & ", indexed),
        String.join(" & ", listed));
  }

  /**
   * The lexeme the search index adds to an entry whose text names a concept: a digit first, so that
   * no word a visitor types reaches it by prefix.
   */
  static String conceptLexeme(Thesaurus.Concept concept) {
    return "0c" + concept.id().replace("-", "");
  }

  /** What finds an entry's text naming a concept: every term in every language, inflected, OR-ed. */
  static String conceptQuery(Thesaurus.Concept concept) {
    Set<String> alternatives = new LinkedHashSet<>();
    for (String term : concept.allTerms()) alternatives.add(phrase(words(term)));
    alternatives.remove("");
    return String.join(" | ", alternatives);
  }

  private static String topicLexeme(Thesaurus.Concept concept) {
    return "'topic" + concept.id().replace("-", "") + "'";
  }

  /** Whether several groups are AND-ed: their intersection is usually small, and best found through the index. */
  public boolean combined() {
    return indexed.contains(" & ");
  }

  /** Whether nothing in the text can be searched for (only little words or signs). */
  public boolean isEmpty() {
    return tsquery.isEmpty();
  }

  /** The words of a text: lower-cased, split at anything that is not a letter or digit, at most eight. */
  public static List<String> words(String text) {
    if (text == null) return List.of();
    return Arrays.stream(NOT_A_LETTER.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
        .limit(MAX_WORDS).toList();
  }

  private static boolean names(Thesaurus.Concept concept, List<String> run) {
    for (String term : concept.allTerms()) {
      List<String> termWords = words(term);
      if (termWords.size() != run.size()) continue;
      boolean all = true;
      for (int k = 0; k < run.size() && all; k++) all = Thesaurus.inflects(run.get(k), termWords.get(k));
      if (all) return true;
    }
    return false;
  }

  private static String phrase(List<String> words) {
    List<String> lexemes = words.stream().map(SearchQuery::lexeme).toList();
    if (lexemes.isEmpty()) return "";
    return lexemes.size() == 1 ? lexemes.get(0) : "(" + String.join(" <-> ", lexemes) + ")";
  }

  /**
   * Whether every text the typed words' phrase matches is also matched by the term's phrase, so a
   * concept's lexeme (derived from its terms' phrases) or the term's phrase already finds it: the
   * term's words, in order, at some place among the typed words, each a prefix the typed word's own
   * prefix begins with (or, for a short word taken as it is, the same word). "video visits" is
   * found by the term "video visit" ('vide':* <-> 'visi':*), "fallarm" by "fall" ('fall':*). A prefix
   * left in the catalogue's query is read whole from the index (every lexeme it begins) before the
   * filters narrow it, the slowest part of a filtered search for such a word.
   */
  static boolean covers(List<String> termWords, List<String> typedWords) {
    if (termWords.isEmpty()) return false;
    for (int at = 0; at + termWords.size() <= typedWords.size(); at++) {
      boolean all = true;
      for (int k = 0; k < termWords.size() && all; k++) all = covers(lexeme(termWords.get(k)), lexeme(typedWords.get(at + k)));
      if (all) return true;
    }
    return false;
  }

  /** Whether a lexeme of {@link #lexeme} matches every word the other matches. */
  private static boolean covers(String term, String typed) {
    if (!term.endsWith(":*")) return term.equals(typed);
    String prefix = term.substring(0, term.length() - 3);
    return typed.startsWith(prefix);
  }

  /** A word as a lexeme: short words as they are, longer ones as the prefix of their inflected forms. */
  static String lexeme(String word) {
    if (word.length() <= 3) return "'" + word + "'";
    return "'" + Thesaurus.stem(word) + "':*";
  }
}
