package org.ntc.hub.adoption;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Finnish wellbeing services county (or the City of Helsinki, which organises its own
 * services) or a Swedish region: where a care organisation uses a technology. The list is
 * public reference data shipped in {@code adoption/regions.tsv}; its coordinates are each
 * area's administrative seat, used to place the area on the insight map.
 */
public record Region(String id, String country, Map<String, String> names, double latitude, double longitude) {
  private static final List<Region> ALL = load("adoption/regions.tsv");

  /** Every region, Finland's first, in the file's order. */
  public static List<Region> values() {
    return ALL;
  }

  public static Optional<Region> find(String id) {
    return ALL.stream().filter(r -> r.id.equals(id)).findFirst();
  }

  /** The region with this id, which validation or the database has already vouched for. */
  public static Region of(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("no region " + id));
  }

  /** The regions of one country ({@code FI} or {@code SE}). */
  public static List<Region> inCountry(String country) {
    return ALL.stream().filter(r -> r.country.equals(country)).toList();
  }

  /** The name in a language (fi, sv, en), falling back to English. */
  public String name(String lang) {
    return names.getOrDefault(lang, names.get("en"));
  }

  private static List<Region> load(String resource) {
    InputStream in = Region.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException(resource + " is missing");
    List<Region> regions = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        regions.add(new Region(f[0], f[1], Map.of("fi", f[2], "sv", f[3], "en", f[4]),
            Double.parseDouble(f[5]), Double.parseDouble(f[6])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(regions);
  }
}
