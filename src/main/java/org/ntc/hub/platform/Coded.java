package org.ntc.hub.platform;

import java.util.Optional;

/**
 * An enum whose values travel as a code: in JSON, URLs, forms and the database
 * ({@code "changes-requested"} for {@code CHANGES_REQUESTED}). States, kinds and decisions
 * implement it so the strings live in one place.
 */
public interface Coded {
  String code();

  /** The value with this code, if any. */
  static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
    return Optional.ofNullable(type.cast(CodeTables.BY_CODE.get(type).get(code)));
  }

  /** The value with this code, which the database or validation has already vouched for. */
  static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
    return find(type, code).orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " " + code));
  }

  /** The code of an event named subject first: {@code SHOWCASE_CHANGES_REQUESTED} → {@code showcase.changes-requested}. */
  static String eventCodeOf(Enum<?> value) {
    String name = codeOf(value);
    int subject = name.indexOf('-');
    return name.substring(0, subject) + "." + name.substring(subject + 1);
  }

  /** The code of {@code ENUM_NAME}: lower case, words joined by hyphens. */
  static String codeOf(Enum<?> value) {
    return CodeTables.NAMES.get(value.getDeclaringClass())[value.ordinal()];
  }
}
