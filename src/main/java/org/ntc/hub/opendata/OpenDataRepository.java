package org.ntc.hub.opendata;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the public records of several features for open data, the sitemap and the feeds. Every
 * query here names what "public" means for its table, the same rule the feature's own public list uses.
 */
public final class OpenDataRepository {
  // PostgreSQL orders uuids by their bytes, unsigned: the nil uuid comes first.
  static final UUID FIRST = new UUID(0, 0);

  /** A dataset's size and newest change: what conditional requests compare. */
  record Stamp(long total, OffsetDateTime latest) {}

  /** One page address for the sitemap. */
  record Located(UUID id, OffsetDateTime modified) {}

  /** One item of a feed. */
  record FeedItem(UUID id, JsonObject title, JsonObject summary, OffsetDateTime published, OffsetDateTime updated, String author) {}

  private final Pool pool;

  public OpenDataRepository(Pool pool) {
    this.pool = pool;
  }

  Future<List<JsonObject>> page(Dataset dataset, UUID after, int size) {
    return pool.preparedQuery(dataset.page).execute(Tuple.of(after, size)).map(rows -> {
      List<JsonObject> records = new ArrayList<>(rows.size());
      for (Row row : rows) records.add(row.getJsonObject("record"));
      return records;
    });
  }

  Future<Stamp> stamp(Dataset dataset) {
    return pool.preparedQuery(dataset.stamp).execute().map(rows -> {
      Row row = rows.iterator().next();
      return new Stamp(row.getLong("total"), row.getOffsetDateTime("latest"));
    });
  }

  Future<Long> count(Section section) {
    return pool.preparedQuery("SELECT count(*) AS total FROM (" + section.located + ") AS public_pages").execute()
        .map(rows -> rows.iterator().next().getLong("total"));
  }

  /** One sitemap file's worth of a section, in id order: at most {@code size} addresses after the first {@code skip}. */
  Future<List<Located>> located(Section section, long skip, int size) {
    return pool.preparedQuery(section.located + " ORDER BY id LIMIT $1 OFFSET $2").execute(Tuple.of(size, skip))
        .map(rows -> {
          List<Located> located = new ArrayList<>(rows.size());
          for (Row row : rows) located.add(new Located(row.getUUID("id"), row.getOffsetDateTime("modified")));
          return located;
        });
  }

  Future<List<FeedItem>> newest(Feed feed, int size) {
    return pool.preparedQuery(feed.newest).execute(Tuple.of(size)).map(rows -> {
      List<FeedItem> items = new ArrayList<>(rows.size());
      for (Row row : rows) {
        items.add(new FeedItem(row.getUUID("id"), row.getJsonObject("title"), row.getJsonObject("summary"),
            row.getOffsetDateTime("published"), row.getOffsetDateTime("updated"), row.getString("author")));
      }
      return items;
    });
  }
}
