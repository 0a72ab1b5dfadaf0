package org.ntc.hub;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.spi.cluster.ClusterManager;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * Hazelcast as the contact points' cluster: explicit TCP/IP members, bound to one address,
 * no multicast, no auto-detection, no phoning home.
 */
final class Cluster {
  private Cluster() {}

  static ClusterManager manager(AppConfig config) {
    Config hz = ConfigUtil.loadConfig();
    hz.setClusterName("ntc-hub");
    hz.setProperty("hazelcast.phone.home.enabled", "false");
    hz.setProperty("hazelcast.socket.bind.any", "false");
    hz.setProperty("hazelcast.wait.seconds.before.join", "0");
    hz.setProperty("hazelcast.logging.type", "jdk");
    NetworkConfig network = hz.getNetworkConfig();
    network.setPort(config.clusterPort()).setPortAutoIncrement(false);
    network.setPublicAddress(config.clusterHost() + ":" + config.clusterPort());
    network.getInterfaces().setEnabled(true).addInterface(config.clusterHost());
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(config.clusterMembers());
    return new HazelcastClusterManager(hz);
  }

  /**
   * The event bus between nodes, on a fixed port so that it can be firewalled. Hazelcast's own
   * port carries only membership and subscriptions; the events themselves travel here, over
   * mutual TLS when it is configured: each node proves itself with a certificate the others trust.
   */
  static EventBusOptions eventBus(AppConfig config) {
    EventBusOptions options = new EventBusOptions()
        .setHost(config.clusterHost()).setPort(config.clusterBusPort())
        .setClusterPublicHost(config.clusterHost()).setClusterPublicPort(config.clusterBusPort());
    config.clusterTls().ifPresent(tls -> options
        .setSsl(true)
        .setKeyCertOptions(new PemKeyCertOptions().setCertPath(tls.cert().toString()).setKeyPath(tls.key().toString()))
        .setTrustOptions(new PemTrustOptions().addCertPath(tls.ca().toString()))
        .setTrustAll(false)
        .setClientAuth(ClientAuth.REQUIRED));
    return options;
  }
}
