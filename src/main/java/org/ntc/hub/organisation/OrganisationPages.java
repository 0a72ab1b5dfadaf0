package org.ntc.hub.organisation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** The members' directory and organisation profiles, with the forms staff and admins use. */
public final class OrganisationPages {
  private final OrganisationService organisations;
  private final Views views;

  /**
   * A list on the profile from another feature: what the organisation offers, needs, or piloted.
   * Each item has a {@code title} and {@code url}, and may have a {@code meta} line and a {@code text}.
   */
  public interface Listing {
    Future<List<JsonObject>> of(UUID organisationId, Viewer viewer, String lang);
  }

  private static final Listing NONE = (id, viewer, lang) -> Future.succeededFuture(List.of());
  private Listing offers = NONE;
  private Listing needs = NONE;
  private Listing pilots = NONE;

  /** The profile's three public lists: published showcases, published needs, pilots with a published outcome. */
  public OrganisationPages withProfileLists(Listing offers, Listing needs, Listing pilots) {
    this.offers = offers;
    this.needs = needs;
    this.pilots = pilots;
    return this;
  }

  public OrganisationPages(OrganisationService organisations, Views views) {
    this.organisations = organisations;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/organisations").handler(this::list);
    router.post("/organisations").handler(Forms::signInFirst).handler(this::create);
    router.get("/organisations/new").handler(Forms::signInFirst)
        .handler(ctx -> views.page(ctx, "organisation/new", newForm(Languages.of(ctx), null, null)).onFailure(ctx::fail));
    router.get("/organisations/:id").handler(ctx -> profile(ctx)
        .compose(model -> views.page(ctx, "organisation/show", model))
        .onFailure(ctx::fail));
    router.get("/organisations/:id/edit").handler(Forms::signInFirst).handler(this::editForm);
    router.post("/organisations/:id/edit").handler(Forms::signInFirst).handler(this::edit);
    router.post("/organisations/:id/verify").handler(this::verify);
    router.post("/organisations/:id/members").handler(this::addMember);
  }

  private void list(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    OrganisationSearch search = OrganisationSearch.from(ctx.queryParams());
    views.render(ctx, "organisation/list", organisations.list(search, WebContext.viewer(ctx)).map(page -> {
      Map<String, Object> model = new HashMap<>();
      model.put("page", Map.of("items", page.items().stream().map(o -> o.toJson(lang).getMap()).toList(), "total", page.total()));
      model.put("filter", Map.of("q", search.text() == null ? "" : search.text()));
      model.put("types", types(search.type(), lang));
      model.put("countries", countries(search.country(), lang));
      model.put("pager", search.paging().pager(page.total(), search::pageLink));
      return model;
    }));
  }

  /** An organisation's page: its profile, and its members for those who may see them. */
  private Future<Map<String, Object>> profile(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    UUID id = Ids.path(ctx, "id");
    String lang = Languages.of(ctx);
    boolean seesMembers = viewer.memberOf(id) || viewer.staff();
    return organisations.find(id, viewer).compose(org -> {
      Future<List<Member>> members = seesMembers ? organisations.members(id, viewer) : Future.succeededFuture(List.of());
      Future<List<JsonObject>> offered = offers.of(id, viewer, lang);
      Future<List<JsonObject>> needed = needs.of(id, viewer, lang);
      Future<List<JsonObject>> piloted = pilots.of(id, viewer, lang);
      Future<List<JsonObject>> used = adoptions.of(id, viewer, lang);
      return Future.all(members, offered, needed, piloted, used).map(all -> members.result()).map(list -> {
        Map<String, Object> model = new HashMap<>();
        model.put("org", org.toJson(lang).getMap());
        model.put("typeLabel", I18n.text(lang, "organisation.type." + org.type().code()));
        model.put("countryLabel", I18n.text(lang, "country." + org.country().name()));
        model.put("members", list.stream().map(m -> m.toJson().getMap()).toList());
        model.put("canVerify", viewer.staff() && !org.verified());
        model.put("canAddMembers", viewer.adminOf(id));
        model.put("seesMembers", seesMembers);
        model.put("canEdit", viewer.adminOf(id) || viewer.staff());
        model.put("seesInbox", viewer.memberOf(id) && org.type() == OrganisationType.COMPANY);
        model.put("saved", ctx.queryParams().get("saved") != null);
        model.put("offers", maps(offered.result()));
        model.put("needs", maps(needed.result()));
        model.put("pilots", maps(piloted.result()));
        model.put("adoptions", maps(used.result()));
        model.put("canFollow", viewer.signedIn() && org.verified() && !viewer.memberOf(id));
        return model;
      }).compose(model -> following.follows(id, viewer).map(follows -> {
        model.put("following", follows);
        return model;
      }));
    });
  }

  private void create(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    JsonObject form = Forms.json(ctx, Set.of());
    form.fieldNames().removeIf(name -> form.getValue(name) instanceof String s && s.isBlank() && !name.equals("name"));
    Forms.submit(() -> organisations.create(NewOrganisation.from(form, lang), WebContext.viewer(ctx), WebContext.address(ctx)),
        org -> Forms.redirect(ctx, "/organisations/" + org.id()),
        err -> {
          Map<String, Object> model = newForm(lang, form.getString("type"), form.getString("country"));
          model.put("form", Map.of("name", form.getString("name", ""), "website", form.getString("website", ""),
              "description", form.getString("description", "")));
          if (!(err instanceof Invalid)) model.put("error", I18n.text(lang, err instanceof Conflict ? "organisation.exists" : "form.invalid"));
          Forms.reshow(ctx, views, err, "organisation/new", "organisation.error", model);
        });
  }

