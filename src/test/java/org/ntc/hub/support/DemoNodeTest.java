package org.ntc.hub.support;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import io.vertx.junit5.VertxExtension;

/** A test class that reads what a newcomer's first start shows: its own node with the demo content loaded. */
@ExtendWith(VertxExtension.class)
public abstract class DemoNodeTest {
  protected static TestApp app;

  @BeforeAll
  static void startDemoNode() {
    app = TestApp.start(Map.of("NTC_DEMO", "true"));
  }

  @AfterAll
  static void stopDemoNode() {
    app.close();
  }
}
