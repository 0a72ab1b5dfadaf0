package org.ntc.hub.platform;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Ids from the path: a malformed one names nothing, so it is a 404, not a 400. */
public final class Ids {
  private Ids() {}

  public static UUID path(RoutingContext ctx, String name) {
    String value = ctx.pathParam(name);
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFound("No such resource: " + value);
    }
  }
}
