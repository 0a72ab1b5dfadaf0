package org.ntc.hub.opendata;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.SecurityHeaders;
import org.ntc.hub.platform.Site;

/**
 * {@code /robots.txt}, {@code /sitemap.xml} (always an index) and its files {@code /sitemaps/{name}.xml}:
 * {@code pages} for the fixed pages and contact points, then {@code showcases-1}, {@code showcases-2} …
 * per kind of record, each at most 50,000 addresses, written in batches as they are read.
 */
public final class SitemapRoutes {
  private static final String XML = "application/xml; charset=utf-8";

  private final OpenDataService openData;

  public SitemapRoutes(OpenDataService openData) {
    this.openData = openData;
  }

  public void mount(Router router) {
    router.get("/robots.txt").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "text/plain; charset=utf-8")
        .putHeader("Cache-Control", "public, max-age=3600")
        .end(Sitemap.robots(SecurityHeaders.publicUrl(ctx))));
    router.get("/sitemap.xml").handler(ctx -> openData.sitemapFiles()
        .onSuccess(files -> xml(ctx).end(Sitemap.index(SecurityHeaders.publicUrl(ctx), files)))
        .onFailure(ctx::fail));
    router.get("/sitemaps/:file").handler(this::file);
  }

  private static HttpServerResponse xml(RoutingContext ctx) {
    return ctx.response().putHeader("Content-Type", XML).putHeader("Cache-Control", "public, max-age=600");
  }

  private void file(RoutingContext ctx) {
    String file = ctx.pathParam("file");
    String base = SecurityHeaders.publicUrl(ctx);
    if (file.equals("pages.xml")) {
      StringBuilder xml = new StringBuilder(Sitemap.URLSET_OPEN);
      for (String path : Sitemap.FIXED) xml.append(Sitemap.url(base, path, null));
      for (Site site : Site.values()) xml.append(Sitemap.url(base, "/contact-points/" + site.id(), null));
      xml(ctx).end(xml.append(Sitemap.URLSET_CLOSE).toString());
      return;
    }
    var part = file.endsWith(".xml") ? openData.sitemapPart(file.substring(0, file.length() - 4)) : java.util.Optional.<OpenDataService.SitemapPart>empty();
    if (part.isEmpty()) {
      ctx.fail(new NotFound("sitemap", file));
      return;
    }
    openData.located(part.get(), 0).onSuccess(first -> {
      if (first.isEmpty() && part.get().number() > 1) {
        ctx.fail(new NotFound("sitemap", file));
        return;
      }
      HttpServerResponse response = xml(ctx).setChunked(true);
      response.write(Sitemap.URLSET_OPEN);
      write(ctx, part.get(), first, 0);
    }).onFailure(ctx::fail);
  }

  private void write(RoutingContext ctx, OpenDataService.SitemapPart part, List<OpenDataRepository.Located> batch, int offset) {
    HttpServerResponse response = ctx.response();
    if (response.closed()) return;
    String base = SecurityHeaders.publicUrl(ctx);
    Buffer chunk = Buffer.buffer();
    for (OpenDataRepository.Located located : batch) {
      chunk.appendString(Sitemap.url(base, part.section().path + located.id(), located.modified()));
    }
    int next = offset + batch.size();
    if (batch.size() < OpenDataService.SITEMAP_BATCH || next >= OpenDataService.SITEMAP_FILE) {
      response.end(chunk.appendString(Sitemap.URLSET_CLOSE));
      return;
    }
    response.write(chunk);
    Runnable more = () -> openData.located(part, next).onSuccess(following -> write(ctx, part, following, next))
        .onFailure(e -> response.reset());
    if (response.writeQueueFull()) response.drainHandler(v -> more.run());
    else more.run();
  }
}
