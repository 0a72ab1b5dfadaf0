package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ntc.hub.platform.I18n;

/** Training JSON shaped for the pages: dates in the reader's language, labels translated. */
final class TrainingView {
  private TrainingView() {}

  static Map<String, Object> card(JsonObject training, String lang) {
    Map<String, Object> card = new HashMap<>(training.getMap());
    card.put("when", when(training, lang));
    card.put("formatLabel", I18n.text(lang, "training.format." + training.getString("format")));
    card.put("placeLabel", I18n.text(lang, "contactPoint.name." + training.getString("contactPoint")));
    return card;
  }

  static Map<String, Object> page(JsonObject training, String lang, boolean signedIn) {
    Map<String, Object> model = new HashMap<>();
    Map<String, Object> card = card(training, lang);
    model.put("training", card);
    model.put("signedIn", signedIn);
    JsonObject mine = training.getJsonObject("myEnrolment");
    model.put("enrolled", mine != null);
    if (mine != null) model.put("myStatus", I18n.text(lang, "training.enrolment." + mine.getString("status")));
    model.put("sites", training.getJsonArray("seatPools") == null ? java.util.List.of()
        : training.getJsonArray("seatPools").stream().map(p -> {
          JsonObject pool = (JsonObject) p;
          return Map.<String, Object>of("site", pool.getString("site"), "label", I18n.text(lang, "training.site." + pool.getString("site")),
              "seatsLeft", pool.getLong("seatsLeft"), "waitlistLength", pool.getLong("waitlistLength"));
        }).toList());
    model.put("calendarUrl", "/api/v1/trainings/" + training.getString("id") + "/calendar.ics?lang=" + lang);
    return model;
  }

  private static String when(JsonObject training, String lang) {
    Locale locale = Locale.forLanguageTag(lang.equals("sv") ? "sv-SE" : lang.equals("fi") ? "fi-FI" : "en-GB");
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    OffsetDateTime start = OffsetDateTime.parse(training.getString("startsAt"));
    OffsetDateTime end = OffsetDateTime.parse(training.getString("endsAt"));
    String here = start.format(format) + " – " + end.format(time) + " (" + city(training.getString("timeZone"), lang) + ")";
    // Across the Gulf of Bothnia the clocks differ by an hour: give the other side's time too.
    String other = training.getString("timeZone").equals("Europe/Helsinki") ? "Europe/Stockholm" : "Europe/Helsinki";
    java.time.ZonedDateTime there = start.atZoneSameInstant(java.time.ZoneId.of(other));
    return here + " = " + there.format(time) + " (" + city(other, lang) + ")";
  }

  private static String city(String zone, String lang) {
    return I18n.text(lang, zone.equals("Europe/Helsinki") ? "contactPoint.name.seinajoki" : "contactPoint.name.umea");
  }
}