  private Map<String, Object> newForm(String lang, String type, String country) {
    Map<String, Object> model = new HashMap<>();
    model.put("types", types(Coded.find(OrganisationType.class, type).orElse(null), lang));
    model.put("countries", countries(Country.find(country).orElse(null), lang));
    model.put("errors", Map.of());
    return model;
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
    Forms.submit(() -> organisations.addMember(id, NewMember.from(Forms.json(ctx, Set.of())), WebContext.viewer(ctx),
            WebContext.address(ctx)),
        added -> Forms.redirect(ctx, "/organisations/" + id + "?added=1"),
        err -> Forms.reshow(ctx, views, err, "organisation/show", "organisation.error", () -> profile(ctx).map(model -> {
          model.put("memberError", I18n.text(lang, err instanceof Conflict ? "organisation.alreadyMember" : "organisation.memberError"));
          return model;
        })));
  }

  private static List<Map<String, Object>> maps(List<JsonObject> items) {
    return items.stream().map(JsonObject::getMap).toList();
  }

  private void editForm(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    organisations.find(id, viewer).compose(org -> {
      requireEditor(org, viewer);
      JsonObject description = org.description().toJson();
      Map<String, Object> model = editModel(ctx, org, org.name(), org.country().name(), org.website(),
          lang -> description.getString(lang, ""));
      model.put("errors", Map.of());
      return views.page(ctx, "organisation/edit", model);
    }).onFailure(ctx::fail);
  }

  /** The edit form's fields as the API's PATCH body: every field is sent, so a blank website or description goes. */
  private void edit(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    JsonObject form = Forms.json(ctx, Set.of());
    JsonObject description = new JsonObject();
    for (String code : I18n.LANGUAGES) description.put(code, form.getString("description_" + code, ""));
    String website = form.getString("website", "").strip();
    JsonObject body = new JsonObject().put("name", form.getString("name", "")).put("country", form.getString("country", ""))
        .put("website", website.isEmpty() ? null : website).put("description", description);
    Forms.submit(() -> organisations.find(id, viewer)
            .compose(org -> {
              requireEditor(org, viewer);
              return organisations.update(id, NewOrganisation.change(body, lang), viewer);
            }),
        saved -> Forms.redirect(ctx, "/organisations/" + id + "?saved=1"),
        err -> Forms.reshow(ctx, views, err, "organisation/edit", "organisation.error",
            () -> organisations.find(id, viewer).map(org -> {
              Map<String, Object> model = editModel(ctx, org, form.getString("name", ""), form.getString("country"), website,
                  code -> description.getString(code));
              if (err instanceof Conflict) model.put("error", I18n.text(lang, "organisation.exists"));
              return model;
            })));
  }

  /** Only the organisation's admins and staff edit it; its other members hear 403, others 404 unless it is public. */
  private static void requireEditor(Organisation org, Viewer viewer) {
    if (!viewer.adminOf(org.id()) && !viewer.staff()) throw new Forbidden("Only the organisation's admins may edit it");
  }

  private static Map<String, Object> editModel(RoutingContext ctx, Organisation org, String name, String country, String website,
                                               Function<String, String> description) {
    String lang = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("org", Map.of("id", org.id().toString(), "name", org.name()));
    model.put("form", Map.of("name", name, "website", website == null ? "" : website));
    model.put("countries", countries(Country.find(country).orElse(null), lang));
    model.put("texts", I18n.LANGUAGES.stream().map(code -> Map.of("code", code, "label", I18n.text(lang, "spoken." + code),
        "value", description.apply(code) == null ? "" : description.apply(code))).toList());
    model.put("verified", org.verified());
    return model;
  }

  private static List<Map<String, Object>> types(OrganisationType selected, String lang) {
    return options(OrganisationType.values(), OrganisationType::code, selected, lang, "organisation.type.");
  }

  private static List<Map<String, Object>> countries(Country selected, String lang) {
    return options(Country.values(), Country::name, selected, lang, "country.");
  }

  private static <E> List<Map<String, Object>> options(E[] values, Function<E, String> code, E selected, String lang,
                                                       String prefix) {
    return Arrays.stream(values).map(code).sorted().map(v -> Map.<String, Object>of("value", v,
        "label", I18n.text(lang, prefix + v), "selected", selected != null && v.equals(code.apply(selected)))).toList();
  }

  private Listing adoptions = NONE;

  /** The profile's list of the public showcases the organisation uses. */
  public OrganisationPages withAdoptions(Listing adoptions) {
    this.adoptions = adoptions;
    return this;
  }

  /** Whether a person follows an organisation. */
  public interface Following {
    Future<Boolean> follows(UUID organisationId, Viewer viewer);
  }

  private Following following = (id, viewer) -> Future.succeededFuture(false);

  /** The profile's Follow button shows whether the reader follows the organisation. */
  public OrganisationPages withFollowing(Following following) {
    this.following = following;
    return this;
  }
}
