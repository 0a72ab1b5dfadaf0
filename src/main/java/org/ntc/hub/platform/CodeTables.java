package org.ntc.hub.platform;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The codes of each {@link Coded} enum, worked out once per type: finding a value by its code
 * and naming a value's code happen for every row and every JSON field, and used to lower-case
 * and compare every constant's name each time.
 */
final class CodeTables {
  /** By enum type, the code {@link Coded#codeOf} gives each constant, by ordinal. */
  static final ClassValue<String[]> NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return names;
    }
  };

  /** By enum type, each constant by its {@link Coded#code()}; the first wins should two share a code. */
  static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byCode = new HashMap<>();
      for (Object constant : type.getEnumConstants()) byCode.putIfAbsent(((Coded) constant).code(), constant);
      return Collections.unmodifiableMap(byCode);
    }
  };

  private CodeTables() {}
}
