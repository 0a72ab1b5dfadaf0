package org.ntc.hub.insight;

import java.util.List;
import org.ntc.hub.adoption.AdoptionStatus;
import org.ntc.hub.adoption.Region;

/**
 * What the map shows, for the page's SVG, its table and the report's drawing alike: per region the
 * adoptions recorded there (of the chosen category and status) and the centre's pilots placed there.
 */
record MapFigures(List<RegionFigure> regions, String category, AdoptionStatus status) {

  record RegionFigure(Region region, long adoptions, long pilots) {
    boolean empty() {
      return adoptions == 0 && pilots == 0;
    }
  }

  long adoptions() {
    return regions.stream().mapToLong(RegionFigure::adoptions).sum();
  }

  long pilots() {
    return regions.stream().mapToLong(RegionFigure::pilots).sum();
  }

  /** A circle's radius for a count: its area grows with the count, so a big region does not swamp the rest. */
  static double radius(long count) {
    return count == 0 ? 2.5 : 5 + 3.2 * Math.sqrt(count);
  }
}
