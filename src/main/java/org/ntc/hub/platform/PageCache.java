package org.ntc.hub.platform;

import io.vertx.core.buffer.Buffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public pages of one node, per language and address, shared by its HTTP verticles.
 * Cleared by the live events that change what they show (from any node), and in any case
 * after {@link #TTL_MILLIS}. A page rendered from data read before a clearing is not kept.
 */
public final class PageCache {
  static final long TTL_MILLIS = 60_000;
  private static final int MAX_ENTRIES = 5_000;

  private record Entry(Buffer html, long expiresAt) {}

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
    return entry.html();
  }

  long generation() {
    return generation.get();
  }

  void put(String key, Buffer html, long renderedInGeneration) {
    if (!enabled || renderedInGeneration != generation.get()) return;
    if (entries.size() >= MAX_ENTRIES) entries.clear();
    entries.put(key, new Entry(html, System.currentTimeMillis() + TTL_MILLIS));
  }

  public void clear() {
    generation.incrementAndGet();
    entries.clear();
  }
}
