package org.ntc.hub.advice;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * "Ask the centre" in the browser: the question form and the asker's own questions on
 * {@code /ask}, a question's thread on {@code /ask/{id}} (with staff's tools for staff), and
 * staff's shared queue on {@code /advice}.
 */
public final class AdvicePages {
  private static final int PAGE_SIZE = 20;
  private static final int ACCOUNT_SHOWN = 5;
  private static final String ERRORS = "advice.error";
  private final AdviceService advice;
  private final Views views;
  private final Clock clock;

  public AdvicePages(AdviceService advice, Views views, Clock clock) {
    this.advice = advice;
    this.views = views;
    this.clock = clock;
  }

  public void mount(Router router) {
    router.get("/ask").handler(ctx -> askPage(ctx, new JsonObject())
        .compose(model -> views.page(ctx, "advice/ask", model)).onFailure(ctx::fail));
    router.post("/ask").handler(Forms::signInFirst).handler(this::ask);
    router.get("/advice").handler(Forms::signInFirst).handler(this::queue);
    router.get("/ask/:id").handler(Forms::signInFirst).handler(ctx -> threadPage(ctx, Map.of())
        .compose(model -> views.page(ctx, "advice/thread", model)).onFailure(ctx::fail));
    router.post("/ask/:id/messages").handler(Forms::signInFirst).handler(this::write);
    router.post("/ask/:id/assign").handler(Forms::signInFirst).handler(this::assign);
    router.post("/ask/:id/handoff").handler(Forms::signInFirst).handler(this::handOver);
    router.post("/ask/:id/close").handler(Forms::signInFirst).handler(this::close);
    router.post("/ask/:id/wait").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      Forms.submit(() -> advice.waitForRequester(id, WebContext.viewer(ctx)),
          done -> Forms.redirect(ctx, "/ask/" + id + "?waiting=1"),
          err -> refused(ctx, err, () -> threadPage(ctx, Map.of())));
    });
  }

  private void ask(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    form.fieldNames().removeIf(name -> form.getValue(name) instanceof String s && s.isBlank());
    Forms.submit(() -> advice.create(NewAdviceRequest.from(form), WebContext.viewer(ctx)),
        created -> Forms.redirect(ctx, "/ask/" + created.id() + "?asked=1"),
        err -> Forms.reshow(ctx, views, err, "advice/ask", ERRORS, () -> askPage(ctx, form)));
  }

  /** The form, and for a signed-in person the questions they asked before. */
  private Future<Map<String, Object>> askPage(RoutingContext ctx, JsonObject form) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("form", form.getMap());
    model.put("workingDays", AdviceRequest.FIRST_RESPONSE_WORKING_DAYS);
    model.put("errors", Map.of());
    if (!viewer.signedIn()) {
      model.put("signIn", "/login?next=" + URLEncoder.encode(ctx.request().uri(), StandardCharsets.UTF_8));
      return Future.succeededFuture(model);
    }
    String language = form.getString("language", lang);
    model.put("answerLanguages", I18n.LANGUAGES.stream().map(code -> option(code, I18n.text(lang, "spoken." + code), code.equals(language)))
        .toList());
    String fallback = Site.find(ctx.queryParams().get("contactPoint")).map(site -> site.country().name())
        .orElse(lang.equals("sv") ? "SE" : "FI");
    String country = form.getString("country", fallback);
    model.put("countries", Country.CODES.stream().sorted().map(code -> option(code, I18n.text(lang, "country." + code),
        code.equals(country))).toList());
    String type = form.getString("organisationType", "");
    List<Map<String, Object>> types = new ArrayList<>();
    types.add(option("", I18n.text(lang, "advice.organisationType.none"), type.isEmpty()));
    for (AskerType t : AskerType.values()) {
      types.add(option(t.code(), I18n.text(lang, "advice.organisationType." + t.code()), t.code().equals(type)));
    }
    model.put("organisationTypes", types);
    return advice.mine(new Paging(1, 50), viewer).map(mine -> {
      model.put("mine", mine.items().stream().map(r -> listed(r, viewer, lang)).toList());
      return model;
    });
  }

  /** The viewer's latest questions as their account page lists them: where each stands, who has it, when an answer is due. */
  public Future<List<Map<String, Object>>> forAccount(Viewer viewer, String lang) {
    return advice.mine(new Paging(1, ACCOUNT_SHOWN), viewer).map(mine -> mine.items().stream().map(r -> listed(r, viewer, lang)).toList());
  }

  private void queue(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx).requireStaff();
    String lang = Languages.of(ctx);
    Paging paging = Paging.from(ctx.queryParams(), PAGE_SIZE);
    QueueFilter filter = QueueFilter.from(ctx.queryParams());
    advice.list(filter, paging, viewer).compose(list -> {
      Map<String, Object> model = new HashMap<>();
      model.put("requests", list.items().stream().map(r -> listed(r, viewer, lang)).toList());
      model.put("total", list.total());
      List<Map<String, Object>> states = new ArrayList<>();
      states.add(option("", I18n.text(lang, "advice.filter.allStates"), filter.status() == null));
      for (AdviceStatus s : AdviceStatus.values()) {
        states.add(option(s.code(), I18n.text(lang, "advice.status." + s.code()), s == filter.status()));
      }
      model.put("states", states);
      List<Map<String, Object>> sites = new ArrayList<>();
      sites.add(option("", I18n.text(lang, "advice.filter.allContactPoints"), filter.contactPoint() == null));
      for (Site site : Site.values()) sites.add(option(site.id(), site.name(lang), site.equals(filter.contactPoint())));
      model.put("siteOptions", sites);
      model.put("statusTexts", Arrays.stream(AdviceStatus.values())
          .map(st -> Map.of("code", st.code(), "text", I18n.text(lang, "advice.status." + st.code()))).toList());
      model.put("siteNames", Site.values().stream().map(site -> Map.of("id", site.id(), "name", site.name(lang))).toList());
      model.put("now", Times.rfc3339(OffsetDateTime.now(clock))); // ages tick on from here in the browser
      String query = (filter.status() == null ? "" : "&status=" + filter.status().code())
          + (filter.contactPoint() == null ? "" : "&contactPoint=" + filter.contactPoint().id());
      model.put("pager", paging.pager(list.total(), page -> "/advice?page=" + page + query));
      return views.page(ctx, "advice/queue", model);
    }).onFailure(ctx::fail);
  }

  private void write(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    boolean internal = "true".equals(form.getString("internal"));
    String text = form.getString("text", "");
    Forms.submit(() -> advice.write(id, NewAdviceMessage.from(new JsonObject().put("text", text).put("internal", internal)),
            WebContext.viewer(ctx)),
        done -> Forms.redirect(ctx, "/ask/" + id + (internal ? "?noted=1" : "?sent=1") + "#thread"),
        err -> refused(ctx, err, () -> threadPage(ctx, Map.of("text", text, "internal", internal))));
  }

  private void assign(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> advice.assign(id, Assignment.from(form), WebContext.viewer(ctx), WebContext.address(ctx)),
        done -> Forms.redirect(ctx, "/ask/" + id + "?assigned=1"),
        err -> refused(ctx, err, () -> threadPage(ctx, Map.of())));
  }

  private void handOver(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> advice.handOver(id, Handoff.from(form), WebContext.viewer(ctx), WebContext.address(ctx)),
        done -> Forms.redirect(ctx, "/ask/" + id + "?handedOver=1"),
        err -> refused(ctx, err, () -> threadPage(ctx, Map.of("note", form.getString("note", "")))));
  }

  private void close(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Forms.submit(() -> advice.close(id, WebContext.viewer(ctx), WebContext.address(ctx)),
        done -> Forms.redirect(ctx, "/ask/" + id + "?closed=1"),
        err -> refused(ctx, err, () -> threadPage(ctx, Map.of())));
  }

  /** A refused form on the thread page comes back with what was written; a question closed meanwhile says so. */
  private void refused(RoutingContext ctx, Throwable err, Supplier<Future<Map<String, Object>>> model) {
    String lang = Languages.of(ctx);
    Forms.reshow(ctx, views, err, "advice/thread", ERRORS, () -> model.get().map(page -> {
      if (err instanceof Conflict) page.put("error", I18n.text(lang, "advice.conflict"));
      return page;
    }));
  }

  /** The thread page's model; {@code written} keeps what a refused form held. */
  private Future<Map<String, Object>> threadPage(RoutingContext ctx, Map<String, Object> written) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    UUID id = Ids.path(ctx, "id");
    Future<AdviceThread> thread = advice.thread(id, viewer);
    Future<List<StaffMember>> staff = viewer.staff() ? advice.staff(viewer) : Future.succeededFuture(List.of());
    return Future.all(thread, staff).map(all -> {
      AdviceRequest request = thread.result().request();
      Map<String, Object> model = listed(request, viewer, lang);
      model.put("description", request.description());
      model.put("languageText", I18n.text(lang, "spoken." + request.language()));
      model.put("countryText", I18n.text(lang, "country." + request.country().name()));
      if (request.organisationType() != null) {
        model.put("organisationTypeText", I18n.text(lang, "advice.organisationType." + request.organisationType().code()));
      }
      model.put("requesterName", request.requesterName() != null ? request.requesterName()
          : request.contactEmail() != null ? request.contactEmail() : I18n.text(lang, "person.former"));
      model.put("contactEmail", viewer.staff() ? request.contactEmail() : null);
      model.put("firstResponseText", request.firstResponseAt() == null ? null
          : inPlace(request.firstResponseAt(), request.contactPoint(), lang));
      model.put("messages", thread.result().messages().stream().map(m -> message(m, request, lang)).toList());
      model.put("staffView", viewer.staff());
      model.put("mine", request.askedBy(viewer.id()));
      model.put("open", request.status() != AdviceStatus.CLOSED);
      model.put("waiting", request.status() == AdviceStatus.WAITING);
      model.put("staffOptions", staff.result().stream().map(s -> option(s.id().toString(),
          s.contactPoint() == null ? s.name() : s.name() + " (" + s.contactPoint().place(lang) + ")",
          s.id().equals(request.assigneeId() == null ? viewer.id() : request.assigneeId()))).toList());
      model.put("handoffTargets", Site.values().stream().filter(s -> !s.equals(request.contactPoint()))
          .map(s -> option(s.id(), s.name(lang), false)).toList());
      for (String flag : List.of("asked", "sent", "noted", "assigned", "handedOver", "closed", "waiting")) {
        if (ctx.queryParams().contains(flag)) model.put("done", I18n.text(lang, "advice.done." + flag));
      }
      model.put("written", written);
      model.put("errors", Map.of());
      return model;
    });
  }

  /** A question as a list shows it: its state, where it is, who has it, how old it is and when its first answer is due. */
  private Map<String, Object> listed(AdviceRequest request, Viewer viewer, String lang) {
    Map<String, Object> shown = new HashMap<>();
    OffsetDateTime now = OffsetDateTime.now(clock);
    Site site = request.contactPoint();
    shown.put("id", request.id().toString());
    shown.put("topic", request.topic());
    shown.put("topicLang", request.language());
    shown.put("status", request.status().code());
    shown.put("statusText", I18n.text(lang, "advice.status." + request.status().code()));
    shown.put("contactPointName", site.name(lang));
    shown.put("contactPointId", site.id());
    shown.put("assigneeName", request.assigneeName());
    shown.put("createdAt", Times.rfc3339(request.createdAt()));
    shown.put("createdText", inPlace(request.createdAt(), site, lang));
    shown.put("ageText", age(Duration.between(request.createdAt(), now), lang));
    shown.put("dueAt", Times.rfc3339(request.firstResponseDue()));
    shown.put("dueText", inPlace(request.firstResponseDue(), site, lang));
    shown.put("overdue", request.firstResponseAt() == null && request.status() != AdviceStatus.CLOSED
        && now.isAfter(request.firstResponseDue()));
    shown.put("requesterName", request.requesterName() != null ? request.requesterName() : request.contactEmail());
    shown.put("assigneeId", request.assigneeId() == null ? null : request.assigneeId().toString());
    if (request.kind() != AdviceKind.QUESTION) shown.put("kindText", I18n.text(lang, "advice.kind." + request.kind().code()));
    return shown;
  }

  /**
   * A question's times are the contact point's, whose working days set the promised answer; the
   * place is named, so an asker in the other country reads "20.52 (Uumaja)", not a time an hour off.
   */
  private static String inPlace(OffsetDateTime at, Site site, String lang) {
    return Times.shown(at, site.zone(), lang) + " (" + site.place(lang) + ")";
  }

  private static Map<String, Object> message(AdviceMessage m, AdviceRequest request, String lang) {
    Map<String, Object> shown = new HashMap<>();
    shown.put("id", m.id().toString());
    shown.put("text", m.text());
    shown.put("internal", m.internal());
    shown.put("fromStaff", m.fromStaff());
    shown.put("authorName", m.authorName() == null ? I18n.text(lang, "person.former") : m.authorName());
    shown.put("at", Times.rfc3339(m.createdAt()));
    shown.put("atText", Times.shown(m.createdAt(), request.contactPoint().zone(), lang));
    return shown;
  }

  private static String age(Duration age, String lang) {
    if (age.toDays() >= 1) return I18n.text(lang, "advice.age.days", age.toDays());
    if (age.toHours() >= 1) return I18n.text(lang, "advice.age.hours", age.toHours());
    return I18n.text(lang, "advice.age.minutes", Math.max(0, age.toMinutes()));
  }

  private static Map<String, Object> option(String value, String label, boolean selected) {
    Map<String, Object> option = new HashMap<>();
    option.put("value", value);
    option.put("label", label);
    option.put("selected", selected);
    return option;
  }
}
