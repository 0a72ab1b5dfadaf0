package org.ntc.hub.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ntc.hub.platform.I18n;

/**
 * The curated trilingual e-health vocabulary ({@code search/thesaurus.tsv}): concepts such as
 * sleep (uni / sömn / sleep) or home care (kotihoito / hemtjänst / home care), each with its
 * terms in Finnish, Swedish and English. It is what lets a Swedish query find a Finnish text and
 * a need be matched by meaning rather than by shared spelling. Inflected forms are reached by
 * {@link #stem(String)}, a prefix short enough to cover the usual endings of all three languages
 * (kotihoito → kotihoidon, äldre → äldres); forms a prefix cannot reach are listed in the file.
 */
public final class Thesaurus {
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");
  private static final Thesaurus SHARED = load("search/thesaurus.tsv");

  /** One concept and its terms per language ({@code fi}, {@code sv}, {@code en}), each term lower-cased. */
  public record Concept(String id, Map<String, List<String>> terms) {
    /** Every term in every language. */
    public List<String> allTerms() {
      return terms.values().stream().flatMap(List::stream).toList();
    }

    /** The concept's first term in a language (its label), or its first term at all. */
    public String label(String lang) {
      List<String> own = terms.getOrDefault(lang, List.of());
      return own.isEmpty() ? allTerms().get(0) : own.get(0);
    }
  }

  private final List<Concept> concepts;

  private Thesaurus(List<Concept> concepts) {
    this.concepts = List.copyOf(concepts);
  }

  /** The vocabulary shipped with NTC Hub, read once. */
  public static Thesaurus shared() {
    return SHARED;
  }

  public List<Concept> concepts() {
    return concepts;
  }

  public Optional<Concept> concept(String id) {
    return concepts.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The concepts a text mentions, in any of the three languages and in inflected forms, in the thesaurus's order. */
  public Set<Concept> mentioned(String text) {
    List<String> words = words(text);
    Set<Concept> found = new LinkedHashSet<>();
    for (Concept concept : concepts) {
      if (concept.allTerms().stream().anyMatch(term -> occurs(words(term), words))) found.add(concept);
    }
    return found;
  }

  /** The words of a text: lower-cased, split at anything that is not a letter, digit or hyphen. */
  public static List<String> words(String text) {
    if (text == null || text.isBlank()) return List.of();
    return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT)))
        .map(w -> w.replaceAll("^-+|-+$", "")).filter(w -> !w.isEmpty()).toList();
  }

  /**
   * The prefix that stands for a word's inflected forms: the whole of a short word (which then
   * takes at most two more letters, see {@link #inflects}), else the word less its last letters.
   */
  public static String stem(String word) {
    int length = word.length();
    if (length <= 4) return word;
    if (length < 7) return word.substring(0, length - 1);
    return word.substring(0, Math.max(5, length - 3));
  }

  /** Whether a word of a text is a form of a term's word (kotihoidon of kotihoito, sömnen of sömn). */
  public static boolean inflects(String word, String termWord) {
    String stem = stem(termWord);
    if (!word.startsWith(stem)) return false;
    return termWord.length() > 4 || word.length() <= termWord.length() + 2;
  }

  private static boolean occurs(List<String> term, List<String> words) {
    if (term.isEmpty()) return false;
    for (int start = 0; start + term.size() <= words.size(); start++) {
      int i = 0;
      while (i < term.size() && inflects(words.get(start + i), term.get(i))) i++;
      if (i == term.size()) return true;
    }
    return false;
  }

  /**
   * This vocabulary with each taxonomy label in the message bundles ({@code category.<id>},
   * {@code targetGroup.<id>}, as admins may have renamed them) as one more term of the concept
   * named after that id, so a label a visitor reads on a filter also finds what is filed under it.
   */
  public Thesaurus withTaxonomyLabels() {
    List<Concept> labelled = new ArrayList<>();
    for (Concept concept : concepts) {
      Map<String, List<String>> terms = new LinkedHashMap<>();
      concept.terms().forEach((lang, own) -> {
        Set<String> all = new LinkedHashSet<>(own);
        for (String prefix : I18n.OVERRIDABLE_PREFIXES) {
          String key = prefix + concept.id();
          if (I18n.has(key)) all.add(I18n.text(lang, key).toLowerCase(Locale.ROOT));
        }
        terms.put(lang, List.copyOf(all));
      });
      labelled.add(new Concept(concept.id(), terms));
    }
    return new Thesaurus(labelled);
  }

  static Thesaurus load(String resource) {
    InputStream in = Thesaurus.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing " + resource);
    List<Concept> concepts = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        if (cells.length != 4) throw new IllegalStateException("thesaurus line needs 4 cells: " + line);
        Map<String, List<String>> terms = new LinkedHashMap<>();
        terms.put("fi", terms(cells[1]));
        terms.put("sv", terms(cells[2]));
        terms.put("en", terms(cells[3]));
        concepts.add(new Concept(cells[0].trim(), terms));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Thesaurus(concepts);
  }

  private static List<String> terms(String cell) {
    return Arrays.stream(cell.split(",")).map(t -> t.trim().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList();
  }
}
