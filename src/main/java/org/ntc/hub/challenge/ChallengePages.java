package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Problem;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.Showcase;
import org.ntc.hub.showcase.ShowcaseService;
import org.ntc.hub.showcase.ShowcaseStatus;

/** {@code /challenges}: the needs, their matches, the answer form for companies and the answers for the owner. */
public final class ChallengePages {
  private final ChallengeService challenges;
  private final ShowcaseService showcases;
  private final Views views;

  public ChallengePages(ChallengeService challenges, ShowcaseService showcases, Views views) {
    this.challenges = challenges;
    this.showcases = showcases;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/challenges").handler(ctx -> {
      String lang = Languages.of(ctx);
      views.render(ctx, "challenge/list", challenges.list(new Paging(1, 100), lang).map(page -> Map.of("challenges",
          page.getJsonArray("items").stream().map(o -> labelled((JsonObject) o, lang).getMap()).toList())));
    });
    router.get("/challenges/:id").handler(ctx -> show(ctx, 200, Map.of()));
    router.post("/challenges/:id/answers").handler(ctx -> {
      JsonObject form = Forms.json(ctx, Set.of());
      UUID id = Ids.path(ctx, "id");
      Future.succeededFuture().compose(v -> challenges.answer(id, new JsonObject().put("showcaseId", form.getString("showcaseId"))
              .put("proposal", form.getString("proposal", "")), WebContext.viewer(ctx)))
          .onSuccess(done -> Forms.redirect(ctx, "/challenges/" + id + "#answer-heading"))
          .onFailure(err -> {
            if (!(err instanceof Invalid) && !(err instanceof org.ntc.hub.platform.Conflict)) {
              ctx.fail(err);
              return;
            }
            show(ctx, ((Problem) err).status(), Map.of("answerError", I18n.text(Languages.of(ctx), "challenge.answerError")));
          });
    });
    router.post("/challenges/:id/review").handler(ctx -> {
      JsonObject form = Forms.json(ctx, Set.of());
      Future.succeededFuture().compose(v -> challenges.review(Ids.path(ctx, "id"), form, WebContext.viewer(ctx), Languages.of(ctx)))
          .onSuccess(done -> Forms.redirect(ctx, "/moderation"))
          .onFailure(ctx::fail);
    });
  }

  private void show(RoutingContext ctx, int status, Map<String, Object> extra) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    UUID id = Ids.path(ctx, "id");
    challenges.visible(id, viewer).compose(c -> {
      boolean owner = viewer.memberOf(c.organisationId()) || viewer.staff();
      Future<JsonObject> answers = owner && viewer.signedIn() ? challenges.answers(id, viewer, lang) : Future.succeededFuture(new JsonObject());
      Future<List<JsonObject>> own = viewer.signedIn() ? ownPublishedShowcases(viewer, lang) : Future.succeededFuture(List.of());
      return Future.all(challenges.matches(id, viewer, lang), answers, own).map(all -> {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("challenge", c.toJson(lang).getMap());
        model.put("categoryLabels", c.categories().stream().map(k -> I18n.text(lang, "category." + k)).toList());
        model.put("targetGroupLabels", c.targetGroups().stream().map(k -> I18n.text(lang, "targetGroup." + k)).toList());
        model.put("countryLabel", I18n.text(lang, "country." + c.country()));
        model.put("statusLabel", I18n.text(lang, "challenge.status." + c.status()));
        model.put("matches", all.<JsonObject>resultAt(0).getJsonArray("items").stream().map(m -> ((JsonObject) m).getMap()).toList());
        JsonObject answered = all.resultAt(1);
        if (answered.containsKey("items")) {
          model.put("answers", answered.getJsonArray("items").stream().map(a -> ((JsonObject) a).getMap()).toList());
        }
        List<JsonObject> ownShowcases = all.resultAt(2);
        model.put("ownShowcases", ownShowcases.stream().map(JsonObject::getMap).toList());
        model.put("answerable", !ownShowcases.isEmpty() && challenges.acceptsAnswers(c));
        return model;
      });
    }).compose(model -> views.page(ctx, status, "challenge/show", model)).onFailure(ctx::fail);
  }

  /** The viewer's organisations' published showcases: what they may answer with. */
  private Future<List<JsonObject>> ownPublishedShowcases(Viewer viewer, String lang) {
    List<Future<List<Showcase>>> lists = viewer.memberships().stream()
        .filter(m -> m.type() == OrganisationType.COMPANY && m.verified())
        .map(m -> showcases.ofOrganisation(m.organisationId(), viewer)).toList();
    return Future.all(lists).map(all -> {
      List<JsonObject> published = new java.util.ArrayList<>();
      for (int i = 0; i < lists.size(); i++) {
        for (Showcase s : all.<List<Showcase>>resultAt(i)) {
          if (s.status() != ShowcaseStatus.ARCHIVED && s.publishedAt() != null) {
            published.add(new JsonObject().put("id", s.id().toString()).put("title", s.content().title().in(lang)));
          }
        }
      }
      return published;
    });
  }

  private static JsonObject labelled(JsonObject challenge, String lang) {
    return challenge.copy()
        .put("categoryLabels", challenge.getJsonArray("categories").stream().map(k -> I18n.text(lang, "category." + k)).toList())
        .put("countryLabel", I18n.text(lang, "country." + challenge.getString("country")));
  }
}
