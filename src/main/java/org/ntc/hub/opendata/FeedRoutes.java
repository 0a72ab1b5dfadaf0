package org.ntc.hub.opendata;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.SecurityHeaders;

/** {@code /feeds/{showcases|trainings|challenges|library}.atom}: the newest public items, in the reader's language. */
public final class FeedRoutes {
  private final OpenDataService openData;

  public FeedRoutes(OpenDataService openData) {
    this.openData = openData;
  }

  public void mount(Router router) {
    router.get("/feeds/:file").handler(this::feed);
  }

  private void feed(RoutingContext ctx) {
    String file = ctx.pathParam("file");
    if (!file.endsWith(".atom")) {
      ctx.fail(new NotFound("feed", file));
      return;
    }
    Feed feed;
    try {
      feed = openData.feed(file.substring(0, file.length() - ".atom".length()));
    } catch (NotFound e) {
      ctx.fail(e);
      return;
    }
    String lang = Languages.of(ctx);
    openData.newest(feed).onSuccess(items -> ctx.response()
        .putHeader("Content-Type", Atom.MEDIA_TYPE)
        .putHeader("Cache-Control", "public, max-age=300")
        .putHeader("Vary", "Accept-Language, Cookie")
        .putHeader("Link", OpenDataRoutes.LICENCE_LINK)
        .end(Atom.feed(feed, items, lang, SecurityHeaders.publicUrl(ctx), openData.now())))
        .onFailure(ctx::fail);
  }
}
