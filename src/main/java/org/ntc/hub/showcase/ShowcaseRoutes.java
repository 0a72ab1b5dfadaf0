package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FileNames;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import io.vertx.core.buffer.Buffer;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Uploads;
import org.ntc.hub.platform.WebContext;

/** The showcase API. */
public final class ShowcaseRoutes {
  static final String IMAGES = "/api/v1/showcases/:id/images";
  private final ShowcaseService showcases;

  private final PageCache pages;

  public ShowcaseRoutes(ShowcaseService showcases, PageCache pages) {
    this.pages = pages;
    this.showcases = showcases;
  }

  /** Image uploads: read only for members of a company, before the router's general body handler. */
  public static void mountUploads(Router router) {
    Uploads.mount(router, IMAGES, new Uploads.Rule(ShowcaseImages.MAX_BYTES,
        viewer -> viewer.memberships().stream().anyMatch(m -> m.type() == OrganisationType.COMPANY),
        "Only members of the showcase's company add its images", false));
  }

  public void mount(Router router) {
    router.get("/api/v1/taxonomy").respond(ctx -> Future.succeededFuture(Taxonomy.toJson(Languages.of(ctx))));
    router.get("/api/v1/showcases").handler(ctx -> {
      long generation = pages.generation();
      showcases.search(ShowcaseSearch.from(ctx.queryParams()), Languages.of(ctx)).onSuccess(page -> {
        Buffer json = page.toBuffer();
        pages.putJson(ctx, json, generation);
        ctx.response().putHeader("Content-Type", "application/json").end(json);
      }).onFailure(ctx::fail);
    });
    router.post("/api/v1/showcases").respond(ctx -> showcases
        .create(Bodies.json(ctx), WebContext.viewer(ctx), Languages.of(ctx))
        .onSuccess(created -> ctx.response().setStatusCode(201)));
    router.get("/api/v1/showcases/:id").respond(ctx -> showcases.find(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx)));
    router.patch("/api/v1/showcases/:id").respond(ctx -> showcases
        .update(Ids.path(ctx, "id"), Bodies.json(ctx), WebContext.viewer(ctx), Languages.of(ctx)));
    router.post("/api/v1/showcases/:id/submit").respond(ctx -> showcases
        .submit(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx)));
    router.post("/api/v1/showcases/:id/review").respond(ctx -> showcases
        .review(Ids.path(ctx, "id"), Bodies.json(ctx), WebContext.viewer(ctx), Languages.of(ctx)));
    router.post("/api/v1/showcases/:id/archive").respond(ctx -> showcases
        .archive(Ids.path(ctx, "id"), Bodies.json(ctx), WebContext.viewer(ctx), Languages.of(ctx)));
    router.post("/api/v1/showcases/:id/restore").respond(ctx -> showcases
        .restore(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx)));
    router.post("/api/v1/showcases/:id/contact").respond(ctx -> showcases
        .contact(Ids.path(ctx, "id"), Bodies.json(ctx), WebContext.viewer(ctx))
        .onSuccess(sent -> ctx.response().setStatusCode(201)));
    router.post(IMAGES).respond(this::upload);
    router.get(IMAGES + "/:imageId").handler(ctx -> showcases
        .image(Ids.path(ctx, "id"), Ids.path(ctx, "imageId"), WebContext.viewer(ctx))
        .onSuccess(answer -> ctx.response()
            .putHeader("Content-Type", answer.image().contentType())
            .putHeader("Content-Disposition", FileNames.attachment(answer.image().fileName()))
            .putHeader("X-Content-Type-Options", "nosniff")
            .putHeader("Content-Security-Policy", "default-src 'none'; sandbox")
            .putHeader("Cache-Control", answer.publicCache() ? "public, max-age=3600" : "private, no-store")
            .putHeader("ETag", "\"" + ctx.pathParam("imageId") + "\"")
            .end(answer.image().bytes()))
        .onFailure(ctx::fail));
    router.delete(IMAGES + "/:imageId").respond(ctx -> showcases
        .deleteImage(Ids.path(ctx, "id"), Ids.path(ctx, "imageId"), WebContext.viewer(ctx))
        .map(done -> {
          ctx.response().setStatusCode(204);
          return null;
        }));
    router.get("/api/v1/organisations/:id/messages").respond(ctx -> showcases
        .messages(Ids.path(ctx, "id"), WebContext.viewer(ctx), Paging.from(ctx.queryParams(), 20)));
  }

  private Future<JsonObject> upload(RoutingContext ctx) {
    Uploads.Part file = Uploads.file(ctx, "file").orElseThrow(() -> new Invalid("file", "attach an image in the part named file"));
    return showcases.addImage(Ids.path(ctx, "id"), file.bytes(), file.fileName(), ctx.request().getFormAttribute("alt"),
            WebContext.viewer(ctx))
        .onSuccess(created -> ctx.response().setStatusCode(201));
  }
}
