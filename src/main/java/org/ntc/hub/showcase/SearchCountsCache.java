package org.ntc.hub.showcase;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Totals and facet counts of recent searches, shared by this node's HTTP verticles. Counting
 * walks every hit, while a page needs only twenty, so counts are kept for a short while and
 * dropped at once when this node publishes, edits or archives a showcase, and when the live
 * events bring such a change from another node. Off ({@code NTC_PAGE_CACHE=false}, no kept
 * copies at all), every search counts afresh.
 */
public final class SearchCountsCache {
  static final long TTL_MILLIS = 30_000;
  private static final int MAX_ENTRIES = 2_000;

  private record Entry(long expiresAt, Future<SearchCounts> counts) {}

  private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
  private final List<Runnable> alsoOnChange = new CopyOnWriteArrayList<>();
  private final boolean keep;

  public SearchCountsCache() {
    this(true);
  }

  public SearchCountsCache(boolean keep) {
    this.keep = keep;
  }

  /** Other caches of the catalogue, dropped whenever these counts are. */
  public void alsoOnChange(Runnable clear) {
    alsoOnChange.add(clear);
  }

  /** The counts kept under {@code key} (a value naming the statement and its parameters), or those {@code compute} gives. */
  Future<SearchCounts> get(Object key, Supplier<Future<SearchCounts>> compute) {
    if (!keep) return compute.get();
    long now = System.currentTimeMillis();
    Entry entry = entries.get(key);
    if (entry != null && entry.expiresAt() > now) return entry.counts();
    if (entries.size() >= MAX_ENTRIES) entries.clear();
    Future<SearchCounts> counts = compute.get();
    entries.put(key, new Entry(now + TTL_MILLIS, counts));
    counts.onFailure(err -> entries.remove(key));
    return counts;
  }

  /** The counts kept under {@code key} when they are known, without asking for them; null otherwise. */
  SearchCounts known(Object key) {
    Entry entry = keep ? entries.get(key) : null;
    if (entry == null || entry.expiresAt() <= System.currentTimeMillis() || !entry.counts().succeeded()) return null;
    return entry.counts().result();
  }

  public void invalidate() {
    entries.clear();
    alsoOnChange.forEach(Runnable::run);
  }
}
