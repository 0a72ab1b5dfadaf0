package org.ntc.hub.admin;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.account.Account;
import org.ntc.hub.account.StaffService;
import org.ntc.hub.account.StaffInvite;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * {@code /admin}: what admins alone manage, namely the taxonomy labels, who is staff where, and
 * the audit log to read back. The contact points have {@link AdminContactPointPages}.
 */
public final class AdminPages {
  private static final int AUDIT_PAGE_SIZE = 25;

  private final StaffService staff;
  private final AuditLog audit;
  private final LabelService labels;
  private final Views views;
  private final List<String> categories;
  private final List<String> targetGroups;

  public AdminPages(StaffService staff, AuditLog audit, LabelService labels, Views views, List<String> categories,
                    List<String> targetGroups) {
    this.staff = staff;
    this.audit = audit;
    this.labels = labels;
    this.views = views;
    this.categories = categories;
    this.targetGroups = targetGroups;
  }

  /** Admins only: anyone else signed in gets the 403 page, a visitor the sign-in page first. */
  static Route guarded(Route route) {
    return route.handler(Forms::signInFirst).handler(ctx -> {
      if (WebContext.viewer(ctx).admin()) ctx.next();
      else ctx.fail(new Forbidden("Only an admin may do this"));
    });
  }

  public void mount(Router router) {
    guarded(router.get("/admin")).handler(ctx -> views.page(ctx, "admin/index", Map.of()).onFailure(ctx::fail));
    guarded(router.get("/admin/labels")).handler(ctx -> views.page(ctx, "admin/labels", labelsModel(ctx, null)).onFailure(ctx::fail));
    guarded(router.post("/admin/labels")).handler(this::saveLabels);
    guarded(router.get("/admin/staff")).handler(ctx -> staffPage(ctx, Map.of()));
    guarded(router.post("/admin/staff")).handler(this::grant);
    guarded(router.post("/admin/staff/:userId/revoke")).handler(this::revoke);
    guarded(router.get("/admin/audit")).handler(this::auditPage);
  }

  private List<String> labelKeys() {
    List<String> keys = new ArrayList<>();
    categories.forEach(id -> keys.add("category." + id));
    targetGroups.forEach(id -> keys.add("targetGroup." + id));
    return keys;
  }

  /** Each label with the text the site shows now in each language (or, re-shown, what was sent). */
  private Map<String, Object> labelsModel(RoutingContext ctx, JsonObject sent) {
    String lang = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("categories", labelRows(categories, "category.", lang, sent));
    model.put("targetGroups", labelRows(targetGroups, "targetGroup.", lang, sent));
    if (ctx.queryParams().contains("saved")) model.put("saved", true);
    return model;
  }

