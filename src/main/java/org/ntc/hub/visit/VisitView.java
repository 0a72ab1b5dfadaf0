package org.ntc.hub.visit;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Site;

/** Visits shaped for the pages: times in the contact point's zone and the reader's language, labels translated. */
final class VisitView {
  private VisitView() {}

  /** A slot as a page lists it; the meeting link only when {@code withLink} (the person booked, or staff). */
  static Map<String, Object> slot(Slot slot, String lang, boolean withLink) {
    Map<String, Object> card = new HashMap<>();
    card.put("id", slot.id().toString());
    card.put("kindLabel", slot.kind().label(lang));
    card.put("when", when(slot, lang));
    card.put("startsAt", org.ntc.hub.platform.Times.rfc3339(slot.startsAt(), slot.contactPoint().zone()));
    card.put("where", slot.kind() == VisitKind.VIRTUAL ? I18n.text(lang, "visit.online") : slot.contactPoint().name(lang));
    card.put("languages", String.join(", ", slot.languages().stream().map(l -> I18n.text(lang, "spoken." + l)).toList()));
    card.put("description", slot.description().in(lang));
    if (!slot.description().isEmpty()) card.put("descriptionLang", slot.description().languageOf(lang));
    card.put("placesLeft", I18n.text(lang, "visit.placesLeft", slot.placesLeft(), slot.capacity()));
    card.put("full", slot.placesLeft() == 0);
    card.put("virtual", slot.kind() == VisitKind.VIRTUAL);
    if (withLink && slot.meetingLink() != null) card.put("meetingLink", slot.meetingLink());
    return card;
  }

  static List<Map<String, Object>> kinds(String lang, String chosen) {
    return java.util.Arrays.stream(VisitKind.values()).map(k -> Map.<String, Object>of("code", k.code(), "label", k.label(lang),
        "selected", k.code().equals(chosen))).toList();
  }

  static String when(Slot slot, String lang) {
    Locale locale = Locale.forLanguageTag(lang.equals("sv") ? "sv-SE" : lang.equals("fi") ? "fi-FI" : "en-GB");
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    Site site = slot.contactPoint();
    ZonedDateTime start = slot.startsAt().atZoneSameInstant(site.zone());
    ZonedDateTime end = slot.endsAt().atZoneSameInstant(site.zone());
    return start.format(format) + " – " + end.format(time) + " (" + site.place(lang) + ")";
  }
}
