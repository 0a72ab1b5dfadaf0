package org.ntc.hub.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Gives each {@link ApiTest} class its node. The classes share one, started when the first needs
 * it and stopped when the run ends; before each class the node forgets its attempt limits, which a
 * node of the class's own would not have had, and after each class no event loop may have been
 * blocked. A class marked {@link OwnNode} gets a node of its own, stopped after it.
 */
final class NodePerSuite implements BeforeAllCallback, AfterAllCallback {
  private static final Namespace NODES = Namespace.create(NodePerSuite.class);

  /** The shared node, stopped when the root context closes at the end of the run. */
  private record Shared(TestApp app) implements AutoCloseable {
    @Override
    public void close() {
      app.stop();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (ownNode(context)) {
      ApiTest.app = TestApp.start();
      return;
    }
    ApiTest.app = context.getRoot().getStore(NODES)
        .getOrComputeIfAbsent(Shared.class, key -> new Shared(TestApp.start()), Shared.class).app();
    ApiTest.app.forgetAttemptLimits();
    ApiTest.app.reloadReferenceData();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (ownNode(context)) {
      ApiTest.app.close();
    } else {
      BlockedThreads.assertNone();
    }
  }

  private static boolean ownNode(ExtensionContext context) {
    return context.getRequiredTestClass().isAnnotationPresent(OwnNode.class);
  }
}
