package org.ntc.hub.platform;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One of the centre's contact points, each of which runs a node: its id in URLs, JSON and the
 * database, its country and the zone its times are given in.
 */
public enum Site {
  SEINAJOKI("seinajoki", Country.FI, "Europe/Helsinki"),
  UMEA("umea", Country.SE, "Europe/Stockholm");

  /** The ids of every contact point, as request validation accepts them. */
  public static final Set<String> IDS = Arrays.stream(values()).map(Site::id)
      .collect(Collectors.toUnmodifiableSet());

  private final String id;
  private final Country country;
  private final String zone;
  /** Set on first use; two threads setting it at once set the same value. */
  private volatile ZoneId zoneId;

  Site(String id, Country country, String zone) {
    this.id = id;
    this.country = country;
    this.zone = zone;
  }

  public String id() {
    return id;
  }

  public Country country() {
    return country;
  }

  /**
   * Looked up when first asked, then kept: the first zone lookup loads every zone provider
   * (ical4j's too), which checking the settings need not pay for, and pages ask for every time.
   */
  public ZoneId zone() {
    ZoneId known = zoneId;
    if (known == null) zoneId = known = ZoneId.of(zone);
    return known;
  }

  public static Optional<Site> find(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  /** The contact point with this id, which validation has already accepted. */
  public static Site of(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("no contact point " + id));
  }

  @Override
  public String toString() {
    return id;
  }
}
