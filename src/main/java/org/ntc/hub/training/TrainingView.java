package org.ntc.hub.training;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ntc.hub.material.Material;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;

/** Trainings shaped for the pages: dates in the reader's language, labels translated. */
final class TrainingView {
  private TrainingView() {}

  static Map<String, Object> list(Upcoming upcoming, String lang, boolean mayOffer, EventKind chosen) {
    return Map.of("kinds", Arrays.stream(EventKind.values())
            .map(k -> Map.of("id", k.code(), "label", k.label(lang), "selected", k == chosen)).toList(),
        "mayOffer", mayOffer, "trainings", upcoming.trainings().stream().map(t -> card(t, lang, false)).toList(),
        "contactPoints", Site.values().stream()
            .map(s -> Map.of("id", s.id(), "label", s.place(lang))).toList(),
        "audiences", Arrays.stream(Audience.values()).map(a -> Map.of("id", a.code(), "label", a.label(lang))).toList());
  }

  static Map<String, Object> card(Training training, String lang, boolean showJoinLink) {
    Map<String, Object> card = new HashMap<>();
    card.put("id", training.id().toString());
    card.put("title", training.title().in(lang));
    card.put("description", training.description().in(lang));
    card.put("titleLang", training.title().languageOf(lang));
    card.put("descriptionLang", training.description().languageOf(lang));
    card.put("seatsLeft", training.seatsLeft());
    card.put("waitlistLength", training.waitlistLength());
    if (showJoinLink && training.joinLink() != null) card.put("joinLink", training.joinLink());
    card.put("when", when(training, lang));
    card.put("formatLabel", training.format().label(lang));
    card.put("kindLabel", training.kind().label(lang));
    card.put("matchmaking", training.matchmaking());
    card.put("placeLabel", place(training.contactPoint(), lang));
    return card;
  }

  static Map<String, Object> page(ViewedTraining viewed, List<Material> materials, List<LinkedShowcase> showcases,
                                  Viewer viewer, String lang) {
    Training training = viewed.training();
    Map<String, Object> model = new HashMap<>();
    model.put("training", card(training, lang, viewed.showJoinLink()));
    model.put("signedIn", viewer.signedIn());
    model.put("enrolled", viewed.mine().isPresent());
    viewed.mine().ifPresent(mine -> model.put("myStatus", mine.status().label(lang)));
    viewed.mine().filter(MyEnrolment::offered).filter(mine -> !training.cancelled())
        .ifPresent(mine -> model.put("offer", Map.of("deadline", Times.shown(mine.offerExpiresAt(), training.zone(), lang))));
    model.put("sites", !training.hybridPools() ? List.of() : training.pools().stream().map(p -> Map.<String, Object>of(
        "site", p.site().code(), "label", p.site().label(lang), "seatsLeft", p.seatsLeft(), "waitlistLength", p.waitlisted()))
        .toList());
    model.put("calendarUrl", "/api/v1/trainings/" + training.id() + "/calendar.ics?lang=" + lang);
    model.put("materials", materials.stream().map(m -> Map.of("url", m.href(), "title", m.title().in(lang),
        "lang", m.title().languageOf(lang))).toList());
    model.put("showcases", showcases.stream().map(s -> Map.of("id", s.id().toString(), "title", s.title().in(lang),
        "lang", s.title().languageOf(lang))).toList());
    model.put("organiser", (viewed.showJoinLink() && training.joinLink() != null) || viewer.staff());
    model.put("manage", viewed.organiser() && !training.cancelled());
    Training.Details details = training.details();
    model.put("trainer", details.trainer());
    model.put("room", details.room());
    model.put("streetAddress", details.streetAddress());
    if (viewed.showJoinLink()) model.put("joinInstructions", details.joinInstructions());
    model.put("language", I18n.text(lang, "spoken." + training.language()));
    model.put("audience", String.join(", ", training.audience().stream().map(a -> a.label(lang)).toList()));
    model.put("enrolmentCloses", Times.shown(training.enrolmentClosesAt(), training.zone(), lang));
    if (training.cancelled()) {
      model.put("cancelled", Map.of("reason", training.cancellation().reason(),
          "at", Times.shown(training.cancellation().at(), training.zone(), lang)));
    }
    return model;
  }

  static Map<String, Object> participants(Training training, List<Participant> participants, String lang) {
    return Map.of("training", card(training, lang, true), "participants", participants.stream().map(p -> {
      Map<String, Object> row = new HashMap<>();
      row.put("person", person(p));
      row.put("site", p.site() == PoolSite.MAIN ? place(training.contactPoint(), lang) : p.site().label(lang));
      row.put("statusLabel", p.status() == EnrolmentStatus.OFFERED
          ? I18n.text(lang, "training.offeredUntil", Times.shown(p.offerExpiresAt(), training.zone(), lang)) : p.status().label(lang));
      if (p.position() != null) row.put("position", p.position());
      row.put("attended", p.attended());
      return row;
    }).toList());
  }

  private static Map<String, Object> person(Participant p) {
    Map<String, Object> person = new HashMap<>();
    person.put("id", p.accountId().toString());
    person.put("name", p.name());
    person.put("email", p.email());
    return person;
  }

  private static String when(Training training, String lang) {
    Locale locale = Locale.forLanguageTag(lang.equals("sv") ? "sv-SE" : lang.equals("fi") ? "fi-FI" : "en-GB");
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    Site site = training.contactPoint();
    ZonedDateTime start = training.startsAt().atZoneSameInstant(site.zone());
    ZonedDateTime end = training.endsAt().atZoneSameInstant(site.zone());
    String here = start.format(format) + " – " + end.format(time) + " (" + place(site, lang) + ")";
    // Across the Gulf of Bothnia the clocks differ by an hour: give the other side's time too.
    return across(site).map(other -> here + " = " + start.withZoneSameInstant(other.zone()).format(time)
        + " (" + place(other, lang) + ")").orElse(here);
  }

  /** The first contact point whose clocks differ from this one's, if any does. */
  private static Optional<Site> across(Site site) {
    return Site.values().stream().filter(s -> !s.zone().getRules().equals(site.zone().getRules())).findFirst();
  }

  private static String place(Site site, String lang) {
    return site.place(lang);
  }
}
