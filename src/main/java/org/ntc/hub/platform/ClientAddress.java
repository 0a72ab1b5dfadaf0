package org.ntc.hub.platform;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.util.Set;
import java.net.UnknownHostException;

/**
 * Who is really asking, for limits and the audit log. Behind a reverse proxy every request
 * comes from the proxy, so a trusted proxy's {@code X-Forwarded-For} is read from the right,
 * skipping trusted hops: the first address no trusted proxy vouches for is the client. From
 * anyone else the header is ignored, since a client can write whatever it likes there.
 */
public final class ClientAddress {
  private static final CharSequence FORWARDED_FOR = HttpHeaders.createOptimized("X-Forwarded-For");
  static final String KEY = "clientAddress";

  private final Set<String> trustedProxies;

  public ClientAddress(Set<String> trustedProxies) {
    this.trustedProxies = trustedProxies;
  }

  public void resolve(RoutingContext ctx) {
    var remote = ctx.request().remoteAddress();
    String address = remote == null ? "unknown" : remote.hostAddress();
    String forwarded = ctx.request().getHeader(FORWARDED_FOR);
    if (forwarded != null && trustedProxies.contains(address)) {
      String[] hops = forwarded.split(",");
      for (int i = hops.length - 1; i >= 0; i--) {
        String hop = ipLiteral(hops[i].trim());
        if (hop == null) break;
        address = hop;
        if (!trustedProxies.contains(hop)) break;
      }
    }
    ctx.put(KEY, address);
    ctx.next();
  }

  /** An IP literal in canonical form, or null for anything else (a name is never looked up). */
  public static String ipLiteral(String hop) {
    if (hop.isEmpty() || hop.length() > 45 || !hop.matches("[0-9.]+|[0-9A-Fa-f:]+")) return null;
    try {
      return InetAddress.getByName(hop).getHostAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
