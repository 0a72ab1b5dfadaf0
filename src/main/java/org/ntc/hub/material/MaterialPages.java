package org.ntc.hub.material;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.TooLarge;
import org.ntc.hub.platform.UnsupportedMedia;
import org.ntc.hub.platform.Uploads;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.Taxonomy;

/**
 * {@code /materials}: the list, and the forms with which staff and members of verified
 * organisations add material (a file, or a link), edit it and withdraw it.
 */
public final class MaterialPages {
  static final String NEW = "/materials/new";
  private static final Set<String> DONE = Set.of("added", "saved", "withdrawn");
  private static final Set<String> GATE_ERRORS = Set.of("size", "unreadable");
  /** The fields in the order the form shows them, so that the error summary follows the form. */
  private static final List<String> FIELD_ORDER = List.of("file", "title", "url", "topic", "language", "visibility", "organisationId");
  private final MaterialService materials;
  private final Views views;

  public MaterialPages(MaterialService materials, Views views) {
    this.materials = materials;
    this.views = views;
  }

  /** The upload gate of the new-material form, mounted before any body is read (see {@link Uploads#mountPage}). */
  static void mountUploads(Router router) {
    Uploads.mountPage(router, NEW, new Uploads.Rule(MaterialService.MAX_BYTES, Viewer::centreMember,
        "Staff and members of verified organisations add learning material", true));
  }

  public void mount(Router router) {
    router.get("/materials").handler(this::list);
    router.get(NEW).handler(Forms::signInFirst).handler(this::newForm);
    router.post(NEW).handler(Forms::signInFirst).handler(this::create).failureHandler(MaterialPages::unreadUpload);
    router.get("/materials/:id/edit").handler(Forms::signInFirst).handler(this::editForm);
    router.post("/materials/:id/edit").handler(Forms::signInFirst).handler(this::edit);
    router.get("/materials/:id/withdraw").handler(Forms::signInFirst).handler(this::confirmWithdrawal);
    router.post("/materials/:id/withdraw").handler(Forms::signInFirst).handler(this::withdraw);
  }

  private void list(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    MaterialQuery query = MaterialQuery.from(ctx.queryParams());
    Paging paging = Paging.from(ctx.queryParams(), 20);
    String done = ctx.request().getParam("done");
    views.render(ctx, "material/list", materials.list(query, paging, viewer).map(list -> {
      Map<String, Object> model = new HashMap<>();
      model.put("items", list.items().stream().map(m -> card(m, viewer, lang)).toList());
      model.put("q", ctx.request().getParam("q", ""));
      model.put("mayAdd", viewer.centreMember());
      if (done != null && DONE.contains(done)) model.put("done", I18n.text(lang, "materials.done." + done));
      String base = "/materials?" + Views.queryWithout(ctx, "page", "done") + "page=";
      model.put("pager", paging.pager(list.total(), page -> base + page));
      return model;
    }));
  }

  private void newForm(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    MaterialService.requireContributor(viewer);
    boolean link = "link".equals(ctx.request().getParam("kind"));
    Map<String, Object> model = formModel(ctx, null, new JsonObject(), link);
    String gate = ctx.request().getParam("error");
    if (!link && gate != null && GATE_ERRORS.contains(gate)) {
      String message = I18n.text(Languages.of(ctx), gate.equals("size") ? "materials.error.fileSize" : "materials.error.unreadable");
      model.put("errors", Map.of("file", message));
      model.put("errorSummary", List.of(Map.of("field", "file", "message", message)));
      views.page(ctx, 400, "material/form", model).onFailure(ctx::fail);
      return;
    }
    views.page(ctx, "material/form", model).onFailure(ctx::fail);
  }

  /** A file form or a link form, told apart by how it was sent. */
  private void create(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    boolean file = isMultipart(ctx);
    JsonObject body = fields(ctx);
    Forms.submit(() -> {
      MaterialService.requireContributor(viewer);
      if (!file) return materials.addLink(NewMaterial.from(body, true), viewer);
      Uploads.Part part = Uploads.file(ctx, "file").filter(p -> p.bytes().length() > 0).orElse(null);
      NewMaterial material = fileFields(body, part, lang);
      return materials.addFile(material, part.fileName(), part.bytes(), viewer);
    }, added -> Forms.redirect(ctx, "/materials?done=added"),
        err -> Forms.reshow(ctx, views, onForm(err, lang), "material/form", "materials.error", formModel(ctx, null, body, !file)));
  }

