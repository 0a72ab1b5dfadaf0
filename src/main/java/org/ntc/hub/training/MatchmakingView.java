package org.ntc.hub.training;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Times;

/** A matchmaking day shaped for its pages: slot times in the event's zone and the reader's language. */
final class MatchmakingView {
  private MatchmakingView() {}

  /** The matchmaking page: my profile, who takes part, requests in and out, my schedule. */
  static Map<String, Object> page(MatchmakingService.Day day, Map<String, String> form, String lang) {
    Training training = day.training();
    Map<String, Object> model = base(training, lang);
    List<Map<String, Object>> slots = new ArrayList<>();
    for (int i = 0; i < MatchmakingService.slotCount(training); i++) {
      long left = training.slots().tables() - day.tablesTaken().getOrDefault(i, 0L);
      slots.add(Map.of("value", Times.rfc3339(MatchmakingService.slotStart(training, i), training.zone()),
          "label", I18n.text(lang, "matchmaking.slotOption", slotLabel(training, i, lang), left)));
    }
    model.put("slots", slots);
    List<Map<String, Object>> participants = new ArrayList<>();
    List<Map<String, Object>> fromChoices = new ArrayList<>();
    Optional<MatchmakingProfile> ownProfile = Optional.empty();
    for (MatchmakingProfile p : day.profiles()) {
      boolean ours = day.ours(p.organisationId());
      if (ours && ownProfile.isEmpty()) ownProfile = Optional.of(p);
      if (ours) fromChoices.add(Map.of("value", p.organisationId().toString(), "label", p.organisation()));
      Map<String, Object> row = new HashMap<>();
      row.put("id", p.organisationId().toString());
      row.put("organisation", p.organisation());
      row.put("type", I18n.text(lang, "organisation.type." + p.organisationType()));
      row.put("offers", p.offers());
      row.put("seeks", p.seeks());
      row.put("ours", ours);
      participants.add(row);
    }
    model.put("participants", participants);
    model.put("mayRequest", !fromChoices.isEmpty());
    if (fromChoices.size() > 1) model.put("fromChoices", fromChoices);
    String chosenOrg = form.getOrDefault("organisationId",
        ownProfile.map(p -> p.organisationId().toString()).orElse(day.mine().isEmpty() ? "" : day.mine().get(0).organisationId().toString()));
    model.put("organisations", day.mine().stream().map(m -> Map.of("value", m.organisationId().toString(),
        "label", m.organisationName(), "selected", m.organisationId().toString().equals(chosenOrg))).toList());
    Optional<MatchmakingProfile> shown = day.profiles().stream().filter(p -> p.organisationId().toString().equals(chosenOrg)).findFirst();
    model.put("offers", form.getOrDefault("offers", shown.map(MatchmakingProfile::offers).orElse("")));
    model.put("seeks", form.getOrDefault("seeks", shown.map(MatchmakingProfile::seeks).orElse("")));
    model.put("hasOrganisation", !day.mine().isEmpty());
    List<Map<String, Object>> incoming = new ArrayList<>();
    List<Map<String, Object>> outgoing = new ArrayList<>();
    for (Meeting m : day.meetings()) {
      boolean asked = day.ours(m.inviteeOrg());
      Map<String, Object> row = meeting(training, m, asked ? m.requester() : m.invitee(), lang);
      (asked ? incoming : outgoing).add(row);
    }
    model.put("incoming", incoming);
    model.put("outgoing", outgoing);
    model.put("schedule", schedule(day, lang));
    return model;
  }

  /** The personal schedule: accepted meetings by slot, with whom and at which table. */
  static Map<String, Object> schedulePage(MatchmakingService.Day day, String lang) {
    Map<String, Object> model = base(day.training(), lang);
    model.put("schedule", schedule(day, lang));
    return model;
  }

  /** The page for someone signed in without a confirmed seat. */
  static Map<String, Object> outsider(Training training, String lang) {
    Map<String, Object> model = base(training, lang);
    model.put("outsider", true);
    return model;
  }

  private static Map<String, Object> base(Training training, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("training", TrainingView.card(training, lang, false));
    model.put("meetingMinutes", training.slots().minutes());
    model.put("tables", training.slots().tables());
    return model;
  }

  private static List<Map<String, Object>> schedule(MatchmakingService.Day day, String lang) {
    return day.meetings().stream().filter(m -> m.status() == MeetingStatus.ACCEPTED)
        .map(m -> meeting(day.training(), m, day.ours(m.inviteeOrg()) ? m.requester() : m.invitee(), lang)).toList();
  }

  private static Map<String, Object> meeting(Training training, Meeting m, String with, String lang) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", m.id().toString());
    row.put("other", with);
    row.put("when", slotLabel(training, m.slot(), lang));
    row.put("statusLabel", m.status().label(lang));
    row.put("open", m.status() == MeetingStatus.REQUESTED);
    if (m.table() != null) row.put("table", m.table());
    return row;
  }

  /** "10:00–10:20" in the event's zone, the reader's way. */
  static String slotLabel(Training training, int slot, String lang) {
    Locale locale = Locale.forLanguageTag(lang.equals("sv") ? "sv-SE" : lang.equals("fi") ? "fi-FI" : "en-GB");
    DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    OffsetDateTime start = MatchmakingService.slotStart(training, slot);
    return start.atZoneSameInstant(training.zone()).format(time) + "–"
        + start.plusMinutes(training.slots().minutes()).atZoneSameInstant(training.zone()).format(time);
  }
}
