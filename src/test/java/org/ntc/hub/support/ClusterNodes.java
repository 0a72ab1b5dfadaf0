package org.ntc.hub.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/** The settings of one clustered node on loopback, sharing a database and signing key with its peers. */
public final class ClusterNodes {
  private ClusterNodes() {}

  /** A node's environment; callers add what differs (TLS, instances). The map is theirs to change. */
  public static Map<String, String> env(String node, String dbUrl, int httpPort, int clusterPort, int busPort, String members)
      throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("NTC_NODE", node);
    env.put("NTC_HTTP_HOST", "127.0.0.1");
    env.put("NTC_HTTP_PORT", String.valueOf(httpPort));
    env.put("NTC_DATA_DIR", Files.createTempDirectory("ntc-" + node).toString());
    env.put("NTC_DB_URL", dbUrl);
    env.put("NTC_JWT_SECRET", TestApp.JWT_SECRET);
    env.put("NTC_ADMIN_EMAIL", "admin@ntc.test");
    env.put("NTC_ADMIN_PASSWORD", TestApp.ADMIN_PASSWORD);
    env.put("NTC_CLUSTER", "true");
    env.put("NTC_CLUSTER_HOST", "127.0.0.1");
    env.put("NTC_CLUSTER_PORT", String.valueOf(clusterPort));
    env.put("NTC_CLUSTER_BUS_PORT", String.valueOf(busPort));
    env.put("NTC_CLUSTER_MEMBERS", members);
    return env;
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
