package org.ntc.hub.training;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;

/** A contact point's page's section of the next trainings and events held there, as the public catalogue lists them. */
public final class ContactPointEvents {
  static final int SHOWN = 5;

  private ContactPointEvents() {}

  /** The next few published events of the contact point, soonest first, and the catalogue filtered to it. */
  public static Future<Map<String, Object>> section(TrainingService trainings, String contactPointId, String lang, Clock clock) {
    Site site = Site.of(contactPointId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    return trainings.list(new TrainingQuery(now, now.plusYears(5), site, null, null, null), new Paging(1, SHOWN))
        .map(upcoming -> {
          Map<String, Object> section = new HashMap<>();
          section.put("items", upcoming.trainings().stream().map(t -> item(t, lang)).toList());
          section.put("total", upcoming.total());
          section.put("more", upcoming.total() > upcoming.trainings().size());
          section.put("allUrl", "/trainings?contactPoint=" + site.id());
          return section;
        });
  }

  private static Map<String, Object> item(Training training, String lang) {
    Map<String, Object> item = new HashMap<>();
    item.put("url", "/trainings/" + training.id());
    item.put("title", training.title().in(lang));
    item.put("titleLang", training.title().languageOf(lang));
    item.put("at", Times.rfc3339(training.startsAt(), training.contactPoint().zone()));
    item.put("when", Times.shown(training.startsAt(), training.contactPoint().zone(), lang));
    item.put("kindLabel", training.kind().label(lang));
    item.put("formatLabel", training.format().label(lang));
    return item;
  }
}
