package org.ntc.hub.admin;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.contactpoint.ContactPoint;
import org.ntc.hub.contactpoint.ContactPointChange;
import org.ntc.hub.contactpoint.ContactPointService;
import org.ntc.hub.contactpoint.NewContactPoint;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** {@code /admin/contact-points}: admins list, add and edit the contact points. */
public final class AdminContactPointPages {
  /** The zones a contact point's form offers, each named in words; the API takes any. */
  static final List<String> ZONES = List.of("Europe/Helsinki", "Europe/Stockholm", "Europe/Oslo");
  private static final List<String> LOCALISED = List.of("name", "openingHours", "introduction", "directions");

  private final ContactPointService contactPoints;
  private final Views views;

  public AdminContactPointPages(ContactPointService contactPoints, Views views) {
    this.contactPoints = contactPoints;
    this.views = views;
  }

  public void mount(Router router) {
    AdminPages.guarded(router.get("/admin/contact-points")).handler(this::list);
    AdminPages.guarded(router.get("/admin/contact-points/new")).handler(ctx ->
        views.page(ctx, "admin/contact-point-form", form(ctx, null, Map.of())).onFailure(ctx::fail));
    AdminPages.guarded(router.post("/admin/contact-points")).handler(this::create);
    AdminPages.guarded(router.get("/admin/contact-points/:id/edit")).handler(ctx -> contactPoints.find(ctx.pathParam("id"))
        .compose(cp -> views.page(ctx, "admin/contact-point-form", form(ctx, cp, draftOf(cp))))
        .onFailure(ctx::fail));
    AdminPages.guarded(router.post("/admin/contact-points/:id")).handler(this::update);
  }

  private void list(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    String saved = ctx.queryParams().get("saved");
    views.render(ctx, "admin/contact-points", contactPoints.all().map(all -> {
      Map<String, Object> model = new HashMap<>();
      model.put("points", all.stream().map(cp -> Map.<String, Object>of("id", cp.site().id(), "name", cp.name().in(lang),
          "city", cp.city(), "country", I18n.text(lang, "country." + cp.country().name()))).toList());
      all.stream().filter(cp -> cp.site().id().equals(saved)).findFirst()
          .ifPresent(cp -> model.put("savedName", cp.name().in(lang)));
      return model;
    }));
  }

  private void create(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> contactPoints.create(NewContactPoint.from(json(form, true)), WebContext.viewer(ctx), WebContext.address(ctx)),
        cp -> Forms.redirect(ctx, "/admin/contact-points?saved=" + cp.site().id()),
        err -> Forms.reshow(ctx, views, err instanceof Conflict ? new Invalid("id", "is taken") : err, "admin/contact-point-form",
            "admin.contactPoint.error", form(ctx, null, form.getMap())));
  }

  private void update(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    String id = ctx.pathParam("id");
    Forms.submit(() -> contactPoints.update(id, ContactPointChange.from(json(form, false)), WebContext.viewer(ctx),
            WebContext.address(ctx)),
        cp -> Forms.redirect(ctx, "/admin/contact-points?saved=" + cp.site().id()),
        err -> Forms.reshow(ctx, views, err, "admin/contact-point-form", "admin.contactPoint.error",
            () -> contactPoints.find(id).map(cp -> form(ctx, cp, form.getMap()))));
  }

  /** The form's model: new ({@code cp} null) or an edit, with what the fields hold. */
  private static Map<String, Object> form(RoutingContext ctx, ContactPoint cp, Map<String, Object> draft) {
    String lang = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("draft", draft);
    if (cp != null) {
      model.put("editing", true);
      model.put("contactPoint", Map.of("id", cp.site().id(), "name", cp.name().in(lang)));
    }
    Object country = draft.get("country");
    model.put("countries", Country.CODES.stream().sorted().map(code -> Map.of("code", code,
        "label", I18n.text(lang, "country." + code), "selected", code.equals(country))).toList());
    Object zone = draft.get("timeZone");
    List<Map<String, Object>> zones = new ArrayList<>();
    for (String z : ZONES) zones.add(Map.of("id", z, "label", I18n.text(lang, zoneKey(z)), "selected", z.equals(zone)));
    if (zone instanceof String other && !other.isBlank() && !ZONES.contains(other)) {
      zones.add(Map.of("id", other, "label", I18n.text(lang, "admin.zone.other"), "selected", true));
    }
    model.put("zones", zones);
    return model;
  }

  static String zoneKey(String zone) {
    return "admin.zone." + zone.substring(zone.indexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  /** What the edit form holds at first: the contact point as it is. */
  private static Map<String, Object> draftOf(ContactPoint cp) {
    Map<String, Object> draft = new HashMap<>();
    for (String lang : I18n.LANGUAGES) {
      draft.put("name_" + lang, cp.name().texts().getOrDefault(lang, ""));
      draft.put("openingHours_" + lang, cp.openingHours().texts().getOrDefault(lang, ""));
      draft.put("introduction_" + lang, cp.introduction().texts().getOrDefault(lang, ""));
      draft.put("directions_" + lang, cp.directions().texts().getOrDefault(lang, ""));
    }
    draft.put("country", cp.country().name());
    draft.put("timeZone", cp.timeZone());
    draft.put("street", cp.streetAddress());
    draft.put("postalCode", cp.postalCode());
    draft.put("city", cp.city());
    draft.put("phone", cp.phone() == null ? "" : cp.phone());
    draft.put("email", cp.email());
    draft.put("lat", cp.lat() == null ? "" : String.valueOf(cp.lat()));
    draft.put("lon", cp.lon() == null ? "" : String.valueOf(cp.lon()));
    return draft;
  }

  /** The form's flat fields as the API's body, so the same request records check both. */
  static JsonObject json(JsonObject form, boolean withId) {
    JsonObject json = new JsonObject();
    if (withId) json.put("id", form.getString("id"));
    for (String field : LOCALISED) {
      JsonObject texts = new JsonObject();
      for (String lang : I18n.LANGUAGES) texts.put(lang, form.getString(field + "_" + lang));
      json.put(field, texts);
    }
    json.put("country", form.getString("country"));
    json.put("timeZone", form.getString("timeZone"));
    json.put("address", new JsonObject().put("street", form.getString("street", "")).put("postalCode", form.getString("postalCode", ""))
        .put("city", form.getString("city", "")));
    json.put("phone", blankToNull(form.getString("phone")));
    json.put("email", form.getString("email"));
    String lat = blankToNull(form.getString("lat"));
    String lon = blankToNull(form.getString("lon"));
    json.put("location", lat == null && lon == null ? null : new JsonObject().put("lat", number(lat)).put("lon", number(lon)));
    return json;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A number as typed, with a decimal point or comma; anything else stays text, which validation refuses. */
  private static Object number(String text) {
    if (text == null) return null;
    try {
      return Double.parseDouble(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      return text;
    }
  }
}
