package org.ntc.hub.group;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** {@code /moderation/reports}: the reported posts of theme groups, which moderators hide with a reason, keep or restore. */
final class ReportPages {
  private static final String ERRORS = "group.error";
  private final GroupService groups;
  private final Views views;

  ReportPages(GroupService groups, Views views) {
    this.groups = groups;
    this.views = views;
  }

  void mount(Router router) {
    router.get("/moderation/reports").handler(Forms::signInFirst).handler(ctx -> reportsPage(ctx, null, "")
        .compose(model -> views.page(ctx, "group/reports", model)).onFailure(ctx::fail));
    router.post("/moderation/reports/:postId/hide").handler(Forms::signInFirst).handler(this::hide);
    router.post("/moderation/reports/:postId/keep").handler(Forms::signInFirst).handler(ctx -> moderated(ctx,
        groups.dismissReports(Ids.path(ctx, "postId"), WebContext.viewer(ctx)), "kept"));
    router.post("/moderation/reports/:postId/restore").handler(Forms::signInFirst).handler(ctx -> moderated(ctx,
        groups.restore(Ids.path(ctx, "postId"), WebContext.viewer(ctx)), "restored"));
  }

  /** The reported posts; {@code refused} is the post whose hiding was refused, shown again with its {@code reason}. */
  private Future<Map<String, Object>> reportsPage(RoutingContext ctx, UUID refused, String reason) {
    Viewer viewer = WebContext.viewer(ctx).requireStaff();
    String lang = Languages.of(ctx);
    ZoneId zone = GroupPages.zone(viewer, lang);
    return groups.reports(viewer).map(reports -> {
      Map<String, Object> model = new HashMap<>();
      model.put("reports", reports.stream().map(r -> {
        Map<String, Object> shown = GroupPages.post(r.post(), viewer, zone, lang);
        shown.put("groupId", r.groupId().toString());
        shown.put("groupName", r.groupName().in(lang));
        shown.put("threadTitle", r.threadTitle());
        shown.put("reasons", r.reasons());
        shown.put("reportedText", Times.shown(r.firstReportedAt(), zone, lang));
        shown.put("reportedAt", Times.rfc3339(r.firstReportedAt()));
        shown.put("refused", r.post().id().equals(refused));
        shown.put("reason", r.post().id().equals(refused) ? reason : "");
        return shown;
      }).toList());
      model.put("total", reports.size());
      for (String flag : List.of("hidden", "kept", "restored")) {
        if (ctx.queryParams().contains(flag)) model.put("done", I18n.text(lang, "group.done." + flag));
      }
      model.put("errors", Map.of());
      return model;
    });
  }

  private void hide(RoutingContext ctx) {
    UUID postId = Ids.path(ctx, "postId");
    JsonObject form = Forms.json(ctx, Set.of());
    String reason = form.getString("reason", "");
    Forms.submit(() -> groups.hide(postId, Reason.from(new JsonObject().put("reason", reason)), WebContext.viewer(ctx)),
        done -> Forms.redirect(ctx, "/moderation/reports?hidden=1"),
        err -> Forms.reshow(ctx, views, err, "group/reports", ERRORS, () -> reportsPage(ctx, postId, reason)));
  }

  /** Keep or restore: back to where the moderator came from (the thread, when they restored there). */
  private void moderated(RoutingContext ctx, Future<GroupPost> done, String flag) {
    String back = ctx.request().formAttributes().get("back");
    done.onSuccess(post -> Forms.redirect(ctx, back != null && back.startsWith("/groups/") && !back.startsWith("//")
            ? back + (back.contains("?") ? "&" : "?") + flag + "=1" : "/moderation/reports?" + flag + "=1"))
        .onFailure(ctx::fail);
  }
}
