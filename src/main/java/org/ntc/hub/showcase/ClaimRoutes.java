package org.ntc.hub.showcase;

import io.vertx.ext.web.Router;
import java.util.UUID;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** {@code POST /api/v1/showcases/{id}/claims/{kind}/verify}: staff verify a showcase's claim until a date. */
final class ClaimRoutes {
  static final String VERIFY = "/api/v1/showcases/:id/claims/:kind/verify";
  private final ClaimService claims;

  ClaimRoutes(ClaimService claims) {
    this.claims = claims;
  }

  void mount(Router router) {
    router.post(VERIFY).respond(ctx -> {
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      UUID id = Ids.path(ctx, "id");
      ClaimKind kind = ClaimService.kind(ctx.pathParam("kind"));
      ClaimVerification verification = ClaimVerification.from(Bodies.json(ctx), claims.now(), viewer.zone());
      return claims.verify(id, kind, verification, viewer, WebContext.address(ctx)).map(c -> c.toJson(Languages.of(ctx)));
    });
  }
}
