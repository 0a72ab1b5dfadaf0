package org.ntc.hub.showcase;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FileNames;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Authentication;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Uploads;
import org.ntc.hub.platform.WebContext;

/** The showcase API. */
public final class ShowcaseRoutes {
  private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
  static final String IMAGES = "/api/v1/showcases/:id/images";
  /** The catalogue's JSON, the same for every caller: its statement confirms a signed-in caller's session. */
  public static final String LISTING = "/api/v1/showcases";
  private final ShowcaseService showcases;
  private final PageCache pages;

  public ShowcaseRoutes(ShowcaseService showcases, PageCache pages) {
    this.showcases = showcases;
    this.pages = pages;
  }

  /** Image uploads, from the API and the showcase form: read only for members of a company, before the general body handler. */
  public static void mountUploads(Router router) {
    Uploads.Rule rule = new Uploads.Rule(ShowcaseImages.MAX_BYTES, viewer -> viewer.memberOfAny(OrganisationType.COMPANY),
        "Only members of the showcase's company add its images", false);
    Uploads.mount(router, IMAGES, rule);
    Uploads.mountPage(router, ShowcaseImagePages.IMAGE_UPLOAD, rule);
  }

  public void mount(Router router) {
    if (claims != null) new ClaimRoutes(claims).mount(router);
    router.get("/api/v1/taxonomy").respond(ctx -> Future.succeededFuture(Taxonomy.toJson(Languages.of(ctx))));
    router.get(LISTING).handler(this::search);
    // Who may ask is settled before the body is read: an anonymous caller hears 401, not what its body lacks.
    router.post("/api/v1/showcases").respond(ctx -> showcases
        .create(NewShowcase.from(Bodies.json(WebContext.signedIn(ctx))), WebContext.viewer(ctx))
        .map(created -> created.toJson(Languages.of(ctx)))
        .onSuccess(created -> ctx.response().setStatusCode(201)));
    router.get("/api/v1/showcases/:id").respond(ctx -> withEvidence(ctx, withClaims(ctx, showcases.find(Ids.path(ctx, "id"), WebContext.viewer(ctx)))));
    router.patch("/api/v1/showcases/:id").respond(ctx -> answer(ctx, showcases
        .update(Ids.path(ctx, "id"), ShowcaseChange.from(Bodies.json(WebContext.signedIn(ctx))), WebContext.viewer(ctx))));
    router.post("/api/v1/showcases/:id/submit").respond(ctx -> answer(ctx, showcases
        .submit(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.post("/api/v1/showcases/:id/review").respond(ctx -> answer(ctx, showcases
        .review(Ids.path(ctx, "id"), Review.from(Bodies.json(WebContext.staffOnly(ctx))), WebContext.viewer(ctx))));
    router.post("/api/v1/showcases/:id/archive").respond(ctx -> answer(ctx, showcases
        .archive(Ids.path(ctx, "id"), ArchiveRequest.from(Bodies.json(WebContext.signedIn(ctx))), WebContext.viewer(ctx))));
    router.post("/api/v1/showcases/:id/restore").respond(ctx -> answer(ctx, showcases
        .restore(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.post("/api/v1/showcases/:id/contact").respond(ctx -> showcases
        .contact(Ids.path(ctx, "id"), ContactRequest.from(Bodies.json(WebContext.signedIn(ctx))), WebContext.viewer(ctx))
        .map(SentMessage::toJson)
        .onSuccess(sent -> ctx.response().setStatusCode(201)));
    router.post(IMAGES).respond(this::upload);
    router.get(IMAGES + "/:imageId").handler(this::image);
    router.patch(IMAGES + "/:imageId").respond(ctx -> showcases
        .pictures().change(Ids.path(ctx, "id"), Ids.path(ctx, "imageId"), ImageChange.from(Bodies.json(WebContext.signedIn(ctx))),
            WebContext.viewer(ctx))
        .map(ShowcaseImage::toJson));
    router.delete(IMAGES + "/:imageId").respond(ctx -> showcases
        .pictures().delete(Ids.path(ctx, "id"), Ids.path(ctx, "imageId"), WebContext.viewer(ctx)));
    router.get("/api/v1/organisations/:id/messages").respond(ctx -> showcases
        .messages(Ids.path(ctx, "id"), WebContext.viewer(ctx), Paging.from(ctx.queryParams(), 20))
        .map(Inbox::toJson));
  }

  /** The catalogue, kept for the next anonymous visitor who asks the same until a showcase changes. */
  private void search(RoutingContext ctx) {
    long generation = pages.generation();
    String lang = Languages.of(ctx);
    ShowcaseSearch search = ShowcaseSearch.from(ctx.queryParams());
    // The page's own statement confirms a signed-in caller's session (see HttpVerticle: confirmedByRoute).
    showcases.search(search, Authentication.claim(ctx)).recover(failure -> Authentication.continueAsVisitor(ctx, failure)
        ? showcases.search(search) : Future.failedFuture(failure)).onSuccess(results -> {
      Buffer json = CatalogueJson.of(results, lang);
      pages.putJson(ctx, json, generation);
      ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(json);
    }).onFailure(ctx::fail);
  }

  private Future<JsonObject> upload(RoutingContext ctx) {
    Optional<Uploads.Part> file = Uploads.file(ctx, "file");
    NewImage image = NewImage.from(file.map(Uploads.Part::bytes).orElse(null), file.map(Uploads.Part::fileName).orElse(null),
        ctx.request().getFormAttribute("alt"));
    return showcases.pictures().add(Ids.path(ctx, "id"), image, WebContext.viewer(ctx))
        .map(ShowcaseImage::toJson)
        .onSuccess(created -> ctx.response().setStatusCode(201));
  }

  private void image(RoutingContext ctx) {
    showcases.pictures().bytes(Ids.path(ctx, "id"), Ids.path(ctx, "imageId"), WebContext.viewer(ctx))
        .onSuccess(answer -> ctx.response()
            .putHeader("Content-Type", answer.image().contentType())
            .putHeader("Content-Disposition", FileNames.attachment(answer.image().fileName()))
            .putHeader("X-Content-Type-Options", "nosniff")
            .putHeader("Content-Security-Policy", "default-src 'none'; sandbox")
            .putHeader("Cache-Control", answer.publicCache() ? "public, max-age=3600" : "private, no-store")
            .putHeader("ETag", "\"" + ctx.pathParam("imageId") + "\"")
            .end(answer.image().bytes()))
        .onFailure(ctx::fail);
  }

  private static Future<JsonObject> answer(RoutingContext ctx, Future<ShowcaseDetail> detail) {
    return detail.map(d -> d.toJson(Languages.of(ctx)));
  }



  private ShowcaseSections.Profile evidence = (id, lang) -> Future.succeededFuture(new JsonArray());

  /** The evidence profile the showcase's JSON carries, as {@code evidence}: supplied by the feature that gathers it. */
  public ShowcaseRoutes withEvidence(ShowcaseSections.Profile evidence) {
    this.evidence = evidence;
    return this;
  }

  private Future<JsonObject> withEvidence(RoutingContext ctx, Future<JsonObject> detail) {
    return detail.compose(json -> evidence.of(Ids.path(ctx, "id"), Languages.of(ctx)).map(profile -> json.put("evidence", profile)));
  }

  private ClaimService claims;

  /** The showcase's claims join its JSON, and staff verify them. */
  public ShowcaseRoutes withClaims(ClaimService claims) {
    this.claims = claims;
    return this;
  }

  private Future<JsonObject> withClaims(RoutingContext ctx, Future<ShowcaseDetail> detail) {
    String lang = Languages.of(ctx);
    if (claims == null) return detail.map(d -> d.toJson(lang));
    return detail.compose(d -> claims.of(d.showcase()).map(c -> d.toJson(lang).put("claims", c.toJson(lang))));
  }
}
