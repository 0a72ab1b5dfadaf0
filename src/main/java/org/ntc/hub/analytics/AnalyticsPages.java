package org.ntc.hub.analytics;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** A showcase's analytics page for its company and staff; saving a showcase, and one's saved showcases. */
public final class AnalyticsPages {
  private final AnalyticsService analytics;
  private final SaveService saves;
  private final Views views;
  private final Clock clock;

  public AnalyticsPages(AnalyticsService analytics, SaveService saves, Views views, Clock clock) {
    this.analytics = analytics;
    this.saves = saves;
    this.views = views;
    this.clock = clock;
  }

  public void mount(Router router) {
    router.get("/showcases/:id/analytics").handler(Forms::signInFirst).handler(this::show);
    router.post("/showcases/:id/save").handler(Forms::signInFirst).handler(ctx -> afterSave(ctx,
        saves.save(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.post("/showcases/:id/unsave").handler(Forms::signInFirst).handler(ctx -> afterSave(ctx,
        saves.remove(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.get("/account/saved").handler(Forms::signInFirst).handler(this::saved);
  }

  private void show(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    String from = ctx.queryParams().get("from");
    String to = ctx.queryParams().get("to");
    Period period;
    try {
      period = Period.of(from, to, clock);
    } catch (Invalid err) {
      // Who may see the page is settled first; only they hear what was wrong with the months.
      Period fallback = Period.of(null, null, clock);
      analytics.of(id, fallback, viewer).onSuccess(shown -> {
        Map<String, Object> model = form(shown, fallback, lang);
        model.put("fromValue", from);
        model.put("toValue", to);
        Forms.reshow(ctx, views, err, "analytics/show", "analytics.error", model);
      }).onFailure(ctx::fail);
      return;
    }
    analytics.of(id, period, viewer).onSuccess(shown -> {
      Map<String, Object> model = form(shown, period, lang);
      model.putAll(tables(shown, lang));
      model.put("errors", Map.of());
      views.page(ctx, "analytics/show", model).onFailure(ctx::fail);
    }).onFailure(ctx::fail);
  }

  /** The page's head and its form of months, from three years back to this month. */
  private Map<String, Object> form(ShowcaseAnalytics shown, Period period, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("id", shown.showcaseId().toString());
    model.put("title", shown.title().in(lang));
    model.put("periodText", I18n.text(lang, "analytics.period", month(period.from(), lang), month(period.to(), lang)));
    YearMonth now = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
    List<YearMonth> choices = new java.util.ArrayList<>();
    for (int back = Period.MAX_MONTHS - 1; back >= 0; back--) choices.add(now.minusMonths(back));
    model.put("fromOptions", options(choices, period.from(), lang));
    model.put("toOptions", options(choices, period.to(), lang));
    return model;
  }

  private static List<Map<String, Object>> options(List<YearMonth> months, YearMonth selected, String lang) {
    return months.stream().map(m -> Map.<String, Object>of("value", m.toString(), "label", month(m, lang),
        "selected", m.equals(selected))).toList();
  }

  private static Map<String, Object> tables(ShowcaseAnalytics shown, String lang) {
    NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang));
    Map<String, Object> model = new HashMap<>();
    model.put("months", shown.months().stream().map(row -> row(month(YearMonth.parse(row.key()), lang), row, numbers, lang)).toList());
    model.put("sectors", shown.sectors().stream()
        .map(row -> row(I18n.text(lang, "analytics.sector." + row.key()), row, numbers, lang)).toList());
    model.put("countries", shown.countries().stream()
        .map(row -> row(I18n.text(lang, "analytics.country." + row.key()), row, numbers, lang)).toList());
    model.put("total", row(I18n.text(lang, "analytics.total"), shown.total(), numbers, lang));
    model.put("chart", Chart.of(shown.months(), lang, numbers));
    return model;
  }

  private static Map<String, Object> row(String label, ShowcaseAnalytics.Row row, NumberFormat numbers, String lang) {
    Map<String, Object> shown = new HashMap<>();
    shown.put("label", label);
    for (String metric : ShowcaseAnalytics.METRICS) {
      Long count = row.get(metric);
      shown.put(metric, count == null ? I18n.text(lang, "analytics.fewerThan", Suppression.THRESHOLD) : numbers.format(count));
      shown.put(metric + "Hidden", count == null);
    }
    return shown;
  }

  static String month(YearMonth month, String lang) {
    return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag(lang)));
  }

  /** Back where the form was: the page named by {@code next}, or the showcase's page. */
  private static void afterSave(RoutingContext ctx, io.vertx.core.Future<Void> action) {
    String next = Forms.json(ctx, Set.of()).getString("next");
    String back = next == null ? "/showcases/" + Ids.path(ctx, "id") + "#save" : Forms.returnTo(next);
    action.onSuccess(done -> Forms.redirect(ctx, back)).onFailure(ctx::fail);
  }

  private void saved(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    saves.list(viewer).onSuccess(list -> {
      Map<String, Object> model = new HashMap<>();
      model.put("items", list.stream().map(saved -> Map.of(
          "id", saved.showcaseId().toString(),
          "title", Localised.of(saved.title()).in(lang),
          "summary", Localised.of(saved.summary()).in(lang),
          "at", Times.rfc3339(saved.savedAt(), viewer.zone()),
          "atText", Times.shown(saved.savedAt(), viewer.zone(), lang))).toList());
      views.page(ctx, "analytics/saved", model).onFailure(ctx::fail);
    }).onFailure(ctx::fail);
  }
}
