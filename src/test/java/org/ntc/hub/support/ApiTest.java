package org.ntc.hub.support;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test class with its own node (and database), and a client and user factory per test. */
@ExtendWith(VertxExtension.class)
public abstract class ApiTest {
  protected static TestApp app;
  protected Http http;
  protected Users users;

  @BeforeAll
  static void startNode() {
    app = TestApp.start();
  }

  @AfterAll
  static void stopNode() {
    app.close();
  }

  @BeforeEach
  void client(Vertx vertx) {
    http = new Http(vertx, app.port());
    users = new Users(http);
  }
}
