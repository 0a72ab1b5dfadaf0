package org.ntc.hub.training;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * The organiser's pages: offer a training, edit or reschedule it, call it off. The forms post the
 * same request records the API takes; times are typed in the chosen contact point's local time.
 */
final class TrainingForms {
  private static final String TEMPLATE = "training/form";
  private static final String ERRORS = "training.form.error";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final List<String> TIMES = List.of("startsAt", "endsAt", "enrolmentClosesAt");
  private static final List<String> PLAIN = List.of("kind", "format", "contactPoint", "language", "organisationId", "joinLink", "trainer",
      "room", "streetAddress", "joinInstructions");
  /** The places a new hybrid training may give seats for, in the order the form shows them. */
  private static final List<PoolSite> HYBRID_SITES = Arrays.stream(PoolSite.values()).filter(s -> s != PoolSite.MAIN).toList();
  private final TrainingService trainings;
  private final Views views;
  private final Clock clock;

  TrainingForms(TrainingService trainings, Views views, Clock clock) {
    this.trainings = trainings;
    this.views = views;
    this.clock = clock;
  }

  /** Mounted before the training page, so that {@code /trainings/new} is not read as an id. */
  void mount(Router router) {
    router.get("/trainings/new").handler(Forms::signInFirst).handler(this::newForm);
    router.post("/trainings/new").handler(Forms::signInFirst).handler(this::create);
    router.get("/trainings/:id/edit").handler(Forms::signInFirst).handler(this::editForm);
    router.post("/trainings/:id/edit").handler(Forms::signInFirst).handler(this::edit);
    router.post("/trainings/:id/cancellation").handler(Forms::signInFirst).handler(this::callOff);
  }

  private void newForm(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    if (!mayOffer(viewer)) {
      ctx.fail(new Forbidden("Trainings are offered by staff and by members of verified organisations"));
      return;
    }
    JsonObject values = new JsonObject().put("format", TrainingFormat.ONSITE.code()).put("language", Languages.of(ctx))
        .put("contactPoint", viewer.staffContactPoint().orElse(Site.values().get(0).id())).put("capacity", "20")
        .put("audience", new JsonArray().add(Audience.PROFESSIONALS.code()));
    views.page(ctx, TEMPLATE, model(values, null, viewer, Languages.of(ctx))).onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    JsonObject form = Forms.json(ctx, Set.of("audience"));
    Forms.submit(() -> trainings.create(NewTraining.from(body(form, null), now()), viewer),
        created -> Forms.redirect(ctx, "/trainings/" + created.id()),
        err -> Forms.reshow(ctx, views, sitePools(err), TEMPLATE, ERRORS, refused(model(form, null, viewer, Languages.of(ctx)), err,
            ctx)));
  }

  /**
   * On the new-training form, seats per place are their own fieldset, whose message also says they
   * are for a hybrid training only: a refusal of {@code seatPools} is shown there.
   */
  private static Throwable sitePools(Throwable err) {
    if (!(err instanceof Invalid invalid) || invalid.errors().stream().noneMatch(e -> e.field().equals("seatPools"))) return err;
    return new Invalid(invalid.errors().stream()
        .map(e -> e.field().equals("seatPools") ? new FieldError("sitePools", e.message()) : e).toList());
  }

  private void editForm(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    views.render(ctx, TEMPLATE, trainings.editable(Ids.path(ctx, "id"), viewer)
        .map(training -> model(values(training), training, viewer, lang)));
  }

