package org.ntc.hub;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/** What must exist before the first request: the bootstrap admin from the settings. */
final class Bootstrap {
  private Bootstrap() {}

  static Future<Void> run(Vertx vertx, Pool pool, AppConfig config) {
    return Future.succeededFuture();
  }
}
