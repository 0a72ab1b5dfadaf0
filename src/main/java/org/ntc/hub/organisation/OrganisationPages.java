package org.ntc.hub.organisation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** The members' directory and organisation profiles, with the forms staff and admins use. */
public final class OrganisationPages {
  private final OrganisationService organisations;
  private final Views views;

  public OrganisationPages(OrganisationService organisations, Views views) {
    this.organisations = organisations;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/organisations").handler(this::list);
    router.post("/organisations").handler(this::create);
    router.get("/organisations/new").handler(ctx -> {
      if (!WebContext.viewer(ctx).signedIn()) {
        Forms.redirect(ctx, "/login");
        return;
      }
      String lang = Languages.of(ctx);
      views.page(ctx, "organisation/new", Map.of(
          "types", options(NewOrganisation.TYPES, null, lang, "organisation.type."),
          "countries", options(NewOrganisation.COUNTRIES, null, lang, "country."),
          "errors", Map.of())).onFailure(ctx::fail);
    });
    router.get("/organisations/:id").handler(ctx -> show(ctx, 200, Map.of()));
    router.post("/organisations/:id/verify").handler(this::verify);
    router.post("/organisations/:id/members").handler(this::addMember);
  }

  private void list(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    OrganisationRepository.Filter filter = OrganisationRoutes.filter(ctx);
    Paging paging = Paging.from(ctx.queryParams(), 20);
    views.render(ctx, "organisation/list", organisations.list(filter, paging, WebContext.viewer(ctx), lang).map(page -> {
      Map<String, Object> model = new HashMap<>();
      model.put("page", page.getMap());
      model.put("filter", Map.of("q", filter.text() == null ? "" : filter.text()));
      model.put("types", options(NewOrganisation.TYPES, filter.type(), lang, "organisation.type."));
      model.put("countries", options(NewOrganisation.COUNTRIES, filter.country(), lang, "country."));
      long total = page.getLong("total");
      int pages = (int) Math.max(1, (total + paging.pageSize() - 1) / paging.pageSize());
      String base = "/organisations?" + query("q", filter.text()) + query("type", filter.type()) + query("country", filter.country());
      model.put("pager", Map.of("page", paging.page(), "pages", pages,
          "previous", paging.page() > 1 ? base + "page=" + (paging.page() - 1) : "",
          "next", paging.page() < pages ? base + "page=" + (paging.page() + 1) : ""));
      return model;
    }));
  }

  private void show(RoutingContext ctx, int status, Map<String, Object> extra) {
    Viewer viewer = WebContext.viewer(ctx);
    UUID id = Ids.path(ctx, "id");
    String lang = Languages.of(ctx);
    organisations.find(id, viewer).compose(org -> {
      Future<List<JsonObject>> members = viewer.memberOf(id) || viewer.staff()
          ? organisations.members(id, viewer) : Future.succeededFuture(List.of());
      return members.map(list -> {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("org", org.toJson(lang).getMap());
        model.put("typeLabel", I18n.text(lang, "organisation.type." + org.type()));
        model.put("countryLabel", I18n.text(lang, "country." + org.country()));
        model.put("members", list.stream().map(JsonObject::getMap).toList());
        model.put("canVerify", viewer.staff() && !org.verified());
        model.put("canAddMembers", viewer.adminOf(id));
        model.put("seesMembers", viewer.memberOf(id) || viewer.staff());
        return model;
      });
    }).compose(model -> views.page(ctx, status, "organisation/show", model)).onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    if (!viewer.signedIn()) {
      Forms.redirect(ctx, "/login");
      return;
    }
    String lang = Languages.of(ctx);
    JsonObject form = Forms.json(ctx, Set.of());
    form.fieldNames().removeIf(name -> form.getValue(name) instanceof String s && s.isBlank() && !name.equals("name"));
    try {
      organisations.create(NewOrganisation.from(form, lang), viewer, WebContext.address(ctx))
          .onSuccess(org -> Forms.redirect(ctx, "/organisations/" + org.id()))
          .onFailure(err -> createFailed(ctx, err, lang));
    } catch (RuntimeException err) {
      createFailed(ctx, err, lang);
    }
  }

  private void createFailed(RoutingContext ctx, Throwable err, String lang) {
    if (!Forms.shownOnForm(err)) {
      ctx.fail(err);
      return;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("errors", Forms.fieldErrors(err, lang, "organisation.error"));
    model.put("error", I18n.text(lang, err instanceof org.ntc.hub.platform.Conflict ? "organisation.exists" : "form.invalid"));
    model.put("types", options(NewOrganisation.TYPES, null, lang, "organisation.type."));
    model.put("countries", options(NewOrganisation.COUNTRIES, null, lang, "country."));
    views.page(ctx, Forms.status(err), "organisation/new", model).onFailure(ctx::fail);
  }

  private void verify(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    organisations.verify(id, WebContext.viewer(ctx), WebContext.address(ctx))
        .onSuccess(org -> Forms.redirect(ctx, "/organisations/" + id))
        .onFailure(ctx::fail);
  }

  private void addMember(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    String lang = Languages.of(ctx);
    JsonObject form = Forms.json(ctx, Set.of());
    try {
      FieldErrors errors = new FieldErrors();
      String email = errors.email(form, "email", true);
      String role = errors.oneOf(form, "role", Set.of("admin", "member"), true);
      errors.throwIfAny();
      organisations.addMember(id, email, role, WebContext.viewer(ctx), WebContext.address(ctx))
          .onSuccess(added -> Forms.redirect(ctx, "/organisations/" + id + "?added=1"))
          .onFailure(err -> memberFailed(ctx, err, lang));
    } catch (RuntimeException err) {
      memberFailed(ctx, err, lang);
    }
  }

  private void memberFailed(RoutingContext ctx, Throwable err, String lang) {
    if (!Forms.shownOnForm(err) || Forms.status(err) == 403 || Forms.status(err) == 404 || Forms.status(err) == 401) {
      ctx.fail(err);
      return;
    }
    String message = err instanceof org.ntc.hub.platform.Conflict ? I18n.text(lang, "organisation.alreadyMember")
        : I18n.text(lang, "organisation.memberError");
    show(ctx, Forms.status(err), Map.of("memberError", message));
  }

  private static String query(String name, String value) {
    return value == null ? "" : name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8) + "&";
  }

  private static List<Map<String, Object>> options(Set<String> values, String selected, String lang, String prefix) {
    return values.stream().sorted().map(v -> Map.<String, Object>of("value", v, "label", I18n.text(lang, prefix + v),
        "selected", v.equals(selected))).toList();
  }
}