  private void edit(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of("audience"));
    Forms.submit(() -> trainings.editable(id, viewer).compose(training -> trainings.change(id,
            TrainingChange.from(body(form, training)), viewer)),
        changed -> Forms.redirect(ctx, "/trainings/" + id),
        err -> reshowEdit(ctx, id, form, err));
  }

  private void callOff(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> trainings.callOff(id, TrainingCancellation.from(form), viewer),
        cancelled -> Forms.redirect(ctx, "/trainings/" + id),
        err -> reshowEdit(ctx, id, null, err));
  }

  /** The edit page again, with what was typed (or, after a refused cancellation, the training as stored). */
  private void reshowEdit(RoutingContext ctx, UUID id, JsonObject form, Throwable err) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    Forms.reshow(ctx, views, err, TEMPLATE, ERRORS, () -> trainings.editable(id, viewer).map(training -> {
      Map<String, Object> model = model(form == null ? values(training) : form, training, viewer, lang);
      if (form == null) model.put("reason", ctx.request().getFormAttribute("reason"));
      return refused(model, err, ctx);
    }));
  }

  /** A conflict (seats already confirmed, a training already cancelled) explained in the reader's language. */
  private static Map<String, Object> refused(Map<String, Object> model, Throwable err, RoutingContext ctx) {
    if (err instanceof Conflict conflict) {
      String message = conflict.getMessage() == null ? "" : conflict.getMessage();
      String key = message.startsWith("Capacity") ? "training.form.belowConfirmed"
          : message.startsWith("Meetings") ? "event.form.meetingsArranged" : "training.form.cancelledAlready";
      model.put("error", I18n.text(Languages.of(ctx), key));
    }
    return model;
  }

  static boolean mayOffer(Viewer viewer) {
    return viewer.staff() || viewer.memberships().stream().anyMatch(Viewer.Membership::verified);
  }

  /**
   * The request body a form means: localised texts from their per-language fields, local times in
   * the chosen contact point's zone; what cannot be read is passed on as typed, for the request
   * record to refuse.
   */
  static JsonObject body(JsonObject form, Training training) {
    JsonObject body = new JsonObject();
    for (String field : List.of("title", "description")) {
      JsonObject text = new JsonObject();
      for (String lang : I18n.LANGUAGES) text.put(lang, form.getString(field + "_" + lang, ""));
      body.put(field, text);
    }
    for (String field : PLAIN) {
      String value = form.getString(field);
      if (value == null) continue;
      boolean clearable = TrainingChange.TEXTS.contains(field);
      if (!value.isBlank() || (clearable && training != null)) body.put(field, value);
    }
    Site site = Site.find(form.getString("contactPoint", "")).orElse(training == null ? null : training.contactPoint());
    for (String field : TIMES) {
      String value = form.getString(field, "");
      if (!value.isBlank() && !deadlineAsStored(field, value, training)) body.put(field, site == null ? value : zoned(value, site));
    }
    body.put("audience", form.getJsonArray("audience", new JsonArray()));
    if (EventKind.MATCHMAKING.code().equals(form.getString("kind"))) {
      for (String field : List.of("meetingMinutes", "meetingTables")) {
        String value = form.getString(field, "");
        if (!value.isBlank()) body.put(field, number(value));
      }
    }
    if (training != null && training.hybridPools()) {
      JsonArray pools = new JsonArray();
      training.pools().forEach(p -> pools.add(new JsonObject().put("site", p.site().code())
          .put("capacity", number(form.getString("capacity_" + p.site().code(), "")))));
      body.put("seatPools", pools);
    } else if (training == null && HYBRID_SITES.stream().anyMatch(s -> !form.getString("capacity_" + s.code(), "").isBlank())) {
      JsonArray pools = new JsonArray();
      HYBRID_SITES.stream().filter(s -> !form.getString("capacity_" + s.code(), "").isBlank())
          .forEach(s -> pools.add(new JsonObject().put("site", s.code()).put("capacity", number(form.getString("capacity_" + s.code())))));
      body.put("seatPools", pools);
    } else {
      body.put("capacity", number(form.getString("capacity", "")));
    }
    return body;
  }

  /**
   * An enrolment deadline left as it was is not sent: a reschedule then moves it with the start
   * instead of refusing a new start before it.
   */
  private static boolean deadlineAsStored(String field, String value, Training training) {
    return training != null && field.equals("enrolmentClosesAt") && value.equals(local(training.enrolmentClosesAt(), training));
  }

  private static String zoned(String local, Site site) {
    try {
      return LocalDateTime.parse(local).atZone(site.zone()).toOffsetDateTime().toString();
    } catch (DateTimeParseException e) {
      return local;
    }
  }

  private static Object number(String value) {
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** The stored training as its form shows it: local times of its contact point, one field per language. */
  private static JsonObject values(Training training) {
    JsonObject values = new JsonObject();
    for (String lang : I18n.LANGUAGES) {
      values.put("title_" + lang, training.title().toJson().getString(lang, ""));
      values.put("description_" + lang, training.description().toJson().getString(lang, ""));
    }
    values.put("kind", training.kind().code());
    if (training.slots() != null) {
      values.put("meetingMinutes", String.valueOf(training.slots().minutes())).put("meetingTables", String.valueOf(training.slots().tables()));
    }
    values.put("format", training.format().code()).put("contactPoint", training.contactPoint().id())
        .put("language", training.language()).put("audience", new JsonArray(training.audience().stream().map(Audience::code).toList()))
        .put("startsAt", local(training.startsAt(), training)).put("endsAt", local(training.endsAt(), training))
        .put("enrolmentClosesAt", local(training.enrolmentClosesAt(), training));
    training.pools().forEach(p -> values.put(p.site() == PoolSite.MAIN ? "capacity" : "capacity_" + p.site().code(),
        String.valueOf(p.capacity())));
    Training.Details details = training.details();
    values.put("joinLink", training.joinLink()).put("trainer", details.trainer()).put("room", details.room())
        .put("streetAddress", details.streetAddress()).put("joinInstructions", details.joinInstructions());
    return values;
  }

  private static String local(OffsetDateTime at, Training training) {
    return at.atZoneSameInstant(training.zone()).format(LOCAL);
  }

  /** The form's model from its values (as typed or as stored); {@code training} is null for a new one. */
  private static Map<String, Object> model(JsonObject values, Training training, Viewer viewer, String lang) {
    Map<String, Object> model = new HashMap<>();
    if (training != null) {
      model.put("id", training.id().toString());
      model.put("trainingTitle", training.title().in(lang));
    }
    model.put("texts", I18n.LANGUAGES.stream().map(code -> Map.of("code", code, "label", I18n.text(lang, "spoken." + code),
        "title", values.getString("title_" + code, ""), "description", values.getString("description_" + code, ""))).toList());
    model.put("kinds", Arrays.stream(EventKind.values()).map(k -> option(k.code(), k.label(lang),
        values.getString("kind", EventKind.TRAINING.code()))).toList());
    model.put("meetingMinutes", values.getString("meetingMinutes", String.valueOf(NewTraining.DEFAULT_SLOTS.minutes())));
    model.put("meetingTables", values.getString("meetingTables", String.valueOf(NewTraining.DEFAULT_SLOTS.tables())));
    model.put("formats", Arrays.stream(TrainingFormat.values()).map(f -> option(f.code(), f.label(lang), values.getString("format")))
        .toList());
    model.put("siteChoices", Site.values().stream().map(s -> option(s.id(), s.name(lang), values.getString("contactPoint")))
        .toList());
    model.put("languageChoices", I18n.LANGUAGES.stream().map(code -> option(code, I18n.text(lang, "spoken." + code),
        values.getString("language"))).toList());
    JsonArray audience = values.getJsonArray("audience", new JsonArray());
    model.put("audiences", Arrays.stream(Audience.values()).map(a -> Map.of("value", a.code(), "label", a.label(lang),
        "checked", audience.contains(a.code()))).toList());
    for (String field : List.of("startsAt", "endsAt", "enrolmentClosesAt", "capacity", "joinLink", "trainer", "room",
        "streetAddress", "joinInstructions")) {
      model.put(field, values.getString(field, ""));
    }
    if (training != null && training.hybridPools()) {
      model.put("pools", training.pools().stream().map(p -> Map.of("site", p.site().code(), "label", p.site().label(lang),
          "capacity", values.getString("capacity_" + p.site().code(), ""), "confirmed", p.confirmed())).toList());
    }
    if (training == null) {
      model.put("sitePools", HYBRID_SITES.stream().map(s -> Map.of("site", s.code(), "label", s.label(lang),
          "capacity", values.getString("capacity_" + s.code(), ""))).toList());
    }
    if (training == null && !viewer.staff()) {
      model.put("organisations", viewer.memberships().stream().filter(Viewer.Membership::verified)
          .map(m -> option(m.organisationId().toString(), m.organisationName(), values.getString("organisationId"))).toList());
    }
    return model;
  }

  private static Map<String, Object> option(String value, String label, String chosen) {
    return Map.of("value", value, "label", label, "selected", value.equals(chosen));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
