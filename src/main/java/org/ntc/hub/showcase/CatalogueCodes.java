package org.ntc.hub.showcase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.JsonBytes.Quoted;

/**
 * The catalogue's codes (categories, target groups, countries, languages, regulatory statuses and
 * evidence levels) as strings kept once, each with its quoted JSON form. A card's codes come from the
 * database as one text ({@link #lists}); each is read as the kept string, found from its length and
 * three of its characters and compared whole, so a page makes no string for a code and a code's hash,
 * when a map looks it up (a label, its JSON), is computed once for the node, not for every row.
 * Codes sharing a slot take the next free one.
 */
final class CatalogueCodes {
  static final CatalogueCodes ALL = new CatalogueCodes(Stream.of(Taxonomy.CATEGORIES, Taxonomy.TARGET_GROUPS,
          Taxonomy.LANGUAGES, Country.CODES, Taxonomy.REGULATORY_STATUSES, Taxonomy.EVIDENCE_LEVELS)
      .flatMap(Collection::stream).distinct().toList());
  /** How many lists {@link #lists} reads: categories, target groups, countries, languages. */
  static final int LISTS = 4;
  private static final char LIST_END = '|';
  private static final char CODE_END = ',';

  private final String[] codes;
  private final Quoted[] quoted;
  private final int mask;

  CatalogueCodes(List<String> all) {
    int slots = Integer.highestOneBit(Math.max(all.size(), 1) * 4 - 1) << 1;
    codes = new String[slots];
    quoted = new Quoted[slots];
    mask = slots - 1;
    for (String code : all) {
      if (code.isEmpty() || code.indexOf(LIST_END) >= 0 || code.indexOf(CODE_END) >= 0) {
        throw new IllegalArgumentException("not a code: '" + code + "'");
      }
      int at = slot(code, 0, code.length());
      while (codes[at] != null) {
        if (codes[at].equals(code)) throw new IllegalArgumentException("a code twice: " + code);
        at = (at + 1) & mask;
      }
      codes[at] = code;
      quoted[at] = Quoted.of(code);
    }
  }

  /** The code's quoted form, or null when it is not one of the codes. */
  Quoted quoted(String code) {
    int at = find(code, 0, code.length());
    return at < 0 ? null : quoted[at];
  }

  /**
   * The lists written as {@code a,b|c|d,e|f} (see V50), each code the kept string; a code not among them
   * (none is stored) as a string of its own. Null (no row) reads as {@link #LISTS} empty lists.
   */
  List<List<String>> lists(String text) {
    List<List<String>> lists = new ArrayList<>(LISTS);
    int from = 0;
    int length = text == null ? 0 : text.length();
    for (int list = 0; list < LISTS; list++) {
      int end = from >= length ? length : text.indexOf(LIST_END, from);
      if (end < 0) end = length;
      lists.add(codes(text, from, end));
      from = end + 1;
    }
    return lists;
  }

  private List<String> codes(String text, int from, int to) {
    if (from >= to) return List.of();
    List<String> found = new ArrayList<>(4);
    while (from < to) {
      int end = text.indexOf(CODE_END, from);
      if (end < 0 || end > to) end = to;
      if (end > from) {
        int at = find(text, from, end);
        found.add(at < 0 ? text.substring(from, end) : codes[at]);
      }
      from = end + 1;
    }
    return List.copyOf(found);
  }

  /** The slot of the code written in {@code text} from {@code from} to {@code to}, or -1. */
  private int find(String text, int from, int to) {
    int length = to - from;
    if (length <= 0) return -1;
    for (int at = slot(text, from, to); codes[at] != null; at = (at + 1) & mask) {
      String code = codes[at];
      if (code.length() == length && code.regionMatches(0, text, from, length)) return at;
    }
    return -1;
  }

  private int slot(String text, int from, int to) {
    int length = to - from;
    int mixed = length * 0x9E3779B1 ^ text.charAt(from) * 0x85EBCA6B ^ text.charAt(from + length / 2) * 0xC2B2AE35
        ^ text.charAt(to - 1) * 0x27D4EB2F;
    return (mixed ^ mixed >>> 15) & mask;
  }
}
