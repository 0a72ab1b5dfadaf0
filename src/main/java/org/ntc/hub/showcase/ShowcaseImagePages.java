package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Uploads;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * The images part of the showcase form: add one (a multipart form that works without scripts),
 * correct its alt text, move it, remove it. Every refusal comes back to the edit form, the
 * error beside the field it is about and in the summary at the top.
 */
final class ShowcaseImagePages {
  static final String IMAGE_UPLOAD = "/showcases/:id/images";
  private final ShowcaseService showcases;
  private final Views views;
  private final Function<RoutingContext, Future<Map<String, Object>>> editModel;

  /** {@code editModel}: the edit form's model for the showcase the request names, images included. */
  ShowcaseImagePages(ShowcaseService showcases, Views views, Function<RoutingContext, Future<Map<String, Object>>> editModel) {
    this.showcases = showcases;
    this.views = views;
    this.editModel = editModel;
  }

  void mount(Router router) {
    router.post(IMAGE_UPLOAD).handler(this::addImage).failureHandler(Uploads.backToForm((ctx, err) -> imageRefused(ctx, err, null)));
    router.post("/showcases/:id/images/:imageId").handler(this::changeImage);
    router.post("/showcases/:id/images/:imageId/remove").handler(this::removeImage);
  }

  static Map<String, Object> withImages(Map<String, Object> model, ShowcaseDetail detail, Viewer viewer, String lang) {
    List<ShowcaseImage> images = detail.images();
    model.put("imagesOpen", viewer.memberOf(detail.showcase().organisationId())
        && detail.showcase().status() != ShowcaseStatus.ARCHIVED);
    model.put("canAddImage", images.size() < ShowcaseImages.MAX_PER_SHOWCASE);
    model.put("images", images.stream().map(image -> imageModel(image, images.size(), lang)).toList());
    model.putIfAbsent("newAlt", "");
    return model;
  }

  private static Map<String, Object> imageModel(ShowcaseImage image, int count, String lang) {
    Map<String, Object> shown = new HashMap<>(image.toJson(lang).getMap());
    int position = image.position();
    shown.put("label", I18n.text(lang, "showcase.image.number", position, count));
    if (position > 1) shown.put("up", position - 1);
    if (position < count) shown.put("down", position + 1);
    shown.put("count", count);
    return shown;
  }

  private void addImage(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Forms.submit(() -> {
      Optional<Uploads.Part> file = Uploads.file(ctx, "file");
      NewImage image = NewImage.from(file.map(Uploads.Part::bytes).orElse(null), file.map(Uploads.Part::fileName).orElse(null),
          ctx.request().getFormAttribute("alt"));
      return showcases.pictures().add(id, image, WebContext.viewer(ctx));
    }, added -> Forms.redirect(ctx, "/showcases/" + id + "/edit?image=added#images"), err -> imageRefused(ctx, err, null));
  }

  private void changeImage(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    UUID imageId = Ids.path(ctx, "imageId");
    Forms.submit(() -> showcases.pictures().change(id, imageId, ImageChange.from(imageForm(ctx)), WebContext.viewer(ctx)),
        changed -> Forms.redirect(ctx, "/showcases/" + id + "/edit?image=saved#image-" + imageId),
        err -> imageRefused(ctx, err, imageId));
  }

  private void removeImage(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    showcases.pictures().delete(id, Ids.path(ctx, "imageId"), WebContext.viewer(ctx))
        .onSuccess(removed -> Forms.redirect(ctx, "/showcases/" + id + "/edit?image=removed#images"))
        .onFailure(ctx::fail);
  }

  /**
   * An image's form as the API's change: its alt text when it differs from the one shown, and a
   * place (typed, or one up or down from where it stands).
   */
  private static JsonObject imageForm(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    JsonObject change = new JsonObject();
    String alt = form.getString("alt");
    if (alt != null && !alt.equals(form.getString("currentAlt"))) change.put("alt", alt);
    String current = form.getString("current", "");
    String move = form.getString("move");
    if (current.matches("\\d{1,4}") && ("up".equals(move) || "down".equals(move))) {
      change.put("position", Math.max(1, Integer.parseInt(current) + ("up".equals(move) ? -1 : 1)));
    } else if (form.getString("position") != null && !form.getString("position").equals(current)) {
      change.put("position", form.getString("position"));
    }
    if (change.isEmpty()) change.put("position", current.isEmpty() ? "1" : current);
    return change;
  }

  /**
   * The edit form again, the refusal in words beside the field it is about: the new image's file
   * or alt text ({@code imageId} null), or one image's alt text or place.
   */
  private void imageRefused(RoutingContext ctx, Throwable err, UUID imageId) {
    String lang = Languages.of(ctx);
    Throwable shown = Forms.shownOnForm(err) ? imageProblem(err, imageId, lang) : err;
    String alt = imageId == null ? ctx.request().getFormAttribute("alt") : null;
    Forms.reshow(ctx, views, shown, "showcase/form", "showcase.imageError", () -> editModel.apply(ctx).map(model -> {
      if (alt != null) model.put("newAlt", alt);
      return model;
    }));
  }

  private static Throwable imageProblem(Throwable err, UUID imageId, String lang) {
    int status = Forms.status(err);
    if (status == 401 || status == 403 || status == 404) return err;
    String file = imageId == null ? "image-file" : "alt-" + imageId;
    List<FieldError> errors = new ArrayList<>();
    if (err instanceof Invalid invalid) {
      for (FieldError e : invalid.errors()) {
        String field = e.field();
        if (field.equals("alt")) errors.add(new FieldError(imageId == null ? "image-alt" : "alt-" + imageId, I18n.text(lang, "showcase.imageError.alt")));
        else if (field.equals("position")) errors.add(new FieldError("position-" + imageId, I18n.text(lang, "showcase.imageError.position")));
        else if (field.equals("file")) errors.add(new FieldError(file, I18n.text(lang, "showcase.imageError.file")));
        else errors.add(new FieldError(file, I18n.text(lang, "showcase.imageError.unreadable")));
      }
    } else {
      String key = switch (status) {
        case 413 -> "tooLarge";
        case 415 -> "type";
        case 409 -> imageId == null ? "conflict" : "archived";
        case 429 -> "busy";
        default -> "unreadable";
      };
      errors.add(new FieldError(file, I18n.text(lang, "showcase.imageError." + key)));
    }
    return new Invalid(errors);
  }
}
