package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One of the centre's contact points: its id in URLs, JSON and the database, its country, the
 * zone its times are given in and its name. Seinäjoki and Umeå are built in and run the nodes;
 * admins may add more (Vaasa, say), so the full list lives in the {@code contact_point} table
 * and every node keeps a copy here, read at start and again whenever an admin changes it.
 * Two sites are equal when their ids are.
 */
public final class Site {
  public static final Site SEINAJOKI = new Site("seinajoki", Country.FI, "Europe/Helsinki",
      Localised.of("NTC contact point Seinäjoki", "NTC:n yhteyspiste Seinäjoki", "NTC:s kontaktpunkt Seinäjoki"), "Seinäjoki");
  public static final Site UMEA = new Site("umea", Country.SE, "Europe/Stockholm",
      Localised.of("NTC contact point Umeå", "NTC:n yhteyspiste Uumaja", "NTC:s kontaktpunkt Umeå"), "Umeå");

  /** The contact points a node may serve ({@code NTC_NODE}); they exist before any database does. */
  public static final Set<String> NODE_IDS = Set.of(SEINAJOKI.id, UMEA.id);

  private static final String ALL = "SELECT id, country, time_zone, name, city FROM contact_point ORDER BY sort_order, id";

  /** Replaced whole, never changed in place, so a reader sees one list or the next. */
  private static volatile List<Site> known = List.of(SEINAJOKI, UMEA);
  private static final InOrder RELOADS = new InOrder();

  private final String id;
  private final Country country;
  private final String zoneName;
  /** Set on first use; two threads setting it at once set the same value. */
  private volatile ZoneId zone;
  private final Localised name;
  private final String city;

  public Site(String id, Country country, String zoneName, Localised name, String city) {
    this.id = Objects.requireNonNull(id);
    this.country = Objects.requireNonNull(country);
    this.zoneName = Objects.requireNonNull(zoneName);
    this.name = Objects.requireNonNull(name);
    this.city = Objects.requireNonNull(city);
  }

  public String id() {
    return id;
  }

  public Country country() {
    return country;
  }

  /**
   * Looked up when first asked, then kept: the first zone lookup loads every zone provider
   * (ical4j's too), which checking the settings at start need not pay for.
   */
  public ZoneId zone() {
    ZoneId known = zone;
    if (known == null) zone = known = ZoneId.of(zoneName);
    return known;
  }

  /** The contact point's name in {@code lang}, as the admins wrote it. */
  public String name(String lang) {
    return name.in(lang);
  }

  /**
   * The short name of the place, for "10:00 (Seinäjoki)": the interface's own word where it has
   * one (Uumaja in Finnish), else the city as the admins wrote it.
   */
  public String place(String lang) {
    String key = "contactPoint.name." + id;
    return I18n.has(key) ? I18n.text(lang, key) : city;
  }

  /** Every contact point, in the order the site lists them. */
  public static List<Site> values() {
    return known;
  }

  /** The ids of every contact point, as request validation accepts them. */
  public static Set<String> ids() {
    return known.stream().map(Site::id).collect(Collectors.toUnmodifiableSet());
  }

  /** The first contact point in a country, if it has one (Finland and Sweden do; a partner city may add more). */
  public static Optional<Site> in(Country country) {
    return values().stream().filter(site -> site.country == country).findFirst();
  }

  public static Optional<Site> find(String id) {
    if (id == null) return Optional.empty();
    return known.stream().filter(s -> s.id.equals(id)).findFirst();
  }

  /** The contact point with this id, which validation has already accepted. */
  public static Site of(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("no contact point " + id));
  }

  /**
   * Reads the contact points from the database and makes them the ones this node knows; after
   * any read asked for earlier, so an older read never replaces a newer one.
   */
  public static Future<List<Site>> reload(SqlClient client) {
    return RELOADS.run(() -> client.preparedQuery(ALL).mapping(Site::fromRow).execute().map(rows -> {
      List<Site> sites = Db.list(rows);
      if (!sites.isEmpty()) known = List.copyOf(sites);
      return sites;
    }));
  }

  private static Site fromRow(Row row) {
    String zone = row.getString("time_zone");
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      zone = "Europe/Helsinki"; // admins can only give zones Java knows; this is a last resort
    }
    return new Site(row.getString("id"), Country.valueOf(row.getString("country").trim()), zone,
        Localised.of(row.getJsonObject("name")), row.getString("city"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Site site && site.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
