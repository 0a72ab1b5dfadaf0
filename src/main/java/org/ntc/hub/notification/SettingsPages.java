package org.ntc.hub.notification;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** {@code /account/settings/notifications} (how mail reaches one, which topics one follows) and {@code /unsubscribe}. */
public final class SettingsPages {
  static final String PATH = "/account/settings/notifications";
  private static final String TEMPLATE = "notification/settings";

  private final SettingsService settings;
  private final Views views;

  public SettingsPages(SettingsService settings, Views views) {
    this.settings = settings;
    this.views = views;
  }

  public void mount(Router router) {
    router.get(PATH).handler(Forms::signInFirst).handler(ctx -> model(ctx)
        .compose(model -> views.page(ctx, TEMPLATE, model)).onFailure(ctx::fail));
    router.post(PATH).handler(Forms::signInFirst).handler(this::save);
    router.get("/unsubscribe").handler(this::showUnsubscribe);
    router.post("/unsubscribe").handler(this::unsubscribe);
  }

  private void save(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    JsonObject form = Forms.json(ctx, Set.of("categories", "challenges", "organisations", "groups"));
    JsonArray categories = (JsonArray) form.remove("categories");
    JsonArray challenges = (JsonArray) form.remove("challenges");
    JsonArray organisations = (JsonArray) form.remove("organisations");
    JsonArray groups = (JsonArray) form.remove("groups");
    // Unticked boxes send nothing: what the page lists and the person leaves unticked is no longer followed.
    Forms.submit(() -> settings.save(viewer, SettingsChange.from(new JsonObject().put("settings", form)),
            TopicsChange.from(new JsonObject().put("categories", categories == null ? new JsonArray() : categories)
                .put("challenges", challenges == null ? new JsonArray() : challenges)
                .put("organisations", organisations == null ? new JsonArray() : organisations)
                .put("groups", groups == null ? new JsonArray() : groups), settings.categories())),
        done -> Forms.redirect(ctx, PATH + "?saved=1"),
        err -> Forms.reshow(ctx, views, err, TEMPLATE, "notificationSettings.error", () -> model(ctx)));
  }

  private Future<Map<String, Object>> model(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    Future<NotificationSettings> chosen = settings.settings(viewer);
    Future<FollowedTopics> topics = settings.topics(viewer);
    return Future.all(chosen, topics).map(all -> {
      Map<String, Object> model = new HashMap<>();
      model.put("groups", Arrays.stream(NotificationGroup.values()).filter(group -> !group.kinds().isEmpty())
          .map(group -> Map.of("id", "group-" + group.code(), "title", I18n.text(lang, "notificationSettings.group." + group.code()),
              "kinds", group.kinds().stream().map(kind -> kind(kind, chosen.result().of(kind), lang)).toList()))
          .toList());
      model.put("topics", settings.categories().stream().map(category -> Map.of("value", category,
          "label", I18n.text(lang, "category." + category), "checked", topics.result().categories().contains(category))).toList());
      model.put("followedNeeds", topics.result().challenges().stream()
          .map(need -> Map.of("value", need.id().toString(), "label", need.title().in(lang))).toList());
      model.put("followedOrganisations", topics.result().organisations().stream()
          .map(org -> Map.of("value", org.id().toString(), "label", org.name())).toList());
      model.put("followedGroups", topics.result().groups().stream()
          .map(group -> Map.of("value", group.id().toString(), "label", group.name().in(lang))).toList());
      model.put("saved", ctx.request().getParam("saved") != null);
      model.put("errors", Map.of());
      return model;
    });
  }

  private static Map<String, Object> kind(NotificationKind kind, Delivery now, String lang) {
    String id = "kind-" + kind.code().replace('.', '-');
    return Map.of("id", id, "name", kind.code(), "label", label(kind, lang),
        "choices", Arrays.stream(Delivery.values()).map(delivery -> Map.of("id", id + "-" + delivery.code(),
            "value", delivery.code(), "label", I18n.text(lang, "notificationSettings.delivery." + delivery.code()),
            "checked", delivery == now)).toList());
  }

  /** What a kind is, in plain words; a kind added without its own label reads as its notification's sentence. */
  static String label(NotificationKind kind, String lang) {
    String key = "notificationSettings.kind." + kind.code();
    return I18n.has(key) ? I18n.text(lang, key) : I18n.text(lang, "notification." + kind.code(), "…");
  }

  private void showUnsubscribe(RoutingContext ctx) {
    String token = ctx.queryParams().get("token");
    SettingsService.Unsubscribing link = settings.unsubscribing(token);
    String lang = Languages.of(ctx);
    settings.turnsOff(link).compose(kinds -> {
      Map<String, Object> model = new HashMap<>();
      model.put("token", token);
      model.put("digest", link.digest());
      model.put("kind", link.kind().map(kind -> label(kind, lang)).orElse(null));
      model.put("turnsOff", kinds.stream().map(kind -> label(kind, lang)).toList());
      model.put("done", kinds.isEmpty());
      model.put("justDone", kinds.isEmpty() && ctx.queryParams().get("done") != null);
      return views.page(ctx, "notification/unsubscribe", model);
    }).onFailure(ctx::fail);
  }

  private void unsubscribe(RoutingContext ctx) {
    String token = ctx.request().getFormAttribute("token");
    String lang = Languages.of(ctx);
    Forms.submit(() -> settings.unsubscribe(settings.unsubscribing(token)),
        done -> Forms.redirect(ctx, "/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&lang=" + lang
            + "&done=1"),
        ctx::fail);
  }
}
