package org.ntc.hub.platform;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The countries organisations, showcases and needs are in: the centre's two and Norway, its neighbour. */
public enum Country {
  FI, SE, NO;

  /** The ISO 3166 codes, as request validation accepts them. */
  public static final Set<String> CODES = Arrays.stream(values()).map(Country::name)
      .collect(Collectors.toUnmodifiableSet());

  public static Optional<Country> find(String code) {
    return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
  }
}
