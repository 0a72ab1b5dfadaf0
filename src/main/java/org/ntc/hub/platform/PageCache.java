package org.ntc.hub.platform;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public answers of one node (rendered catalogue pages and catalogue JSON), as a visitor who
 * is not signed in gets them, per language and address, shared by its HTTP verticles.
 * Cleared by the live events that change what they show (from any node), and in any case
 * after {@link #TTL_MILLIS}. An answer built from data read before a clearing is not kept.
 * A hit is answered at the front of the router, before sign-in and CSRF handling, since
 * nothing personal is in it.
 */
public final class PageCache {
  static final long TTL_MILLIS = 60_000;
  private static final int MAX_ENTRIES = 5_000;

  private record Entry(Buffer body, String contentType, long expiresAt) {}
  private static final String HTML = "text/html; charset=utf-8";

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final boolean enabled;

  public PageCache(boolean enabled) {
    this.enabled = enabled;
  }

  Buffer get(String key) {
    if (!enabled) return null;
    Entry entry = entries.get(key);
    if (entry == null) return null;
    if (entry.expiresAt() < System.currentTimeMillis()) {
      entries.remove(key, entry);
      return null;
    }
    return entry.body();
  }

  /** Where the answer for this request is kept: language, path and query. */
  public static String key(RoutingContext ctx) {
    String query = ctx.request().query();
    return Languages.of(ctx) + "|" + ctx.normalizedPath() + "?" + (query == null ? "" : query);
  }

  /** The front of the router: a visitor without a session asking for a kept answer gets it here. */
  public void serveKept(RoutingContext ctx) {
    if (!enabled || anonymousCacheable(ctx) == false) {
      ctx.next();
      return;
    }
    Entry entry = entries.get(key(ctx));
    if (entry == null || entry.expiresAt() < System.currentTimeMillis()) {
      ctx.next();
      return;
    }
    ctx.response().putHeader("Content-Type", entry.contentType()).putHeader("Cache-Control", "no-store").end(entry.body());
  }

  /** Keeps a JSON answer for the next visitor without a session. */
  public void putJson(RoutingContext ctx, Buffer json, long renderedInGeneration) {
    if (!anonymousCacheable(ctx)) return;
    put(key(ctx), json, "application/json", renderedInGeneration);
  }

  static boolean anonymousCacheable(RoutingContext ctx) {
    return !Authentication.presentsCredentials(ctx);
  }

  public long generation() {
    return generation.get();
  }

  void put(String key, Buffer html, long renderedInGeneration) {
    put(key, html, HTML, renderedInGeneration);
  }

  private void put(String key, Buffer body, String contentType, long renderedInGeneration) {
    if (!enabled || renderedInGeneration != generation.get()) return;
    if (entries.size() >= MAX_ENTRIES) entries.clear();
    Entry entry = new Entry(body, contentType, System.currentTimeMillis() + TTL_MILLIS);
    entries.put(key, entry);
    // A clearing on another thread between the check above and this put would miss the entry.
    if (renderedInGeneration != generation.get()) entries.remove(key, entry);
  }

  public void clear() {
    generation.incrementAndGet();
    entries.clear();
  }
}
