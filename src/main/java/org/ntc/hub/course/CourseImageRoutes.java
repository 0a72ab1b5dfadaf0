package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Uploads;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.NewImage;
import org.ntc.hub.showcase.ShowcaseImages;

/**
 * Lessons' images: added and removed from the API and from the lesson's editor page (a multipart
 * form that works without scripts), and served from where every page and client can fetch them.
 */
public final class CourseImageRoutes {
  static final String API = "/api/v1/courses/:id/lessons/:lessonId/images";
  static final String PAGE = "/courses/:id/edit/lessons/:lessonId/images";
  private final CourseImages images;
  private final Views views;
  private final Function<RoutingContext, Future<Map<String, Object>>> lessonEditor;

  /** {@code lessonEditor}: the lesson editor's model for the lesson the request names, to show a refusal on. */
  public CourseImageRoutes(CourseImages images, Views views, Function<RoutingContext, Future<Map<String, Object>>> lessonEditor) {
    this.images = images;
    this.views = views;
    this.lessonEditor = lessonEditor;
  }

  /** The upload gate: bodies read only for those who write courses, before the general body handler. */
  public static void mountUploads(Router router) {
    Uploads.Rule rule = new Uploads.Rule(ShowcaseImages.MAX_BYTES, CourseService::writes,
        "Only the course's organisation's members and staff add its images", false);
    Uploads.mount(router, API, rule);
    Uploads.mountPage(router, PAGE, rule);
  }

  public void mount(Router router) {
    router.post(API).respond(ctx -> images.add(Ids.path(ctx, "id"), Ids.path(ctx, "lessonId"), image(ctx), WebContext.viewer(ctx))
        .onSuccess(added -> ctx.response().setStatusCode(201)));
    router.delete(API + "/:imageId").respond(ctx -> images
        .remove(Ids.path(ctx, "id"), Ids.path(ctx, "lessonId"), Ids.path(ctx, "imageId"), WebContext.viewer(WebContext.signedIn(ctx)))
        .onSuccess(done -> ctx.response().setStatusCode(204)));
    router.get("/courses/:id/images/:imageId").handler(this::serve);
    router.post(PAGE).handler(Forms::signInFirst).handler(this::addOnPage).failureHandler(Uploads.backToForm(this::refused));
    router.post(PAGE + "/:imageId/remove").handler(Forms::signInFirst).handler(ctx -> images
        .remove(Ids.path(ctx, "id"), Ids.path(ctx, "lessonId"), Ids.path(ctx, "imageId"), WebContext.viewer(ctx))
        .onSuccess(done -> Forms.redirect(ctx, editorUrl(ctx) + "?image=removed#images"))
        .onFailure(err -> refused(ctx, err)));
  }

  private static NewImage image(RoutingContext ctx) {
    Optional<Uploads.Part> file = Uploads.file(ctx, "file");
    return NewImage.from(file.map(Uploads.Part::bytes).orElse(null), file.map(Uploads.Part::fileName).orElse(null),
        ctx.request().getFormAttribute("alt"));
  }

  private void serve(RoutingContext ctx) {
    images.bytes(Ids.path(ctx, "id"), Ids.path(ctx, "imageId"), WebContext.viewer(ctx))
        .onSuccess(image -> ctx.response()
            .putHeader("Content-Type", image.contentType())
            .putHeader("Content-Security-Policy", "default-src 'none'; sandbox")
            // An image's bytes never change under its id; only who may read it does.
            .putHeader("Cache-Control", image.shared() ? "public, max-age=31536000, immutable" : "private, no-store")
            .putHeader("ETag", "\"" + ctx.pathParam("imageId") + "\"")
            .end(image.bytes()))
        .onFailure(ctx::fail);
  }

  private void addOnPage(RoutingContext ctx) {
    Forms.submit(() -> images.add(Ids.path(ctx, "id"), Ids.path(ctx, "lessonId"), image(ctx), WebContext.viewer(ctx)),
        added -> Forms.redirect(ctx, editorUrl(ctx) + "?image=added#images"), err -> refused(ctx, err));
  }

  /** The lesson's editor again, the refusal in words beside the file or the alt text. */
  private void refused(RoutingContext ctx, Throwable err) {
    String lang = Languages.of(ctx);
    Throwable shown = Forms.shownOnForm(err) ? onForm(err, lang) : err;
    String alt = ctx.request().getFormAttribute("alt");
    Forms.reshow(ctx, views, shown, "course/lesson-form", "course.image.error", () -> lessonEditor.apply(ctx).map(model -> {
      if (alt != null) model.put("newAlt", alt);
      return model;
    }));
  }

  private static Throwable onForm(Throwable err, String lang) {
    int status = Forms.status(err);
    if (status == 401 || status == 403 || status == 404) return err;
    if (err instanceof Invalid invalid && invalid.errors().stream().anyMatch(e -> e.field().equals("alt"))) {
      return new Invalid("imageAlt", I18n.text(lang, "course.image.error.alt"));
    }
    String key = switch (status) {
      case 400 -> err instanceof Invalid invalid && invalid.errors().stream().anyMatch(e -> e.field().equals("file")) ? "file" : "unreadable";
      case 413 -> "tooLarge";
      case 415 -> "type";
      case 409 -> "conflict";
      case 429 -> "busy";
      default -> "unreadable";
    };
    return new Invalid("imageFile", I18n.text(lang, "course.image.error." + key));
  }

  private static String editorUrl(RoutingContext ctx) {
    return "/courses/" + Ids.path(ctx, "id") + "/edit/lessons/" + Ids.path(ctx, "lessonId");
  }
}
