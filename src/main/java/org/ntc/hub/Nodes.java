package org.ntc.hub;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.TimeUnit;

/** Builds this node's Vert.x: standalone, or a member of the contact points' cluster. */
final class Nodes {
  private Nodes() {}

  static Vertx vertx(AppConfig config) {
    VertxOptions options = new VertxOptions().setPreferNativeTransport(true)
        // Tests tighten this to catch anything that blocks an event loop (see the surefire settings).
        .setMaxEventLoopExecuteTime(Long.getLong("ntc.maxEventLoopMillis", 2_000))
        .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS);
    if (!config.cluster()) return Vertx.builder().with(options).build();
    options.setEventBusOptions(Cluster.eventBus(config));
    return App.await(Vertx.builder().with(options).withClusterManager(Cluster.manager(config)).buildClustered());
  }
}
