package org.ntc.hub.audit;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.WebContext;

/** {@code GET /api/v1/audit}: staff read the security log, newest first. */
public final class AuditRoutes {
  private final AuditLog audit;

  public AuditRoutes(AuditLog audit) {
    this.audit = audit;
  }

  public void mount(Router router) {
    router.get("/api/v1/audit").respond(ctx -> {
      WebContext.viewer(ctx).requireStaff();
      Paging paging = Paging.from(ctx.queryParams(), 50);
      return Future.all(audit.page(paging.pageSize(), paging.offset()), audit.count())
          .map(all -> paging.page(all.<java.util.List<AuditLog.Entry>>resultAt(0).stream().map(AuditLog.Entry::toJson).toList(),
              all.<Long>resultAt(1)));
    });
  }
}
