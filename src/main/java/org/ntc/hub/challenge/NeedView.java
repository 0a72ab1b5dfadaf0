package org.ntc.hub.challenge;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;

/** What the needs' pages show of a need, in the reader's language: raw codes become words here. */
final class NeedView {
  private NeedView() {}

  /** The need's page: the need in the reader's words, its matches and answers, and what the reader may do. */
  static Map<String, Object> page(ChallengeDetail detail, Viewer viewer, String lang) {
    Challenge c = detail.challenge();
    ChallengeStatus status = c.status();
    boolean owner = viewer.memberOf(c.organisationId());
    Map<String, Object> model = new HashMap<>();
    model.put("challenge", c.toJson(lang).getMap());
    model.put("titleLang", c.title().languageOf(lang));
    model.put("descriptionLang", c.description().languageOf(lang));
    model.put("categoryLabels", labels(lang, "category.", c.categories()));
    model.put("targetGroupLabels", labels(lang, "targetGroup.", c.targetGroups()));
    model.put("countryLabel", I18n.text(lang, "country." + c.country().name()));
    model.put("statusLabel", I18n.text(lang, "challenge.status." + status.code()));
    model.put("responsesDueText", FormBodies.date(c.responsesDue(), lang));
    model.put("matches", detail.matches().stream().map(m -> {
      Map<String, Object> match = m.toJson(lang).getMap();
      match.put("sentences", m.sentences(lang));
      return match;
    }).toList());
    boolean startsPilots = viewer.staff() && status != ChallengeStatus.DRAFT;
    model.put("answers", detail.answers().stream().map(a -> {
      Map<String, Object> answer = a.toJson(lang).getMap();
      answer.put("canStartPilot", startsPilots && a.pilotId() == null);
      return answer;
    }).toList());
    model.put("ownShowcases", detail.offers().stream()
        .map(o -> Map.of("id", o.showcaseId().toString(), "title", o.title().in(lang))).toList());
    model.put("answerable", detail.answerable());
    model.put("owner", owner);
    model.put("canEdit", owner && status != ChallengeStatus.CLOSED);
    model.put("canSubmit", owner && (status == ChallengeStatus.DRAFT || status == ChallengeStatus.CHANGES_REQUESTED));
    model.put("canReview", viewer.staff() && status == ChallengeStatus.PENDING);
    model.put("canClose", (owner || viewer.staff()) && status != ChallengeStatus.CLOSED);
    model.put("notPublic", status != ChallengeStatus.PUBLISHED && status != ChallengeStatus.CLOSED);
    model.put("statusHint", I18n.text(lang, "challenge.statusHint." + status.code()));
    model.put("version", c.version());
    model.put("outcomes", FormBodies.options(Arrays.stream(ChallengeOutcome.values()).map(ChallengeOutcome::code).toList(),
        "challenge.outcome.", null, lang));
    model.put("languageCodes", I18n.LANGUAGES.stream().map(code -> Map.of("code", code, "label", I18n.text(lang, "spoken." + code)))
        .toList());
    model.put("pilotSites", viewer.staffSite().isPresent() ? List.of()
        : Site.values().stream().map(site -> Map.of("value", site.id(), "label", site.name(lang))).toList());
    if (c.closedOutcome() != null) {
      model.put("closedLabel", I18n.text(lang, "challenge.outcome." + c.closedOutcome().code()));
      model.put("closedAtText", Times.shown(c.closedAt(), zoneOf(c, viewer), lang));
    }
    return model;
  }

  /** The zone of a contact point in the need's country; else the reader's. */
  private static ZoneId zoneOf(Challenge c, Viewer viewer) {
    return Site.in(c.country()).map(Site::zone).orElse(viewer.zone());
  }

  /** A need in a list. */
  static Map<String, Object> listed(Challenge c, String lang) {
    Map<String, Object> model = c.toJson(lang).getMap();
    model.put("categoryLabels", labels(lang, "category.", c.categories()));
    model.put("countryLabel", I18n.text(lang, "country." + c.country().name()));
    model.put("statusLabel", I18n.text(lang, "challenge.status." + c.status().code()));
    model.put("responsesDueText", FormBodies.date(c.responsesDue(), lang));
    if (!c.cosigners().isEmpty()) {
      model.put("pooledText", I18n.text(lang, "pooled.backers", c.backers()) + (c.combinedScale() > 0
          ? " · " + I18n.text(lang, "pooled.people", FormBodies.number(c.combinedScale(), lang)) : ""));
    }
    return model;
  }

  static List<String> labels(String lang, String prefix, List<String> ids) {
    return ids.stream().map(id -> I18n.text(lang, prefix + id)).toList();
  }
}
