package org.ntc.hub.opendata;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/open-data}: the datasets in bulk, streamed page by page (never a whole dataset in
 * memory, the next page read only once the client has taken the last), each answer under CC BY 4.0
 * in its body and its {@code Link} header, with a weak ETag and Last-Modified for conditional requests.
 */
public final class OpenDataRoutes {
  static final String LICENCE_LINK = "<" + OpenDataService.LICENCE_URL + ">; rel=\"license\"";
  private static final Logger LOG = LoggerFactory.getLogger(OpenDataRoutes.class);

  private final OpenDataService openData;

  public OpenDataRoutes(OpenDataService openData) {
    this.openData = openData;
  }

  public void mount(Router router) {
    router.route("/api/v1/open-data*").handler(ctx -> {
      // Public data for any site's scripts to read: no credentials are involved.
      ctx.response().putHeader("Link", LICENCE_LINK).putHeader("Access-Control-Allow-Origin", "*")
          .putHeader("Access-Control-Expose-Headers", "Link, ETag, Last-Modified");
      ctx.next();
    });
    router.get("/api/v1/open-data").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/json")
        .end(openData.catalogue(SecurityHeaders.publicUrl(ctx)).toBuffer()));
    router.get("/api/v1/open-data/:file").handler(this::download);
  }

  private enum Format { JSON, CSV }

  private void download(RoutingContext ctx) {
    String file = ctx.pathParam("file");
    int dot = file.lastIndexOf('.');
    Format format = dot < 0 ? null : switch (file.substring(dot + 1)) {
      case "json" -> Format.JSON;
      case "csv" -> Format.CSV;
      default -> null;
    };
    if (format == null) {
      ctx.fail(new NotFound("open dataset", file));
      return;
    }
    Dataset dataset;
    try {
      dataset = openData.dataset(file.substring(0, dot));
    } catch (NotFound e) {
      ctx.fail(e);
      return;
    }
    openData.stamp(dataset).onSuccess(stamp -> {
      String etag = "W/\"" + dataset.code() + "-" + format.name().toLowerCase() + "-" + stamp.total() + "-"
          + (stamp.latest() == null ? 0 : stamp.latest().toInstant().toEpochMilli()) + "\"";
      Instant modified = stamp.latest() == null ? null : stamp.latest().toInstant().truncatedTo(ChronoUnit.SECONDS);
      HttpServerResponse response = ctx.response()
          .putHeader("ETag", etag)
          .putHeader("Cache-Control", "public, no-cache");
      if (modified != null) response.putHeader("Last-Modified", httpDate(modified));
      if (unchanged(ctx, etag, modified)) {
        response.setStatusCode(304).end();
        return;
      }
      String base = SecurityHeaders.publicUrl(ctx);
      response.setChunked(true);
      if (format == Format.JSON) {
        response.putHeader("Content-Type", "application/json");
        JsonObject head = new JsonObject().put("dataset", dataset.code()).put("licence", OpenDataService.licence(base))
            .put("generatedAt", openData.now().toString()).put("description", base + "/api/v1/open-data");
        String opening = head.encode();
        response.write(opening.substring(0, opening.length() - 1) + ",\"records\":[");
      } else {
        response.putHeader("Content-Type", "text/csv; charset=utf-8; header=present")
            .putHeader("Content-Disposition", "attachment; filename=\"ntc-hub-" + dataset.code() + ".csv\"")
            .headers().add("Link", "<" + base + "/api/v1/open-data>; rel=\"describedby\"");
        response.write(Csv.header(dataset.fields));
      }
      next(ctx, dataset, format, OpenDataRepository.FIRST, true);
    }).onFailure(ctx::fail);
  }

  private void next(RoutingContext ctx, Dataset dataset, Format format, UUID after, boolean first) {
    HttpServerResponse response = ctx.response();
    openData.page(dataset, after, SecurityHeaders.publicUrl(ctx)).onComplete(read -> {
      if (response.closed()) return;
      if (read.failed()) {
        // The status line is gone; cutting the connection tells the client the file is incomplete.
        LOG.error("open data {} broke off after {}: {}", dataset.code(), after, read.cause().toString());
        response.reset();
        return;
      }
      List<JsonObject> records = read.result();
      Buffer chunk = Buffer.buffer();
      boolean comma = !first;
      for (JsonObject record : records) {
        if (format == Format.JSON) {
          if (comma) chunk.appendString(",");
          chunk.appendString("\n").appendBuffer(record.toBuffer());
          comma = true;
        } else {
          chunk.appendString(Csv.row(dataset.fields, record));
        }
      }
      if (records.size() < OpenDataService.PAGE_SIZE) {
        if (format == Format.JSON) chunk.appendString("\n]}\n");
        response.end(chunk);
        return;
      }
      response.write(chunk);
      UUID last = UUID.fromString(records.get(records.size() - 1).getString("id"));
      if (response.writeQueueFull()) {
        response.drainHandler(v -> next(ctx, dataset, format, last, false));
      } else {
        next(ctx, dataset, format, last, false);
      }
    });
  }

  static String httpDate(Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
  }

  /** If-None-Match decides when present (RFC 9110 §13.2.2); otherwise If-Modified-Since. */
  static boolean unchanged(RoutingContext ctx, String etag, Instant modified) {
    String match = ctx.request().getHeader("If-None-Match");
    if (match != null) {
      String strong = etag.substring(2);
      for (String tag : match.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(etag) || t.equals(strong) || t.startsWith("W/") && t.substring(2).equals(strong)) return true;
      }
      return false;
    }
    String since = ctx.request().getHeader("If-Modified-Since");
    if (since == null || modified == null) return false;
    try {
      return !modified.isAfter(ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
