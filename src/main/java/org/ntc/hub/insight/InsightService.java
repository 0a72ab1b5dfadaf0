package org.ntc.hub.insight;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.adoption.Region;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Viewer;

/**
 * The insight side: the indicators for a period, the map of adoptions and pilots, and the yearly
 * mapping report. Anyone sees the aggregate; staff also per contact point, and only staff may narrow
 * the figures to one ({@code contactPoint=} from anyone else is refused, not ignored).
 */
public class InsightService {
  /** The first year a mapping report can be asked for; the last is the current one. */
  public static final int FIRST_YEAR = 2020;

  private final InsightRepository repository;
  private final Clock clock;

  public InsightService(InsightRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Future<Indicators> indicators(IndicatorQuery query, Viewer viewer) {
    if (query.contactPoint() != null && !viewer.staff()) {
      return Future.failedFuture(new Forbidden("Only contact-point staff see the figures of one contact point"));
    }
    var perMonth = repository.perMonth(query);
    var organisations = repository.organisations(query);
    var byContactPoint = viewer.staff() ? repository.byContactPoint(query) : Future.<List<Indicators.ContactPointCount>>succeededFuture(null);
    return Future.all(perMonth, organisations, byContactPoint)
        .map(all -> new Indicators(query, perMonth.result(), organisations.result(), byContactPoint.result()));
  }

  /** Per region, in {@link Region#values()} order: its adoptions and the pilots placed there. */
  public Future<MapFigures> map(MapFilter filter) {
    var adoptions = repository.adoptionsByRegion(filter);
    var pilots = repository.pilotsByPlace(filter);
    var places = repository.contactPointPlaces();
    return Future.all(adoptions, pilots, places).map(all -> {
      Map<String, Long> pilotsByRegion = new HashMap<>();
      for (InsightRepository.PilotPlace place : pilots.result()) {
        String region = place.region() != null ? place.region() : nearest(place.contactPoint(), places.result());
        if (region != null) pilotsByRegion.merge(region, place.count(), Long::sum);
      }
      List<MapFigures.RegionFigure> figures = new ArrayList<>();
      for (Region region : Region.values()) {
        figures.add(new MapFigures.RegionFigure(region, adoptions.result().getOrDefault(region.id(), 0L),
            pilotsByRegion.getOrDefault(region.id(), 0L)));
      }
      return new MapFigures(figures, filter.category(), filter.status());
    });
  }

  /** A pilot no adoption places sits in the region whose seat is nearest its contact point, in that country. */
  static String nearest(String contactPoint, List<InsightRepository.Place> places) {
    InsightRepository.Place place = places.stream().filter(p -> p.contactPoint().equals(contactPoint)).findFirst().orElse(null);
    if (place == null) return null;
    List<Region> candidates = Region.inCountry(place.country());
    if (candidates.isEmpty()) return null;
    if (place.latitude() == null || place.longitude() == null) return candidates.get(0).id();
    double shrink = Math.cos(Math.toRadians(place.latitude()));
    return candidates.stream().min(Comparator.comparingDouble(r -> Math.pow(r.latitude() - place.latitude(), 2)
        + Math.pow((r.longitude() - place.longitude()) * shrink, 2))).orElseThrow().id();
  }

  public boolean reportYear(int year) {
    return year >= FIRST_YEAR && year <= today().getYear();
  }

  /** The yearly mapping report as PDF in the reader's language, written on a worker thread: public figures only. */
  public Future<byte[]> report(int year, String lang, Vertx vertx) {
    if (!reportYear(year)) return Future.failedFuture(new NotFound("No mapping report for " + year));
    var indicators = indicators(IndicatorQuery.year(year), Viewer.ANONYMOUS);
    var map = map(MapFilter.year(year));
    var pilots = repository.yearPilots(year);
    return Future.all(indicators, map, pilots).compose(all -> vertx.executeBlocking(
        () -> YearReport.pdf(new YearReport.Content(year, indicators.result(), map.result(), pilots.result()), lang), false));
  }
}
