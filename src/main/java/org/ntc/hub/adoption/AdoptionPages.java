package org.ntc.hub.adoption;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.adoption.AdoptionRepository.CareOrganisation;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** The form with which a care organisation records that it uses a showcase, and where the showcase and organisation pages say so. */
public final class AdoptionPages {
  private static final List<AdoptionStatus> SUMMARY_ORDER =
      List.of(AdoptionStatus.ROUTINE, AdoptionStatus.SPREADING, AdoptionStatus.PILOT, AdoptionStatus.DISCONTINUED);
  private final AdoptionService adoptions;
  private final Views views;

  public AdoptionPages(AdoptionService adoptions, Views views) {
    this.adoptions = adoptions;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/showcases/:id/adoption").handler(Forms::signInFirst).handler(this::form);
    router.post("/showcases/:id/adoption").handler(Forms::signInFirst).handler(this::save);
    router.post("/adoptions/:id/remove").handler(Forms::signInFirst).handler(this::remove);
  }

  private void form(RoutingContext ctx) {
    UUID showcaseId = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    UUID pilotId = uuid(ctx.queryParams().get("pilot"));
    views.render(ctx, "adoption/form", adoptions.form(showcaseId, uuid(ctx.queryParams().get("organisation")), pilotId, viewer)
        .map(form -> model(form, values(form), lang)));
  }

  private void save(RoutingContext ctx) {
    UUID showcaseId = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    JsonObject fields = Forms.json(ctx, Set.of());
    JsonObject body = new JsonObject().put("showcaseId", showcaseId.toString());
    for (String name : List.of("organisationId", "region", "status", "since", "scale", "pilotId")) {
      String value = fields.getString(name);
      if (value != null && !value.isBlank()) body.put(name, value);
    }
    Forms.submit(() -> adoptions.record(NewAdoption.from(body, adoptions.today()), viewer, WebContext.address(ctx)),
        saved -> Forms.redirect(ctx, "/showcases/" + showcaseId + "?adopted=1#adoption"),
        err -> Forms.reshow(ctx, views, err, "adoption/form", "adoption.error", () -> adoptions
            .form(showcaseId, uuid(fields.getString("organisationId")), uuid(fields.getString("pilotId")), viewer)
            .map(form -> model(form, fields, lang))));
  }

  private void remove(RoutingContext ctx) {
    Forms.submit(() -> adoptions.remove(Ids.path(ctx, "id"), WebContext.viewer(ctx), WebContext.address(ctx)),
        removed -> Forms.redirect(ctx, "/showcases/" + removed.showcaseId() + "?unadopted=1#adoption"), ctx::fail);
  }

  /** What the form starts with: the organisation's record if it has one, else what the pilot suggests, else nothing. */
  private JsonObject values(AdoptionService.Form form) {
    JsonObject values = new JsonObject();
    if (form.chosen() != null) values.put("organisationId", form.chosen().id().toString());
    form.existing().ifPresentOrElse(a -> values.put("region", a.region().id()).put("status", a.status().code())
        .put("since", a.since().toString()).put("scale", a.scale() == null ? "" : a.scale()), () -> form.pilot().ifPresent(p -> {
          LocalDate ended = p.endsOn().isAfter(adoptions.today()) ? adoptions.today() : p.endsOn();
          values.put("status", AdoptionStatus.SPREADING.code()).put("since", ended.toString());
        }));
    form.pilot().ifPresent(p -> values.put("pilotId", p.id().toString()));
    return values;
  }

