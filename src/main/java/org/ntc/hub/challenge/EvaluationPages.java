package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.evidence.MastDomain;
import org.ntc.hub.evidence.Rating;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * {@code /pilots/{id}/evaluation}: the form with which the pilot's contact point writes its
 * evaluation after MAST, the same body as {@code PUT /api/v1/pilots/{id}/evaluation}.
 */
final class EvaluationPages {
  private static final String TEMPLATE = "challenge/evaluation";
  private final PilotService pilots;
  private final Views views;

  EvaluationPages(PilotService pilots, Views views) {
    this.pilots = pilots;
    this.views = views;
  }

  void mount(Router router) {
    router.get("/pilots/:id/evaluation").handler(Forms::signInFirst).handler(this::form);
    router.post("/pilots/:id/evaluation").handler(Forms::signInFirst).handler(this::evaluate);
  }

  private void form(RoutingContext ctx) {
    model(ctx, null, Map.of()).compose(model -> views.page(ctx, TEMPLATE, model)).onFailure(ctx::fail);
  }

  private void evaluate(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    JsonObject body = body(Forms.json(ctx, Set.of()));
    Forms.submit(() -> {
      viewer.requireStaff();
      return pilots.evaluate(id, PilotEvaluation.from(body), viewer, WebContext.address(ctx));
    }, saved -> Forms.redirect(ctx, "/pilots/" + id + "?saved=1#pilot-evaluation"), err -> {
      Throwable shown = err instanceof Invalid invalid ? onForm(invalid, lang) : err;
      Map<String, Object> errors = Forms.fieldErrors(shown, lang, "evaluation.error");
      Forms.reshow(ctx, views, shown, TEMPLATE, "evaluation.error", () -> model(ctx, body, errors));
    });
  }

