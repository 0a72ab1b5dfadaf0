package org.ntc.hub.material;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.FileNames;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Uploads;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.Taxonomy;

/** The materials API ({@code /api/v1/materials}) and the {@code /materials} page. */
public final class MaterialRoutes {
  private final MaterialService materials;
  private final Views views;

  public MaterialRoutes(MaterialService materials, Views views) {
    this.materials = materials;
    this.views = views;
  }

  /** Files (up to 20 MB) are read only for contributors; a JSON link passes on to the general body handler. */
  public static void mountUploads(Router router) {
    Uploads.mount(router, "/api/v1/materials", new Uploads.Rule(MaterialService.MAX_BYTES, Viewer::centreMember,
        "Staff and members of verified organisations add learning material", true));
  }

  public void mount(Router router) {
    router.get("/api/v1/materials").respond(ctx -> materials.list(filter(ctx), Paging.from(ctx.queryParams(), 20),
        WebContext.viewer(ctx), Languages.of(ctx)));
    router.post("/api/v1/materials").respond(this::create);
    router.get("/api/v1/materials/:id").respond(ctx -> materials.find(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx)));
    router.get("/api/v1/materials/:id/file").handler(ctx -> materials.file(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .onSuccess(file -> {
          if (file.kind().equals("link")) {
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
              .putHeader("Cache-Control", file.visibility().equals("public") ? "public, max-age=3600" : "private, no-store")
              .end(file.bytes());
        })
        .onFailure(ctx::fail));
    router.get("/materials").handler(ctx -> {
      String lang = Languages.of(ctx);
      views.render(ctx, "material/list", materials.list(filter(ctx), Paging.from(ctx.queryParams(), 20), WebContext.viewer(ctx), lang)
          .map(page -> Map.of("page", page.getMap(), "items", page.getJsonArray("items").stream().map(i -> {
            JsonObject item = (JsonObject) i;
            return Map.<String, Object>of("id", item.getString("id"), "title", item.getString("title"), "url", item.getString("url"),
                "kind", item.getString("kind"), "topic", I18n.text(lang, "category." + item.getString("topic")),
                "language", I18n.text(lang, "spoken." + item.getString("language")),
                "membersOnly", item.getString("visibility").equals("members"));
          }).toList(), "q", ctx.request().getParam("q", ""))));
    });
  }

  private Future<JsonObject> create(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    if (type != null && type.toLowerCase().startsWith("multipart/")) {
      Uploads.Part file = Uploads.file(ctx, "file").orElse(null);
      JsonObject fields = new JsonObject();
      ctx.request().formAttributes().forEach((name, value) -> {
        if (name.startsWith("title.")) {
          fields.put("title", fields.getJsonObject("title", new JsonObject()).put(name.substring(6), value));
        } else {
          fields.put(name, value);
        }
      });
      return materials.addFile(fields, file == null ? null : file.fileName(), file == null ? null : file.bytes(),
          WebContext.viewer(ctx), Languages.of(ctx)).onSuccess(created -> ctx.response().setStatusCode(201));
    }
    return materials.addLink(Bodies.json(ctx), WebContext.viewer(ctx), Languages.of(ctx))
        .onSuccess(created -> ctx.response().setStatusCode(201));
  }

  private static MaterialRepository.Filter filter(RoutingContext ctx) {
    JsonObject query = Bodies.query(ctx.queryParams());
    FieldErrors errors = new FieldErrors();
    String q = errors.text(query, "q", 1, 200, false);
    String topic = errors.oneOf(query, "topic", Set.copyOf(Taxonomy.CATEGORIES), false);
    String language = errors.oneOf(query, "language", Set.copyOf(I18n.LANGUAGES), false);
    java.util.UUID training = errors.uuid(query, "training", false);
    errors.throwIfAny();
    return new MaterialRepository.Filter(q, topic, language, training);
  }
}