  /** The file form's fields, with a missing file named beside the other fields' errors. */
  private static NewMaterial fileFields(JsonObject body, Uploads.Part part, String lang) {
    List<FieldError> errors = new ArrayList<>();
    if (part == null) errors.add(new FieldError("file", I18n.text(lang, "materials.error.fileMissing")));
    try {
      NewMaterial material = NewMaterial.from(body, false);
      if (!errors.isEmpty()) throw new Invalid(errors);
      return material;
    } catch (Invalid invalid) {
      errors.addAll(invalid.errors());
      throw new Invalid(errors);
    }
  }

  /** A file refused for its type or size is told on the form, beside the file field, in the reader's language. */
  private static Throwable onForm(Throwable err, String lang) {
    if (err instanceof UnsupportedMedia) return new Invalid("file", I18n.text(lang, "materials.error.fileType"));
    if (err instanceof TooLarge) return new Invalid("file", I18n.text(lang, "materials.error.fileSize"));
    if (err instanceof Invalid invalid) {
      List<FieldError> errors = new ArrayList<>(invalid.errors());
      errors.sort(Comparator.comparingInt(e -> {
        int at = FIELD_ORDER.indexOf(e.field().replaceAll("\\..*", ""));
        return at < 0 ? FIELD_ORDER.size() : at;
      }));
      return new Invalid(errors);
    }
    return err;
  }

  /**
   * An upload refused before it was read (too large, or not readable as multipart) has no fields
   * to show again and no form token yet: the form is shown afresh with what went wrong.
   */
  private static void unreadUpload(RoutingContext ctx) {
    boolean unread = ctx.get(WebContext.CSRF_TOKEN) == null && !ctx.response().headWritten();
    Throwable failure = ctx.failure();
    if (unread && failure instanceof TooLarge) {
      Forms.redirect(ctx, NEW + "?error=size");
    } else if (unread && failure instanceof Invalid) {
      Forms.redirect(ctx, NEW + "?error=unreadable");
    } else {
      ctx.next();
    }
  }