  private Map<String, Object> model(AdoptionService.Form form, JsonObject values, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("showcase", Map.of("id", form.showcaseId().toString(), "title", form.showcaseTitle().in(lang)));
    model.put("noOrganisation", form.organisations().isEmpty());
    String chosen = values.getString("organisationId", "");
    model.put("organisations", form.organisations().stream().map(o -> Map.<String, Object>of("id", o.id().toString(), "name", o.name(),
        "selected", o.id().toString().equals(chosen))).toList());
    model.put("oneOrganisation", form.organisations().size() == 1 ? form.organisations().get(0).name() : null);
    model.put("regionGroups", regionGroups(form.organisations(), values.getString("region", ""), lang));
    String status = values.getString("status", "");
    model.put("statuses", java.util.Arrays.stream(AdoptionStatus.values()).map(s -> Map.<String, Object>of("value", s.code(),
        "label", I18n.text(lang, "adoption.status." + s.code()), "hint", I18n.text(lang, "adoption.statusHint." + s.code()),
        "selected", s.code().equals(status))).toList());
    model.put("since", values.getString("since", ""));
    model.put("today", adoptions.today().toString());
    model.put("scale", values.getString("scale", ""));
    model.put("pilotId", values.getString("pilotId", ""));
    model.put("fromPilot", form.pilot().isPresent() && form.existing().isEmpty());
    form.existing().ifPresent(a -> model.put("existingId", a.id().toString()));
    model.put("errors", Map.of());
    return model;
  }

  /** The regions of the countries the organisations are in, grouped by country, in the reader's language. */
  private static List<Map<String, Object>> regionGroups(List<CareOrganisation> organisations, String chosen, String lang) {
    List<Map<String, Object>> groups = new ArrayList<>();
    for (String country : List.of("FI", "SE")) {
      if (organisations.stream().noneMatch(o -> o.country().equals(country))) continue;
      groups.add(Map.of("label", I18n.text(lang, "country." + country), "regions", Region.inCountry(country).stream()
          .map(r -> Map.<String, Object>of("id", r.id(), "name", r.name(lang), "selected", r.id().equals(chosen))).toList()));
    }
    return groups;
  }

  /**
   * The showcase page's section: a sentence per status ("In routine use at 3 organisations in 2
   * countries"), the list of organisations, and whether this viewer may record their own use.
   */
  public static Future<Map<String, Object>> section(AdoptionService adoptions, UUID showcaseId, Viewer viewer, String lang) {
    return adoptions.ofShowcase(showcaseId).map(list -> {
      Map<String, Object> section = new HashMap<>();
      List<String> summary = new ArrayList<>();
      for (AdoptionStatus status : SUMMARY_ORDER) {
        List<Adoption> of = list.stream().filter(a -> a.status() == status).toList();
        if (of.isEmpty()) continue;
        long organisations = of.stream().map(Adoption::organisationId).distinct().count();
        long countries = of.stream().map(Adoption::country).distinct().count();
        summary.add(I18n.text(lang, "adoption.summary." + status.code(), organisations, countries));
      }
      section.put("summary", summary);
      section.put("items", list.stream().map(a -> item(a, lang)).toList());
      section.put("canRecord", AdoptionService.records(viewer));
      section.put("recordUrl", "/showcases/" + showcaseId + "/adoption");
      return section;
    });
  }

  /** The organisation profile's list of what it uses, each as {@code title}, {@code url}, {@code meta} and {@code text}. */
  public static Future<List<JsonObject>> listing(AdoptionService adoptions, UUID organisationId, String lang) {
    return adoptions.ofOrganisation(organisationId).map(list -> list.stream().map(a -> {
      JsonObject item = new JsonObject().put("title", a.showcaseTitle().in(lang)).put("url", "/showcases/" + a.showcaseId())
          .put("meta", a.region().name(lang) + " · " + I18n.text(lang, "adoption.status." + a.status().code()) + " · "
              + I18n.text(lang, "adoption.since", date(a.since(), lang)));
      if (a.scale() != null) item.put("text", a.scale());
      return item;
    }).toList());
  }

  private static Map<String, Object> item(Adoption a, String lang) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("organisationName", a.organisationName());
    item.put("organisationUrl", "/organisations/" + a.organisationId());
    item.put("recordUrl", "/adoptions/" + a.id());
    item.put("regionName", a.region().name(lang));
    item.put("countryName", I18n.text(lang, "country." + a.country()));
    item.put("statusLabel", I18n.text(lang, "adoption.status." + a.status().code()));
    item.put("status", a.status().code());
    item.put("since", a.since().toString());
    item.put("sinceText", I18n.text(lang, "adoption.since", date(a.since(), lang)));
    item.put("scale", a.scale());
    return item;
  }

  static String date(LocalDate date, String lang) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)));
  }

  private static UUID uuid(String value) {
    try {
      return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