  /** The page: the pilot named, and the form filled from what was sent, else from the evaluation as stored. */
  private Future<Map<String, Object>> model(RoutingContext ctx, JsonObject sent, Map<String, Object> errors) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    viewer.requireStaff();
    return pilots.view(Ids.path(ctx, "id"), viewer).map(view -> {
      Pilot pilot = view.pilot();
      if (!PilotService.runs(pilot, viewer)) throw new Forbidden("The pilot's own contact point evaluates it");
      JsonObject values = sent != null ? sent : pilot.evaluation() != null ? pilot.evaluation().toJson() : new JsonObject();
      Map<String, Object> model = new HashMap<>();
      model.put("pilotId", pilot.id().toString());
      model.put("showcaseTitle", view.showcaseTitle().in(lang));
      model.put("testArena", pilot.testArena());
      model.put("contactPointName", pilot.contactPoint().name(lang));
      model.put("fresh", pilot.evaluation() == null);
      JsonObject maturity = values.getJsonObject("maturity", new JsonObject());
      model.put("maturityChoices", choices("maturity", PilotEvaluation.Maturity.values(), "maturity.", maturity.getString("level"), lang));
      model.put("maturityNotes", texts("maturityNote", maturity.getJsonObject("note"), lang));
      model.put("maturityError", errors.get("maturity"));
      model.put("maturityNoteError", errors.get("maturityNote"));
      JsonObject domains = values.getJsonObject("domains", new JsonObject());
      model.put("domains", Arrays.stream(MastDomain.values()).map(domain -> {
        JsonObject said = domains.getJsonObject(domain.code(), new JsonObject());
        String prefix = "domains-" + domain.code();
        Map<String, Object> row = new HashMap<>();
        row.put("code", domain.code());
        row.put("label", I18n.text(lang, "mast.domain." + domain.code()));
        row.put("about", I18n.text(lang, "mast.about." + domain.code()));
        row.put("ratings", choices(prefix + "-rating", Rating.values(), "mast.rating.", said.getString("rating", "not-assessed"), lang));
        row.put("findings", texts(prefix + "-finding", said.getJsonObject("finding"), lang));
        row.put("ratingError", errors.get(prefix + "-rating"));
        row.put("findingError", errors.get(prefix + "-finding"));
        return row;
      }).toList());
      JsonObject transfer = values.getJsonObject("transferability", new JsonObject());
      model.put("transfers", Arrays.stream(PilotEvaluation.Transfer.values()).map(part -> {
        JsonObject said = transfer.getJsonObject(part.key(), new JsonObject());
        String prefix = "transferability-" + part.key();
        Map<String, Object> row = new HashMap<>();
        row.put("key", part.key());
        row.put("label", I18n.text(lang, "transfer." + part.key()));
        row.put("ratings", choices(prefix + "-rating", PilotEvaluation.Likelihood.values(), "transfer.rating.",
            said.getString("rating", "not-assessed"), lang));
        row.put("notes", texts(prefix + "-note", said.getJsonObject("note"), lang));
        row.put("ratingError", errors.get(prefix + "-rating"));
        row.put("noteError", errors.get(prefix + "-note"));
        return row;
      }).toList());
      return model;
    });
  }

  /** Radio buttons: the first one's id is the group's, so the error summary links to it. */
  private static <E extends Enum<E> & Coded> List<Map<String, Object>> choices(String id, E[] values, String prefix, String chosen,
                                                                                 String lang) {
    List<Map<String, Object>> choices = new ArrayList<>();
    for (E value : values) {
      choices.add(Map.of("id", choices.isEmpty() ? id : id + "-" + value.code(), "name", id, "value", value.code(),
          "label", I18n.text(lang, prefix + value.code()), "checked", value.code().equals(chosen)));
    }
    return choices;
  }

  /** One text area per language; the first one's id is the field's. */
  private static List<Map<String, Object>> texts(String id, JsonObject texts, String lang) {
    List<Map<String, Object>> fields = new ArrayList<>();
    for (String code : I18n.LANGUAGES) {
      fields.add(Map.of("id", fields.isEmpty() ? id : id + "-" + code, "name", id + "_" + code, "code", code,
          "label", I18n.text(lang, "spoken." + code), "text", texts == null ? "" : texts.getString(code, "")));
    }
    return fields;
  }

  /** The form's fields as the API's body: a rating not chosen is not assessed; blank texts are left out. */
  static JsonObject body(JsonObject form) {
    JsonObject maturity = new JsonObject().put("note", localised(form, "maturityNote"));
    if (!form.getString("maturity", "").isBlank()) maturity.put("level", form.getString("maturity"));
    JsonObject domains = new JsonObject();
    for (MastDomain domain : MastDomain.values()) {
      String prefix = "domains-" + domain.code();
      domains.put(domain.code(), new JsonObject().put("rating", form.getString(prefix + "-rating", "not-assessed"))
          .put("finding", localised(form, prefix + "-finding")));
    }
    JsonObject transfer = new JsonObject();
    for (PilotEvaluation.Transfer part : PilotEvaluation.Transfer.values()) {
      String prefix = "transferability-" + part.key();
      transfer.put(part.key(), new JsonObject().put("rating", form.getString(prefix + "-rating", "not-assessed"))
          .put("note", localised(form, prefix + "-note")));
    }
    return new JsonObject().put("maturity", maturity).put("domains", domains).put("transferability", transfer);
  }

  private static JsonObject localised(JsonObject form, String name) {
    JsonObject texts = new JsonObject();
    for (String code : I18n.LANGUAGES) {
      String text = form.getString(name + "_" + code, "");
      if (!text.isBlank()) texts.put(code, text);
    }
    return texts;
  }

  /** The API's refusal as the form tells it: each error at the input that holds it, in the reader's words. */
  static Invalid onForm(Invalid invalid, String lang) {
    List<FieldError> errors = new ArrayList<>();
    for (FieldError error : invalid.errors()) {
      String[] parts = error.field().split("\\.");
      String part = parts.length > 2 ? parts[2] : "rating";
      switch (parts[0]) {
        case "maturity" -> errors.add(parts.length > 1 && parts[1].equals("note")
            ? new FieldError("maturityNote", I18n.text(lang, "evaluation.error.maturityNote"))
            : new FieldError("maturity", I18n.text(lang, "evaluation.error.maturity")));
        case "domains" -> {
          String label = parts.length > 1 ? I18n.text(lang, "mast.domain." + parts[1]) : "";
          errors.add(new FieldError("domains-" + (parts.length > 1 ? parts[1] : "") + "-" + part,
              I18n.text(lang, "evaluation.error." + ("finding".equals(part) ? "finding" : "rating"), label)));
        }
        case "transferability" -> {
          String label = parts.length > 1 ? I18n.text(lang, "transfer." + parts[1]) : "";
          errors.add(new FieldError("transferability-" + (parts.length > 1 ? parts[1] : "") + "-" + part,
              I18n.text(lang, "evaluation.error." + ("note".equals(part) ? "transferNote" : "transfer"), label)));
        }
        default -> errors.add(new FieldError("maturity", I18n.text(lang, "evaluation.error.maturity")));
      }
    }
    return new Invalid(errors);
  }

  /** An evaluation as the pilot's page tells it: every rating in words, texts in the reader's language. */
  static Map<String, Object> shown(PilotEvaluation evaluation, String lang) {
    Map<String, Object> shown = new HashMap<>();
    shown.put("maturityLabel", I18n.text(lang, "maturity." + evaluation.maturity().code()));
    shown.put("maturityNote", evaluation.maturityNote().in(lang));
    shown.put("domains", evaluation.domains().entrySet().stream().map(entry -> Map.of(
        "label", I18n.text(lang, "mast.domain." + entry.getKey().code()),
        "ratingLabel", I18n.text(lang, "mast.rating." + entry.getValue().rating().code()),
        "finding", entry.getValue().finding().in(lang),
        "findingLang", entry.getValue().finding().languageOf(lang))).toList());
    shown.put("transfers", evaluation.transferability().entrySet().stream().map(entry -> Map.of(
        "label", I18n.text(lang, "transfer." + entry.getKey().key()),
        "ratingLabel", I18n.text(lang, "transfer.rating." + entry.getValue().rating().code()),
        "note", entry.getValue().note().in(lang),
        "noteLang", entry.getValue().note().languageOf(lang))).toList());
    return shown;
  }
}
