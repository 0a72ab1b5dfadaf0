package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** {@code /challenges}: the needs, their matches, the answer form for companies and the answers for the owner. */
public final class ChallengePages {
  private static final Paging LISTED = new Paging(1, 100);
  private final ChallengeService challenges;
  private final Views views;

  public ChallengePages(ChallengeService challenges, Views views) {
    this.challenges = challenges;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/challenges").handler(this::list);
    router.get("/challenges/:id").handler(this::show);
    router.post("/challenges/:id/answers").handler(Forms::signInFirst).handler(this::answer);
    router.post("/challenges/:id/review").handler(Forms::signInFirst).handler(this::review);
  }

  private void list(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    views.render(ctx, "challenge/list", challenges.list(LISTED).map(list -> Map.of("challenges",
        list.items().stream().map(c -> listed(c, lang)).toList())));
  }

  private void show(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    challenges.detail(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .compose(detail -> views.page(ctx, "challenge/show", model(detail, lang)))
        .onFailure(ctx::fail);
  }

  private void answer(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    JsonObject body = new JsonObject().put("showcaseId", form.getString("showcaseId")).put("proposal", form.getString("proposal", ""));
    Forms.submit(() -> challenges.answer(id, NewAnswer.from(body), WebContext.viewer(ctx)),
        sent -> Forms.redirect(ctx, "/challenges/" + id + "#answer-heading"),
        err -> answerRefused(ctx, id, err));
  }

  /** A refused answer (bad input, a second answer, too late) shows the need again with the answer form marked. */
  private void answerRefused(RoutingContext ctx, UUID id, Throwable err) {
    String lang = Languages.of(ctx);
    Forms.reshow(ctx, views, err, "challenge/show", "challenge.answerError", () -> challenges.detail(id, WebContext.viewer(ctx))
        .map(detail -> {
          Map<String, Object> model = model(detail, lang);
          model.put("answerError", I18n.text(lang, "challenge.answerError"));
          return model;
        }));
  }

  private void review(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> {
      UUID id = Ids.path(ctx, "id");
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      return challenges.review(id, Review.from(form), viewer);
    }, reviewed -> Forms.redirect(ctx, "/moderation"), ctx::fail);
  }

  private static Map<String, Object> model(ChallengeDetail detail, String lang) {
    Challenge c = detail.challenge();
    Map<String, Object> model = new HashMap<>();
    model.put("challenge", c.toJson(lang).getMap());
    model.put("categoryLabels", labels(lang, "category.", c.categories()));
    model.put("targetGroupLabels", labels(lang, "targetGroup.", c.targetGroups()));
    model.put("countryLabel", I18n.text(lang, "country." + c.country().name()));
    model.put("statusLabel", I18n.text(lang, "challenge.status." + c.status().code()));
    model.put("matches", detail.matches().stream().map(m -> m.toJson(lang).getMap()).toList());
    model.put("answers", detail.answers().stream().map(a -> a.toJson(lang).getMap()).toList());
    model.put("ownShowcases", detail.offers().stream()
        .map(o -> Map.of("id", o.showcaseId().toString(), "title", o.title().in(lang))).toList());
    model.put("answerable", detail.answerable());
    return model;
  }

  private static Map<String, Object> listed(Challenge c, String lang) {
    Map<String, Object> model = c.toJson(lang).getMap();
    model.put("categoryLabels", labels(lang, "category.", c.categories()));
    model.put("countryLabel", I18n.text(lang, "country." + c.country().name()));
    return model;
  }

  private static List<String> labels(String lang, String prefix, List<String> ids) {
    return ids.stream().map(id -> I18n.text(lang, prefix + id)).toList();
  }
}
