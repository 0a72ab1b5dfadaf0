package org.ntc.hub.platform;

import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprinted asset addresses: {@code /assets/css/app.css?v=<hash of its bytes>}. A browser
 * may keep a fingerprinted asset for a year, since a changed file gets a new address.
 */
public final class Assets {
  private static final Map<String, String> ADDRESSES = new ConcurrentHashMap<>();
  private static final String FOREVER = "public, max-age=31536000, immutable";
  private static final String FOR_AN_HOUR = "public, max-age=3600";

  private Assets() {}

  /** The address of {@code webroot/path}, with its content hash. */
  public static String address(String path) {
    return ADDRESSES.computeIfAbsent(path, p -> "/assets/" + p + "?v=" + hash(p));
  }

  /**
   * Before the static handler: a fingerprinted request may be cached for good; a plain
   * address for an hour, then revalidated (its content can change under the same name).
   */
  public static void cacheFingerprinted(RoutingContext ctx) {
    String policy = ctx.request().getParam("v") != null ? FOREVER : FOR_AN_HOUR;
    ctx.addHeadersEndHandler(v -> {
      if (ctx.response().getStatusCode() == 200) ctx.response().putHeader("Cache-Control", policy);
    });
    ctx.next();
  }

  private static String hash(String path) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("webroot/" + path)) {
      if (in == null) throw new IllegalArgumentException("no asset webroot/" + path);
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
