package org.ntc.hub.material;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FileNames;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Uploads;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** The materials API ({@code /api/v1/materials}); {@link MaterialPages} has the pages. */
public final class MaterialRoutes {
  private final MaterialService materials;

  public MaterialRoutes(MaterialService materials) {
    this.materials = materials;
  }

  /**
   * Files (up to 20 MB) are read only for contributors; a JSON link (or the page's link form) passes
   * on to the general body handler.
   */
  public static void mountUploads(Router router) {
    MaterialPages.mountUploads(router);
    Uploads.mount(router, "/api/v1/materials", new Uploads.Rule(MaterialService.MAX_BYTES, Viewer::centreMember,
        "Staff and members of verified organisations add learning material", true));
  }

  public void mount(Router router) {
    router.get("/api/v1/materials").respond(ctx -> {
      MaterialQuery query = MaterialQuery.from(ctx.queryParams());
      Paging paging = Paging.from(ctx.queryParams(), 20);
      String lang = Languages.of(ctx);
      return materials.list(query, paging, WebContext.viewer(ctx))
          .map(list -> paging.page(list.items().stream().map(m -> m.toJson(lang)).toList(), list.total()));
    });
    router.post("/api/v1/materials").respond(ctx -> create(ctx).map(created -> {
      ctx.response().setStatusCode(201);
      return created.toJson(Languages.of(ctx));
    }));
    router.get("/api/v1/materials/:id").respond(ctx -> materials.find(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(material -> material.toJson(Languages.of(ctx))));
    router.patch("/api/v1/materials/:id").respond(ctx -> materials.change(Ids.path(ctx, "id"),
        MaterialChange.from(Bodies.json(ctx)), WebContext.viewer(ctx)).map(material -> material.toJson(Languages.of(ctx))));
    router.delete("/api/v1/materials/:id").respond(ctx -> materials.withdraw(Ids.path(ctx, "id"), WebContext.viewer(ctx),
        WebContext.address(ctx))
        .onSuccess(done -> ctx.response().setStatusCode(204)));
    router.get("/api/v1/materials/:id/file").handler(ctx -> materials.file(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .onSuccess(file -> {
          if (file.kind() == MaterialKind.LINK) {
            // Never a redirect: this site's address must not send people on to wherever a member pointed it.
            ctx.fail(new NotFound("This material is a link, not a file; its address is the material's url"));
            return;
          }
          // A name stored before names followed the type is given the type's extension here too.
          String name = FileNames.forType(file.fileName(), file.contentType(), "material");
          ctx.response().putHeader("Content-Type", file.contentType())
              .putHeader("Content-Disposition", FileNames.attachment(name))
              .putHeader("X-Content-Type-Options", "nosniff")
              .putHeader("Content-Security-Policy", "default-src 'none'; sandbox")
              .putHeader("Cache-Control", file.visibility() == Visibility.PUBLIC ? "public, max-age=3600" : "private, no-store")
              .end(file.bytes());
        })
        .onFailure(ctx::fail));
  }

  /** A link as JSON, or a file as multipart with the same fields beside it (a title as {@code title.en} and so on). */
  private Future<Material> create(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      Uploads.Part file = Uploads.file(ctx, "file").orElse(null);
      Viewer viewer = WebContext.viewer(ctx);
      MaterialService.requireContributor(viewer);
      return materials.addFile(NewMaterial.from(fields(ctx), false), file == null ? null : file.fileName(),
          file == null ? null : file.bytes(), viewer);
    }
    JsonObject body = Bodies.json(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    MaterialService.requireContributor(viewer);
    return materials.addLink(NewMaterial.from(body, true), viewer);
  }

  private static JsonObject fields(RoutingContext ctx) {
    JsonObject fields = new JsonObject();
    ctx.request().formAttributes().forEach((name, value) -> {
      if (name.startsWith("title.")) {
        fields.put("title", fields.getJsonObject("title", new JsonObject()).put(name.substring(6), value));
      } else {
        fields.put(name, value);
      }
    });
    return fields;
  }
}
