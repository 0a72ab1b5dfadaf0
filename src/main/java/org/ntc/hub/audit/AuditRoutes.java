package org.ntc.hub.audit;

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
    router.get("/api/v1/audit").respond(ctx -> audit
        .read(WebContext.viewer(ctx).requireStaff(), Paging.from(ctx.queryParams(), 50))
        .map(AuditLog.Entries::toJson));
  }
}
