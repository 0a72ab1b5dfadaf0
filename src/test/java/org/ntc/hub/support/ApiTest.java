package org.ntc.hub.support;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class against the suite's node (or one of its own, see {@link OwnNode}), with a client and
 * a user factory per test. Classes share the node, so each test makes its own people and things
 * and asserts on those, never on what the whole node holds.
 */
@ExtendWith({VertxExtension.class, NodePerSuite.class})
public abstract class ApiTest {
  protected static TestApp app;
  protected Http http;
  protected Users users;

  @BeforeEach
  void client(Vertx vertx) {
    http = new Http(vertx, app.port());
    users = new Users(http);
  }
}
