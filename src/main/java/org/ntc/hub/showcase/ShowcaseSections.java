package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.UUID;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Viewer;

/**
 * What other features add to a showcase's page: its pilots, its evidence profile after MAST,
 * the library entries about it and its verified claims. The root supplies each; a section not
 * supplied is left empty, so the catalogue stands on its own.
 */
public final class ShowcaseSections {
  /** Something about a showcase, as this viewer may see it in their language. */
  public interface Section {
    Future<JsonArray> of(UUID showcaseId, Viewer viewer, String lang);
  }

  /**
   * The evidence profile as the showcase's JSON carries it: per MAST domain, in order, what public
   * pilot evaluations and library entries say. The same for every reader.
   */
  public interface Profile {
    Future<JsonArray> of(UUID showcaseId, String lang);
  }

  private static final Section NONE = (id, viewer, lang) -> Future.succeededFuture(new JsonArray());
  private Section pilots = NONE;
  private Profile profile = (id, lang) -> Future.succeededFuture(new JsonArray());
  private Section library = NONE;
  private ClaimService claims;

  /** Pilots of the showcase, as the viewer may see them: supplied by the feature that runs pilots. */
  public ShowcaseSections pilots(Section pilots) {
    this.pilots = pilots;
    return this;
  }

  public ShowcaseSections profile(Profile profile) {
    this.profile = profile;
    return this;
  }

  /** The public library entries that name the showcase. */
  public ShowcaseSections library(Section library) {
    this.library = library;
    return this;
  }

  /** The showcase's claims as NTC stands behind them; staff verify them on the page. */
  public ShowcaseSections claims(ClaimService claims) {
    this.claims = claims;
    return this;
  }

  /** The claims, when supplied: their form is mounted with the page. */
  ClaimService claims() {
    return claims;
  }

  /** The page's model with every section added. */
  Future<Map<String, Object>> add(RoutingContext ctx, ShowcaseDetail detail, Viewer viewer, String lang,
                                  Map<String, Object> model) {
    UUID id = detail.showcase().id();
    Future<JsonArray> shownPilots = pilots.of(id, viewer, lang);
    Future<JsonArray> domains = profile.of(id, lang);
    Future<JsonArray> entries = library.of(id, viewer, lang);
    Future<Map<String, Object>> inUse = detail.showcase().isPublic() ? adoption.of(id, viewer, lang) : Future.succeededFuture(null);
    return Future.all(shownPilots, domains, entries, inUse).compose(done -> {
      if (inUse.result() != null) {
        model.put("adoption", inUse.result());
        model.put("adoptionSaved", ctx.queryParams().contains("adopted"));
        model.put("adoptionRemoved", ctx.queryParams().contains("unadopted"));
      }
      model.put("pilots", shownPilots.result().stream().map(p -> pilot((JsonObject) p, lang)).toList());
      model.put("evidenceProfile", EvidenceShown.domains(domains.result(), lang));
      model.put("library", entries.result().getList());
      return savedState(detail, viewer, model).compose(withSaved -> withReviews(ctx, detail, viewer, lang, model))
          .compose(withReviews -> withCourses(detail, viewer, lang, model));
    }).compose(withSaved -> claims == null ? Future.succeededFuture(model)
        : ClaimPages.withClaims(claims, ctx, detail.showcase(), model));
  }

  private static Map<String, Object> pilot(JsonObject pilot, String lang) {
    return pilot.copy().put("statusLabel", I18n.text(lang, "pilot.status." + pilot.getString("status")))
        .put("contactPointLabel", I18n.text(lang, "contactPoint.name." + pilot.getString("contactPoint"))).getMap();
  }

  /** Whether a person saved a showcase to their list. */
  public interface Saved {
    Future<Boolean> of(UUID showcaseId, Viewer viewer);
  }

  private Saved saved;

  /** Signed-in people save a public showcase to their list: the page shows a Save or Saved button. */
  public ShowcaseSections saved(Saved saved) {
    this.saved = saved;
    return this;
  }

  private Future<Map<String, Object>> savedState(ShowcaseDetail detail, Viewer viewer, Map<String, Object> model) {
    if (saved == null || !viewer.signedIn() || !detail.showcase().isPublic()) return Future.succeededFuture(model);
    return saved.of(detail.showcase().id(), viewer).map(isSaved -> {
      model.put("canSave", true);
      model.put("isSaved", isSaved);
      return model;
    });
  }

  /** A section the feature shapes whole for the template: where the showcase is in use. */
  public interface Block {
    Future<Map<String, Object>> of(UUID showcaseId, Viewer viewer, String lang);
  }

  private Block adoption = (id, viewer, lang) -> Future.succeededFuture(null);

  /** Where the technology is in use, and whether the viewer may record their organisation's use; shown for public showcases. */
  public ShowcaseSections adoption(Block adoption) {
    this.adoption = adoption;
    return this;
  }

  private Block reviews = (id, viewer, lang) -> Future.succeededFuture(null);

  /**
   * "We tried it": care professionals' reviews and "useful" marks, shown apart from other reactions
   * on public showcases. The block's {@code notices} (code → sentence) say what the query's
   * {@code review} code reports after a form was sent.
   */
  public ShowcaseSections reviews(Block reviews) {
    this.reviews = reviews;
    return this;
  }

  private Future<Map<String, Object>> withReviews(RoutingContext ctx, ShowcaseDetail detail, Viewer viewer, String lang,
                                                  Map<String, Object> model) {
    if (!detail.showcase().isPublic()) return Future.succeededFuture(model);
    return reviews.of(detail.showcase().id(), viewer, lang).map(section -> {
      if (section == null) return model;
      String notice = ctx.queryParams().get("review");
      if (notice != null && section.get("notices") instanceof Map<?, ?> notices && notices.get(notice) != null) {
        section.put("notice", notices.get(notice));
      }
      model.put("reviews", section);
      return model;
    });
  }

  private Section courses = NONE;

  /** "Before adopting it, take this course": the public courses that teach the showcase, shown on public showcases. */
  public ShowcaseSections courses(Section courses) {
    this.courses = courses;
    return this;
  }

  private Future<Map<String, Object>> withCourses(ShowcaseDetail detail, Viewer viewer, String lang, Map<String, Object> model) {
    if (!detail.showcase().isPublic()) return Future.succeededFuture(model);
    return courses.of(detail.showcase().id(), viewer, lang).map(list -> {
      model.put("courses", list.getList());
      return model;
    });
  }
}