  private void editForm(RoutingContext ctx) {
    materials.editable(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .compose(material -> views.page(ctx, "material/form", formModel(ctx, material, stored(material), false)))
        .onFailure(ctx::fail);
  }

  private void edit(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    JsonObject body = fields(ctx);
    Forms.submit(() -> materials.change(id, MaterialChange.from(body), viewer),
        saved -> Forms.redirect(ctx, "/materials?done=saved"),
        err -> Forms.reshow(ctx, views, onForm(err, Languages.of(ctx)), "material/form", "materials.error",
            () -> materials.editable(id, viewer).map(material -> formModel(ctx, material, body, false))));
  }

  private void confirmWithdrawal(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    materials.editable(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .compose(material -> views.page(ctx, "material/withdraw", Map.of("id", material.id().toString(),
            "title", material.title().in(lang), "kind", kindText(material, lang))))
        .onFailure(ctx::fail);
  }

  private void withdraw(RoutingContext ctx) {
    Forms.submit(() -> materials.withdraw(Ids.path(ctx, "id"), WebContext.viewer(ctx),
        WebContext.address(ctx)),
        done -> Forms.redirect(ctx, "/materials?done=withdrawn"), ctx::fail);
  }

  private static boolean isMultipart(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /** The form's fields as the API's JSON: title_fi → title.fi; blank fields are left out. */
  private static JsonObject fields(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    JsonObject body = new JsonObject();
    JsonObject title = new JsonObject();
    for (String name : form.fieldNames()) {
      String value = form.getString(name);
      if (name.startsWith("title_")) {
        title.put(name.substring("title_".length()), value == null ? "" : value);
      } else if (value != null && !value.isBlank()) {
        body.put(name, value);
      }
    }
    if (form.fieldNames().stream().anyMatch(n -> n.startsWith("title_"))) body.put("title", title);
    return body;
  }

  /** A stored material's fields as the form's body. */
  private static JsonObject stored(Material m) {
    JsonObject body = new JsonObject().put("title", m.title().toJson()).put("topic", m.topic()).put("language", m.language())
        .put("visibility", m.visibility().code());
    if (m.kind() == MaterialKind.LINK) body.put("url", m.url());
    return body;
  }

  /** The new-material form (a file, or with {@code link} a link) or, for {@code material}, its edit form, with these values. */
  private static Map<String, Object> formModel(RoutingContext ctx, Material material, JsonObject values, boolean link) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    Map<String, Object> model = new HashMap<>();
    boolean isLink = material == null ? link : material.kind() == MaterialKind.LINK;
    model.put("isLink", isLink);
    model.put("form", values.getMap());
    if (material != null) {
      model.put("id", material.id().toString());
      model.put("heading", material.title().in(lang));
      if (!isLink) model.put("fileNote", I18n.text(lang, "materials.edit.fileNote", material.fileName(),
          fileType(material, lang), size(material.size(), lang)));
    } else {
      model.put("organisations", organisations(viewer, values.getString("organisationId"), lang));
    }
    JsonObject title = values.getJsonObject("title", new JsonObject());
    List<Map<String, Object>> texts = new ArrayList<>();
    for (String code : readerFirst(lang)) {
      texts.add(Map.of("code", code, "label", I18n.text(lang, "spoken." + code), "value", title.getString(code, "")));
    }
    model.put("texts", texts);
    model.put("topics", Taxonomy.CATEGORIES.stream().map(topic -> Map.of("value", topic, "label",
        I18n.text(lang, "category." + topic), "selected", topic.equals(values.getString("topic")))).toList());
    model.put("languageChoices", I18n.LANGUAGES.stream().map(code -> Map.of("value", code, "label",
        I18n.text(lang, "spoken." + code), "selected", code.equals(values.getString("language")))).toList());
    String visibility = values.getString("visibility", Visibility.PUBLIC.code());
    model.put("visibilities", List.of(Visibility.values()).stream().map(v -> Map.of("value", v.code(), "label",
        I18n.text(lang, "materials.visibility." + v.code()), "checked", v.code().equals(visibility))).toList());
    return model;
  }

  /** The organisations the viewer may publish for, when there is a choice to make; none for a member of only one. */
  private static List<Map<String, Object>> organisations(Viewer viewer, String chosen, String lang) {
    List<Map<String, Object>> options = new ArrayList<>();
    List<Viewer.Membership> verified = viewer.memberships().stream().filter(Viewer.Membership::verified).toList();
    if (verified.isEmpty() || verified.size() == 1 && !viewer.staff()) return options;
    if (viewer.staff()) options.add(Map.of("value", "", "label", I18n.text(lang, "materials.field.staffOwn"), "selected", chosen == null));
    for (Viewer.Membership m : verified) {
      String id = m.organisationId().toString();
      options.add(Map.of("value", id, "label", m.organisationName(), "selected", id.equals(chosen)));
    }
    return options;
  }

  private static List<String> readerFirst(String lang) {
    List<String> codes = new ArrayList<>(List.of(lang));
    I18n.LANGUAGES.stream().filter(code -> !code.equals(lang)).forEach(codes::add);
    return codes;
  }

  private static Map<String, Object> card(Material material, Viewer viewer, String lang) {
    Map<String, Object> card = new HashMap<>();
    card.put("id", material.id().toString());
    card.put("title", material.title().in(lang));
    card.put("url", material.href());
    card.put("kind", kindText(material, lang));
    card.put("topic", I18n.text(lang, "category." + material.topic()));
    card.put("language", I18n.text(lang, "spoken." + material.language()));
    card.put("membersOnly", material.visibility() == Visibility.MEMBERS);
    card.put("editable", MaterialService.mayChange(material, viewer));
    return card;
  }

  /** "Link", or "File: PDF, 1.2 MB", in the reader's language. */
  static String kindText(Material material, String lang) {
    if (material.kind() == MaterialKind.LINK) return I18n.text(lang, "materials.kind.link");
    return I18n.text(lang, "materials.kind.file", fileType(material, lang), size(material.size(), lang));
  }

  private static String fileType(Material material, String lang) {
    return I18n.text(lang, "materials.fileType." + ("application/pdf".equals(material.contentType()) ? "pdf" : "presentation"));
  }

  /** A file's size as people read it: kB below a megabyte, else MB with one decimal, in the reader's number format. */
  static String size(Integer bytes, String lang) {
    long n = bytes == null ? 0 : bytes;
    if (n < 1024 * 1024) return I18n.text(lang, "materials.size.kb", Math.max(1, Math.round(n / 1024.0)));
    return I18n.text(lang, "materials.size.mb", n / (1024.0 * 1024.0));
  }
}
