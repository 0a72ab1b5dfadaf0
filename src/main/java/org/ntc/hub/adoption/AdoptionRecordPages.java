package org.ntc.hub.adoption;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.PageSection;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * {@code /adoptions/{id}}: one record of where a showcase is in use, with what other features add
 * to it (the courses the organisation's staff should complete). Public while its showcase is;
 * its organisation's members and staff see it always.
 */
public final class AdoptionRecordPages {
  private final AdoptionService adoptions;
  private final Views views;
  private PageSection courses = PageSection.NONE;

  public AdoptionRecordPages(AdoptionService adoptions, Views views) {
    this.adoptions = adoptions;
    this.views = views;
  }

  /** "Courses your staff should complete": supplied by the feature that keeps courses. */
  public AdoptionRecordPages withCourses(PageSection courses) {
    this.courses = courses;
    return this;
  }

  public void mount(Router router) {
    router.get("/adoptions/:id").handler(this::show);
  }

  private void show(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    views.render(ctx, "adoption/show", adoptions.visible(id, viewer).compose(adoption -> courses
        .of(id, viewer, lang, ctx.queryParams()).map(section -> {
          Map<String, Object> model = model(adoption, viewer, lang);
          if (section != null) model.put("courses", section);
          return model;
        })));
  }

  private static Map<String, Object> model(Adoption a, Viewer viewer, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("showcaseTitle", a.showcaseTitle().in(lang));
    model.put("showcaseUrl", "/showcases/" + a.showcaseId());
    model.put("organisationName", a.organisationName());
    model.put("organisationUrl", "/organisations/" + a.organisationId());
    model.put("regionName", a.region().name(lang));
    model.put("countryName", I18n.text(lang, "country." + a.country()));
    model.put("statusLabel", I18n.text(lang, "adoption.status." + a.status().code()));
    model.put("since", a.since().toString());
    model.put("sinceText", AdoptionPages.date(a.since(), lang));
    model.put("scale", a.scale());
    if (AdoptionService.mayChange(a, viewer)) {
      model.put("editUrl", "/showcases/" + a.showcaseId() + "/adoption?organisation=" + a.organisationId());
    }
    return model;
  }
}
