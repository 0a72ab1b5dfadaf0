package org.ntc.hub.situation;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ntc.hub.material.MaterialList;
import org.ntc.hub.material.MaterialQuery;
import org.ntc.hub.material.MaterialService;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Terms;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.ShowcaseCards;
import org.ntc.hub.showcase.ShowcaseResults;
import org.ntc.hub.showcase.ShowcaseSearch;
import org.ntc.hub.showcase.ShowcaseService;
import org.ntc.hub.showcase.ShowcaseSummary;
import org.ntc.hub.training.Training;
import org.ntc.hub.training.TrainingQuery;
import org.ntc.hub.training.TrainingService;
import org.ntc.hub.training.Upcoming;

/** Ways in by life situation: each page gathers the technology, trainings and material that fit it. */
public final class SituationPages {
  private static final int SHOWCASES = 6;
  private static final int TRAININGS = 4;
  private static final int MATERIALS = 4;
  private final ShowcaseService showcases;
  private final TrainingService trainings;
  private final MaterialService materials;
  private final Views views;
  private final Clock clock;

  public SituationPages(ShowcaseService showcases, TrainingService trainings, MaterialService materials, Views views,
                        Clock clock) {
    this.showcases = showcases;
    this.trainings = trainings;
    this.materials = materials;
    this.views = views;
    this.clock = clock;
  }

  public void mount(Router router) {
    router.get("/situations").handler(ctx -> views.page(ctx, "situation/list", Map.of("situations",
        entries(Languages.of(ctx)))).onFailure(ctx::fail));
    router.get("/situations/:slug").handler(this::show);
  }

  /** The situations as links, for the home page and the list. */
  public static List<Map<String, Object>> entries(String lang) {
    return Arrays.stream(Situation.values()).map(s -> Map.<String, Object>of("slug", s.code(), "url", "/situations/" + s.code(),
        "title", I18n.text(lang, "situation." + s.code() + ".title"), "teaser", I18n.text(lang, "situation." + s.code() + ".teaser")))
        .toList();
  }

  private void show(RoutingContext ctx) {
    String slug = ctx.pathParam("slug");
    Situation situation = Situation.find(slug).orElse(null);
    if (situation == null) {
      ctx.fail(new NotFound("situation", slug));
      return;
    }
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    boolean plain = Terms.plainFor(viewer);
    Future<List<ShowcaseSummary>> found = showcasesFor(situation);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Future<Upcoming> upcoming = trainings.list(new TrainingQuery(now, now.plusYears(1), null, situation.audience(), null, null),
        new Paging(1, TRAININGS));
    Future<MaterialList> reading = materials.list(new MaterialQuery(null, situation.topic(), null, null), new Paging(1, MATERIALS),
        viewer);
    views.render(ctx, "situation/show", Future.all(found, upcoming, reading).map(all -> {
      Map<String, Object> model = new HashMap<>();
      model.put("slug", situation.code());
      model.put("title", I18n.text(lang, "situation." + situation.code() + ".title"));
      model.put("lead", I18n.text(lang, "situation." + situation.code() + ".lead"));
      model.put("showcases", found.result().stream().map(s -> ShowcaseCards.card(s, lang, plain)).toList());
      model.put("browse", browse(situation, lang, plain));
      model.put("trainings", upcoming.result().trainings().stream().map(t -> training(t, lang)).toList());
      model.put("trainingsUrl", "/trainings?audience=" + situation.audience().code());
      model.put("materials", reading.result().items().stream().map(m -> Map.<String, Object>of("title", m.title().in(lang),
          "titleLang", m.title().languageOf(lang), "url", m.href())).toList());
      model.put("materialsUrl", "/materials?topic=" + situation.topic());
      model.put("others", entries(lang).stream().filter(e -> !situation.code().equals(e.get("slug"))).toList());
      return model;
    }));
  }

  /** The public showcases filed under any of the situation's terms or naming its words, first found first, each once. */
  private Future<List<ShowcaseSummary>> showcasesFor(Situation situation) {
    List<ShowcaseSearch> searches = new ArrayList<>();
    Paging first = new Paging(1, SHOWCASES);
    situation.targetGroups().forEach(group -> searches.add(new ShowcaseSearch(null, null, group, null, null, null, null, null, first)));
    situation.categories().forEach(category -> searches.add(new ShowcaseSearch(null, category, null, null, null, null, null, null,
        first)));
    situation.words().forEach(words -> searches.add(new ShowcaseSearch(words, null, null, null, null, null, null, null, first)));
    List<Future<ShowcaseResults>> results = searches.stream().map(showcases::search).toList();
    return Future.all(results).map(all -> {
      Map<UUID, ShowcaseSummary> merged = new LinkedHashMap<>();
      results.forEach(r -> r.result().items().forEach(s -> merged.putIfAbsent(s.id(), s)));
      return merged.values().stream().limit(SHOWCASES).toList();
    });
  }

  /** Links to the whole catalogue under each of the situation's terms, named in the reader's words. */
  private static List<Map<String, Object>> browse(Situation situation, String lang, boolean plain) {
    List<Map<String, Object>> links = new ArrayList<>();
    situation.targetGroups().forEach(group -> links.add(Map.of("url", "/showcases?targetGroup=" + group,
        "label", Terms.label(lang, "targetGroup." + group, plain))));
    situation.categories().forEach(category -> links.add(Map.of("url", "/showcases?category=" + category,
        "label", Terms.label(lang, "category." + category, plain))));
    return links;
  }

  private static Map<String, Object> training(Training training, String lang) {
    return Map.of("url", "/trainings/" + training.id(), "title", training.title().in(lang),
        "titleLang", training.title().languageOf(lang),
        "at", Times.rfc3339(training.startsAt(), training.contactPoint().zone()),
        "when", Times.shown(training.startsAt(), training.contactPoint().zone(), lang),
        "place", training.contactPoint().place(lang));
  }
}
