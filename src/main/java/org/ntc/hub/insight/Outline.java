package org.ntc.hub.insight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finland's and Sweden's borders (Natural Earth via world-atlas, public domain, shipped in
 * {@code insight/outline.tsv}) and the one projection the map uses on the page and in the PDF:
 * equirectangular, longitudes shrunk by the cosine of 63°N, in a box {@link #WIDTH} by {@link #HEIGHT}.
 */
final class Outline {
  static final double WIDTH = 390;
  static final double HEIGHT = 600;
  private static final double WEST = 10.5;
  private static final double NORTH = 70.2;
  private static final double SCALE = 39.5;
  private static final double SHRINK = Math.cos(Math.toRadians(63));
  private static final List<Ring> RINGS = load("insight/outline.tsv");

  /** One closed border line of a country, already projected. */
  record Ring(String country, List<double[]> points) {}

  private Outline() {}

  static List<Ring> rings() {
    return RINGS;
  }

  static double x(double longitude) {
    return (longitude - WEST) * SHRINK * SCALE;
  }

  static double y(double latitude) {
    return (NORTH - latitude) * SCALE;
  }

  private static List<Ring> load(String resource) {
    InputStream in = Outline.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException(resource + " is missing");
    List<Ring> rings = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] fields = line.split("\t");
        List<double[]> points = new ArrayList<>();
        for (String pair : fields[1].split(" ")) {
          String[] lonLat = pair.split(",");
          points.add(new double[] {x(Double.parseDouble(lonLat[0])), y(Double.parseDouble(lonLat[1]))});
        }
        rings.add(new Ring(fields[0], List.copyOf(points)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rings);
  }
}