  private static List<Map<String, Object>> labelRows(List<String> ids, String prefix, String lang, JsonObject sent) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String id : ids) {
      String key = prefix + id;
      List<Map<String, Object>> inputs = new ArrayList<>();
      for (String inLang : I18n.LANGUAGES) {
        String name = LabelChange.fieldName(inLang, key);
        String value = sent != null && sent.getValue(name) instanceof String s ? s : I18n.text(inLang, key);
        inputs.add(Map.of("name", name, "id", "label-" + key.replace('.', '-') + "-" + inLang, "inLang", inLang,
            "language", I18n.text(lang, "admin.labels.in." + inLang), "value", value,
            "bundled", I18n.bundled(inLang, key), "changed", !I18n.bundled(inLang, key).equals(I18n.text(inLang, key))));
      }
      rows.add(Map.of("label", I18n.text(lang, key), "inputs", inputs, "id", key.replace('.', '-')));
    }
    return rows;
  }

  private void saveLabels(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> labels.update(WebContext.viewer(ctx), LabelChange.fromForm(form, labelKeys()), WebContext.address(ctx)),
        changed -> Forms.redirect(ctx, "/admin/labels?saved=" + changed),
        err -> Forms.reshow(ctx, views, err, "admin/labels", "admin.labels.error", labelsModel(ctx, form)));
  }

  private void staffPage(RoutingContext ctx, Map<String, Object> draft) {
    Viewer viewer = WebContext.viewer(ctx);
    views.render(ctx, "admin/staff", staff.staff(viewer).map(list -> staffModel(ctx, list, draft)));
  }

  private static Map<String, Object> staffModel(RoutingContext ctx, List<Account> staff, Map<String, Object> draft) {
    String lang = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("staff", staff.stream().map(a -> Map.of("id", a.id().toString(), "name", a.name() == null ? "" : a.name(),
        "email", a.email() == null ? "" : a.email(),
        "contactPoint", a.staffSite().map(site -> site.name(lang)).orElse(""))).toList());
    Object chosen = draft.get("contactPoint");
    model.put("sites", Site.values().stream().map(site -> Map.of("id", site.id(), "name", site.name(lang),
        "selected", site.id().equals(chosen))).toList());
    model.put("draft", draft);
    String saved = ctx.queryParams().get("saved");
    if ("granted".equals(saved) || "revoked".equals(saved)) model.put("saved", I18n.text(lang, "admin.staff.saved." + saved));
    return model;
  }

  private void grant(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    Viewer viewer = WebContext.viewer(ctx);
    Forms.submit(() -> staff.grantStaffByEmail(viewer, StaffInvite.from(form), WebContext.address(ctx)),
        granted -> Forms.redirect(ctx, "/admin/staff?saved=granted"),
        err -> Forms.reshow(ctx, views, err, "admin/staff", "admin.staff.error",
            () -> staff.staff(viewer).map(list -> staffModel(ctx, list, form.getMap()))));
  }

  private void revoke(RoutingContext ctx) {
    Forms.submit(() -> staff.revokeStaff(WebContext.viewer(ctx), Ids.path(ctx, "userId"), WebContext.address(ctx)),
        done -> Forms.redirect(ctx, "/admin/staff?saved=revoked"),
        ctx::fail);
  }

  private void auditPage(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    Paging paging = Paging.from(ctx.queryParams(), AUDIT_PAGE_SIZE);
    ZoneId zone = viewer.zone();
    views.render(ctx, "admin/audit", audit.readable(viewer, paging).map(page -> {
      Map<String, Object> model = new HashMap<>();
      model.put("entries", page.items().stream().map(entry -> entry(entry, zone, lang)).toList());
      model.put("pager", paging.pager(page.total(), n -> "/admin/audit?page=" + n));
      return model;
    }));
  }

  /** One entry in words: when in the reader's time, who by name, what was done and to what. */
  private static Map<String, Object> entry(AuditLog.Readable entry, ZoneId zone, String lang) {
    Map<String, Object> shown = new HashMap<>();
    shown.put("at", Times.shown(entry.at(), zone, lang));
    shown.put("who", entry.actorId() == null ? I18n.text(lang, "admin.audit.system")
        : entry.actorName() != null ? entry.actorName() : I18n.text(lang, "admin.audit.erased"));
    shown.put("what", entry.action().map(action -> I18n.text(lang, action.messageKey()))
        .orElse(I18n.text(lang, "admin.audit.otherAction")));
    shown.put("target", target(entry, lang));
    JsonObject detail = entry.detail();
    String contactPoint = detail == null ? null : detail.getString("contactPoint");
    if (contactPoint != null) Site.find(contactPoint).ifPresent(site -> shown.put("place", site.name(lang)));
    return shown;
  }

  private static String target(AuditLog.Readable entry, String lang) {
    if (entry.targetId() == null || entry.targetType() == null) return "";
    return switch (entry.targetType()) {
      case "account", "organisation" -> entry.targetName() != null ? entry.targetName() : I18n.text(lang, "admin.audit.erased");
      case "contact-point" -> Site.find(entry.targetId()).map(site -> site.name(lang)).orElse("");
      case "label" -> I18n.overridable(entry.targetId()) ? I18n.text(lang, entry.targetId()) : "";
      default -> "";
    };
  }
}
