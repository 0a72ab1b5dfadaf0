package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP servers of this node's verticle instances, so that shutdown can stop them all
 * (and let their in-flight requests finish) before anything else closes.
 */
public final class Listeners {
  private final List<HttpServer> servers = new CopyOnWriteArrayList<>();

  public void add(HttpServer server) {
    servers.add(server);
  }

  public int port() {
    return servers.isEmpty() ? -1 : servers.get(0).actualPort();
  }

  public Future<Void> shutdown(long graceSeconds) {
    return Future.all(servers.stream().map(s -> s.shutdown(graceSeconds, TimeUnit.SECONDS)).toList()).mapEmpty();
  }
}
