package org.ntc.hub.bench;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;

/**
 * The baseline of the page benchmark: a bare Vert.x route answering "Hello, World!", from the
 * same build and Vert.x version, one verticle instance per core like NTC Hub. Argument: port.
 */
public final class HelloServer {
  private static final Buffer HELLO = Buffer.buffer("Hello, World!");

  private HelloServer() {}

  public static final class Hello extends VerticleBase {
    private final int port;

    Hello(int port) {
      this.port = port;
    }

    @Override
    public Future<?> start() {
      return vertx.createHttpServer()
          .requestHandler(request -> request.response().putHeader("Content-Type", "text/plain").end(HELLO))
          .listen(port, "127.0.0.1");
    }
  }

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    // The transport NTC Hub runs on (see Nodes), so the baseline differs from it only in what it does.
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    int cores = Runtime.getRuntime().availableProcessors();
    vertx.deployVerticle(() -> new Hello(port), new DeploymentOptions().setInstances(cores))
        .onSuccess(id -> System.out.println("hello ready on " + port))
        .onFailure(err -> {
          err.printStackTrace();
          System.exit(1);
        });
  }
}
