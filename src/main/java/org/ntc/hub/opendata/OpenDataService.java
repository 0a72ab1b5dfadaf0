package org.ntc.hub.opendata;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.NotFound;

/**
 * Open data, the sitemap and the feeds: what any visitor may already read, in bulk. Nothing here
 * depends on who asks; every answer is the same for everyone (in the asked language).
 */
public final class OpenDataService {
  public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
  public static final String LICENCE_NAME = "Creative Commons Attribution 4.0 International (CC BY 4.0)";
  static final int PAGE_SIZE = 500;
  /** The sitemap protocol's limit per file. */
  static final int SITEMAP_FILE = 50_000;
  static final int SITEMAP_BATCH = 5_000;
  static final int FEED_SIZE = 50;

  private final OpenDataRepository repository;
  private final Clock clock;

  public OpenDataService(OpenDataRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  Dataset dataset(String code) {
    return Dataset.find(code).orElseThrow(() -> new NotFound("dataset", code));
  }

  Feed feed(String code) {
    return Feed.find(code).orElseThrow(() -> new NotFound("feed", code));
  }

  Instant now() {
    return clock.instant();
  }

  Future<OpenDataRepository.Stamp> stamp(Dataset dataset) {
    return repository.stamp(dataset);
  }

  /** Up to {@link #PAGE_SIZE} public records after {@code after} in id order, shaped for publishing. */
  Future<List<JsonObject>> page(Dataset dataset, UUID after, String base) {
    return repository.page(dataset, after, PAGE_SIZE).map(records -> {
      List<JsonObject> shaped = new ArrayList<>(records.size());
      for (JsonObject record : records) shaped.add(dataset.shaped(record, base));
      return shaped;
    });
  }

  static JsonObject licence(String base) {
    return new JsonObject().put("name", LICENCE_NAME).put("url", LICENCE_URL)
        .put("attribution", "NTC Hub, Nordic Telemedicine Center (" + base + ")");
  }

  /** What {@code /api/v1/open-data} describes: every dataset, its formats and the meaning of each field. */
  JsonObject catalogue(String base) {
    JsonArray datasets = new JsonArray();
    for (Dataset dataset : Dataset.values()) datasets.add(dataset.describe(base));
    return new JsonObject().put("licence", licence(base)).put("datasets", datasets)
        .put("notes", "Only public records. Localised fields are objects {en, fi, sv} in JSON and one column per language"
            + " (name_en, name_fi, name_sv) in CSV; lists are joined by ';' in CSV; a CSV cell starting with = + - or @"
            + " is prefixed with an apostrophe. Responses carry ETag and Last-Modified for conditional requests.");
  }

  /** The sitemap files: the fixed pages, then each section in files of at most {@link #SITEMAP_FILE} addresses. */
  Future<List<String>> sitemapFiles() {
    List<Future<Long>> counts = new ArrayList<>();
    for (Section section : Section.values()) counts.add(repository.count(section));
    return Future.all(counts).map(all -> {
      List<String> files = new ArrayList<>(List.of("pages"));
      for (int i = 0; i < counts.size(); i++) {
        long parts = Math.max(1, (counts.get(i).result() + SITEMAP_FILE - 1) / SITEMAP_FILE);
        for (long part = 1; part <= parts; part++) files.add(Section.values()[i].code() + "-" + part);
      }
      return files;
    });
  }

  /** The section and part a sitemap file name such as {@code showcases-2} names. */
  Optional<SitemapPart> sitemapPart(String name) {
    int dash = name.lastIndexOf('-');
    if (dash < 0) return Optional.empty();
    Optional<Section> section = Coded.find(Section.class, name.substring(0, dash));
    String number = name.substring(dash + 1);
    if (section.isEmpty() || !number.matches("[1-9][0-9]{0,5}")) return Optional.empty();
    return Optional.of(new SitemapPart(section.get(), Integer.parseInt(number)));
  }

  record SitemapPart(Section section, int number) {}

  /** One batch of a sitemap file: at most {@link #SITEMAP_BATCH} addresses from {@code offset} within the file. */
  Future<List<OpenDataRepository.Located>> located(SitemapPart part, int offset) {
    long skip = (long) (part.number() - 1) * SITEMAP_FILE + offset;
    int size = Math.min(SITEMAP_BATCH, SITEMAP_FILE - offset);
    return repository.located(part.section(), skip, size);
  }

  Future<List<OpenDataRepository.FeedItem>> newest(Feed feed) {
    return repository.newest(feed, FEED_SIZE);
  }
}
