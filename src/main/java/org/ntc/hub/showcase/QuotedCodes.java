package org.ntc.hub.showcase;

import java.util.List;
import org.ntc.hub.platform.JsonBytes.Quoted;

/**
 * The catalogue's codes, each with its quoted JSON form, found by a code read from the database. Those
 * strings are new for every row, so a map would compute each one's hash over all its characters, a
 * dozen times for every showcase on a page; here a slot is found from a code's length and three of its
 * characters, and the code there is compared whole. Codes sharing a slot take the next free one.
 */
final class QuotedCodes {
  private final String[] codes;
  private final Quoted[] quoted;
  private final int mask;

  QuotedCodes(List<String> all) {
    int slots = Integer.highestOneBit(Math.max(all.size(), 1) * 4 - 1) << 1;
    codes = new String[slots];
    quoted = new Quoted[slots];
    mask = slots - 1;
    for (String code : all) {
      if (code.isEmpty()) throw new IllegalArgumentException("a code is never empty");
      int at = slot(code);
      while (codes[at] != null) {
        if (codes[at].equals(code)) throw new IllegalArgumentException("a code twice: " + code);
        at = (at + 1) & mask;
      }
      codes[at] = code;
      quoted[at] = Quoted.of(code);
    }
  }

  /** The code's quoted form, or null when it is not one of the codes. */
  Quoted get(String code) {
    if (code.isEmpty()) return null;
    for (int at = slot(code); codes[at] != null; at = (at + 1) & mask) {
      if (codes[at].equals(code)) return quoted[at];
    }
    return null;
  }

  private int slot(String code) {
    int length = code.length();
    int mixed = length * 0x9E3779B1 ^ code.charAt(0) * 0x85EBCA6B ^ code.charAt(length / 2) * 0xC2B2AE35
        ^ code.charAt(length - 1) * 0x27D4EB2F;
    return (mixed ^ mixed >>> 15) & mask;
  }
}
