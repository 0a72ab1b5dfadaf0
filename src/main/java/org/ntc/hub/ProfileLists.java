package org.ntc.hub;

import io.vertx.core.json.JsonObject;
import org.ntc.hub.challenge.Challenge;
import org.ntc.hub.challenge.ChallengeService;
import org.ntc.hub.challenge.Pilot;
import org.ntc.hub.challenge.PilotService;
import org.ntc.hub.organisation.OrganisationPages;
import org.ntc.hub.showcase.ShowcaseService;
import org.ntc.hub.showcase.ShowcaseSummary;

/** The lists on an organisation's public profile, each asked of the feature that holds it, in the reader's language. */
final class ProfileLists {
  private ProfileLists() {}

  /** What it offers: its published showcases. */
  static OrganisationPages.Listing offers(ShowcaseService showcases) {
    return (id, viewer, lang) -> showcases.publishedOf(id).map(list -> list.stream().map(s -> offer(s, lang)).toList());
  }

  /** What it needs: its published needs. */
  static OrganisationPages.Listing needs(ChallengeService challenges) {
    return (id, viewer, lang) -> challenges.publishedOf(id).map(list -> list.stream().map(c -> need(c, lang)).toList());
  }

  /** Pilots it took part in, as the company or the care organisation, once their outcome is published. */
  static OrganisationPages.Listing pilots(PilotService pilots) {
    return (id, viewer, lang) -> pilots.publishedOutcomesOf(id).map(list -> list.stream().map(p -> pilot(p, lang)).toList());
  }

  private static JsonObject offer(ShowcaseSummary showcase, String lang) {
    return new JsonObject().put("title", showcase.title().in(lang)).put("url", "/showcases/" + showcase.id())
        .put("text", showcase.summary().in(lang));
  }

  private static JsonObject need(Challenge need, String lang) {
    return new JsonObject().put("title", need.title().in(lang)).put("url", "/challenges/" + need.id());
  }

  private static JsonObject pilot(Pilot pilot, String lang) {
    JsonObject item = new JsonObject().put("title", pilot.testArena()).put("url", "/showcases/" + pilot.showcaseId() + "#pilots")
        .put("meta", pilot.contactPoint().name(lang));
    if (pilot.outcome() != null) item.put("text", pilot.outcome().result().in(lang));
    return item;
  }
}
