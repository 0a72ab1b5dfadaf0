package org.ntc.hub.account;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.notification.Notification;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Authentication;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.SecurityHeaders;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.TooManyAttempts;
import org.ntc.hub.platform.Unauthenticated;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.Inbox;
import org.ntc.hub.showcase.MessagePages;
import org.ntc.hub.showcase.MessageService;
import org.ntc.hub.showcase.MyMessage;
import org.ntc.hub.showcase.MyMessages;
import org.ntc.hub.showcase.Showcase;
import org.ntc.hub.showcase.ShowcaseService;
import org.ntc.hub.training.MyTraining;
import org.ntc.hub.training.TrainingService;

/** Sign-in, registration and the account page, for browsers; the same service as the API. */
public final class AccountPages {
  private final AccountService accounts;
  private final ShowcaseService showcases;
  private final TrainingService trainings;
  private final Views views;
  private final NotificationService notifications;

  /** The day's needs in followed categories, from the feature that holds them. */
  public interface Digest {
    Future<List<JsonObject>> of(Viewer viewer, String lang);
  }

  private Digest digest = (viewer, lang) -> Future.succeededFuture(List.of());

  /** The person's own questions to the centre, newest first, as another feature lists them. */
  public interface Questions {
    Future<List<Map<String, Object>>> of(Viewer viewer, String lang);
  }

  private Questions questions = (viewer, lang) -> Future.succeededFuture(List.of());

  /** Shows the person's questions to the centre, with where each stands, on their account page. */
  public AccountPages withQuestions(Questions questions) {
    this.questions = questions;
    return this;
  }

  public AccountPages withDigest(Digest digest) {
    this.digest = digest;
    return this;
  }

  public AccountPages(AccountService accounts, ShowcaseService showcases, TrainingService trainings,
                      NotificationService notifications, Views views) {
    this.notifications = notifications;
    this.accounts = accounts;
    this.showcases = showcases;
    this.trainings = trainings;
    this.views = views;
  }

  private AccountLifecycle lifecycle;

  /** The pages of proving an address, resetting a password and the account's settings. */
  public AccountPages withLifecycle(AccountLifecycle lifecycle) {
    this.lifecycle = lifecycle;
    return this;
  }

  public void mount(Router router) {
    if (lifecycle != null) new LifecyclePages(lifecycle, views).mount(router);
    router.get("/login").handler(ctx -> views.page(ctx, "account/login", Map.of("next", returnTo(ctx.queryParams().get("next")),
        "reset", ctx.queryParams().get("reset") != null)).onFailure(ctx::fail));
    router.post("/login").handler(this::login);
    router.get("/register").handler(ctx -> views.page(ctx, "account/register", Map.of()).onFailure(ctx::fail));
    router.post("/register").handler(this::register);
    router.post("/logout").handler(this::logout);
    router.get("/account").handler(Forms::signInFirst).handler(this::show);
    router.post("/account/profile").handler(Forms::signInFirst).handler(this::updateProfile);
    router.post("/account/erase").handler(Forms::signInFirst).handler(this::erase);
    router.post("/account/calendar-feed").handler(ctx -> trainings.feeds().rotate(WebContext.viewer(ctx))
        .compose(feed -> views.page(ctx, "account/feed", Map.of("url", SecurityHeaders.publicUrl(ctx) + feed.path())))
        .onFailure(ctx::fail));
  }

  private void login(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> accounts.login(Credentials.from(form), WebContext.address(ctx)), signedIn -> {
      Authentication.setCookie(ctx, signedIn.token());
      Forms.redirect(ctx, Forms.returnTo(form.getString("next")));
    }, err -> loginRefused(ctx, form, err));
  }

  /** A wrong email or password is this form's own refusal: the form comes back with its 401, not the error page. */
  private void loginRefused(RoutingContext ctx, JsonObject form, Throwable err) {
    String lang = Languages.of(ctx);
    String message = I18n.text(lang, err instanceof TooManyAttempts ? "login.tooMany" : "login.failed");
    Map<String, Object> model = Map.of("email", form.getString("email", ""), "error", message,
        "next", returnTo(form.getString("next")));
    if (err instanceof Unauthenticated) views.page(ctx, 401, "account/login", model).onFailure(ctx::fail);
    else Forms.reshow(ctx, views, err, "account/login", "login.error", model);
  }

  /** The page the sign-in form brings a person back to; the account page is where it goes anyway. */
  private static String returnTo(String next) {
    String to = Forms.returnTo(next);
    return to.equals("/account") ? "" : to;
  }

  private void register(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    String lang = Languages.of(ctx);
    Forms.submit(() -> {
      NewAccount account = NewAccount.from(form, lang);
      return accounts.register(account, WebContext.address(ctx))
          .compose(created -> accounts.login(new Credentials(account.email(), account.password()), WebContext.address(ctx)));
    }, signedIn -> {
      Authentication.setCookie(ctx, signedIn.token());
      Forms.redirect(ctx, "/account");
    }, err -> registerRefused(ctx, form, err, lang));
  }

  private void registerRefused(RoutingContext ctx, JsonObject form, Throwable err, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("form", Map.of("name", form.getString("name", ""), "email", form.getString("email", "")));
    if (err instanceof Conflict) model.put("error", I18n.text(lang, "register.emailTaken"));
    if (err instanceof TooManyAttempts) model.put("error", I18n.text(lang, "register.tooMany"));
    Forms.reshow(ctx, views, err, "account/register", "register.error", model);
  }

  private void logout(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    if (!viewer.signedIn()) {
      Forms.redirect(ctx, "/");
      return;
    }
    accounts.logout(viewer, WebContext.address(ctx)).onSuccess(done -> {
      Authentication.clearCookie(ctx);
      Forms.redirect(ctx, "/");
    }).onFailure(ctx::fail);
  }

  private void show(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    Future<Me> me = accounts.me(viewer);
    Future<List<Map<String, Object>>> companies = companyDesk(viewer, lang);
    Future<List<MyTraining>> mine = trainings.mine(viewer);
    Future<List<Notification>> recent = notifications.recent(viewer, 20);
    Future<List<JsonObject>> needs = digest.of(viewer, lang);
    Future<MyMessages> sent = messages == null ? Future.succeededFuture(new MyMessages(List.of(), 0, new Paging(1, 20)))
        : messages.sent(viewer, new Paging(1, 20));
    Future<List<Map<String, Object>>> asked = questions.of(viewer, lang);
    views.render(ctx, "account/show", Future.all(List.of(me, companies, mine, recent, needs, sent, asked)).map(all -> {
      Map<String, Object> model = accountModel(me.result(), ctx);
      model.put("notifications", recent.result().stream().map(n -> notification(n, viewer, lang)).toList());
      model.put("unread", viewer.unreadNotifications());
      model.put("digest", needs.result().stream().map(JsonObject::getMap).toList());
      model.put("companies", companies.result());
      model.put("myTrainings", mine.result().stream().map(t -> training(t, lang)).toList());
      model.put("sentMessages", sent.result().items().stream().map(m -> sentMessage(m, viewer, lang)).toList());
      model.put("moreSentMessages", sent.result().total() > sent.result().items().size());
      model.put("questions", asked.result());
      return model;
    }));
  }

  private static Map<String, Object> notification(Notification n, Viewer viewer, String lang) {
    return Map.of("id", n.id().toString(), "text", n.text(lang), "link", n.link(), "unread", n.readAt() == null,
        "at", Times.rfc3339(n.createdAt()), "atText", Times.shown(n.createdAt(), viewer.zone(), lang));
  }

  private static Map<String, Object> training(MyTraining training, String lang) {
    return Map.of("id", training.trainingId().toString(), "title", training.title().in(lang),
        "status", training.offered() ? I18n.text(lang, "account.offerUntil", training.offerDeadline(lang)) : training.statusLabel(lang),
        "offered", training.offered(), "attended", training.attended(),
        "cancelled", training.cancelled());
  }

  private void updateProfile(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    JsonObject form = Forms.json(ctx, Set.of("languages"));
    JsonObject visibility = new JsonObject();
    for (String field : ProfileChange.FIELDS_WITH_VISIBILITY) {
      Object level = form.remove("visibility." + field);
      if (level != null) visibility.put(field, level);
    }
    if (!form.containsKey("languages")) form.put("languages", new JsonArray());
    form.put("visibility", visibility);
    Forms.submit(() -> accounts.updateProfile(viewer, ProfileChange.from(form)),
        me -> Forms.redirect(ctx, "/account?saved=1"),
        err -> Forms.reshow(ctx, views, err, "account/show", "profile.error",
            () -> accounts.me(viewer).map(me -> accountModel(me, ctx))));
  }

  private void erase(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    if (!"yes".equals(ctx.request().getFormAttribute("confirm"))) {
      Forms.redirect(ctx, "/account?confirmErase=1#erase");
      return;
    }
    Forms.submit(() -> accounts.erase(viewer, Credentials.confirmation(Forms.json(ctx, Set.of())), WebContext.address(ctx)),
        done -> {
          Authentication.clearCookie(ctx);
          Forms.redirect(ctx, "/?erased=1");
        },
        err -> accounts.me(viewer).onSuccess(me -> eraseRefused(ctx, me, err)).onFailure(ctx::fail));
  }

  /** A wrong password is this form's own refusal: the page comes back with its 403, not the error page. */
  private void eraseRefused(RoutingContext ctx, Me me, Throwable err) {
    String lang = Languages.of(ctx);
    Map<String, Object> model = accountModel(me, ctx);
    model.put("eraseError", I18n.text(lang, err instanceof TooManyAttempts ? "login.tooMany"
        : err instanceof Invalid ? "account.erasePasswordMissing"
        : "account.erasePasswordWrong"));
    if (err instanceof Forbidden) views.page(ctx, 403, "account/show", model).onFailure(ctx::fail);
    else Forms.reshow(ctx, views, err, "account/show", "account.error", model);
  }

  /** A message to a company, its time in words in the reader's zone. */
  private static Map<String, Object> message(JsonObject message, Viewer viewer, String lang) {
    Map<String, Object> shown = new HashMap<>(message.getMap());
    shown.put("atText", Times.shown(OffsetDateTime.parse(message.getString("at")), viewer.zone(), lang));
    shown.put("answered", !message.getJsonArray("replies", new JsonArray()).isEmpty());
    return shown;
  }

  /** For company members: their organisations' showcases with views and contacts, and the messages received. */
  private Future<List<Map<String, Object>>> companyDesk(Viewer viewer, String lang) {
    List<Future<Map<String, Object>>> desks = viewer.memberships().stream()
        .filter(m -> m.type() == OrganisationType.COMPANY)
        .map(m -> desk(m, viewer, lang))
        .toList();
    return Future.all(desks).map(all -> desks.stream().map(Future::result).toList());
  }

  private Future<Map<String, Object>> desk(Viewer.Membership company, Viewer viewer, String lang) {
    Future<List<Showcase>> own = showcases.ofOrganisation(company.organisationId(), viewer);
    Future<Inbox> messages = showcases.messages(company.organisationId(), viewer, new Paging(1, 10));
    return Future.all(own, messages).map(all -> Map.of(
        "id", company.organisationId().toString(),
        "name", company.organisationName(),
        "showcases", own.result().stream().map(sc -> Map.<String, Object>of(
            "id", sc.id().toString(), "title", sc.content().title().in(lang),
            "status", I18n.text(lang, "showcase.status." + sc.status().code()),
            "views", sc.viewCount(),
            "contacts", sc.contactCount())).toList(),
        "messages", messages.result().items().stream()
            .map(msg -> message(msg.toJson(), viewer, lang)).toList()));
  }

  private static Map<String, Object> accountModel(Me me, RoutingContext ctx) {
    Account account = me.account();
    Map<String, Object> model = new HashMap<>();
    model.put("me", me.toJson().getMap());
    model.put("spoken", ProfileChange.SPOKEN.stream().sorted()
        .map(code -> Map.of("code", code, "checked", account.languages().contains(code))).toList());
    model.put("visibility", ProfileChange.FIELDS_WITH_VISIBILITY.stream().sorted()
        .map(field -> Map.of("field", field, "levels", Visibility.CODES.stream()
            .map(level -> Map.of("level", level, "selected", level.equals(account.visibilityOf(field).code()))).toList()))
        .toList());
    model.put("locales", I18n.LANGUAGES.stream().map(code -> Map.of("code", code, "label", I18n.text(code, "language.name"),
        "selected", code.equals(account.locale()))).toList());
    model.put("errors", Map.of());
    model.put("saved", ctx.request().getParam("saved") != null);
    model.put("confirmErase", ctx.request().getParam("confirmErase") != null);
    return model;
  }

  /** The conversations with companies: their members' replies appear here, on the sender's own page. */
  public AccountPages withMessages(MessageService messages) {
    this.messages = messages;
    return this;
  }

  private MessageService messages;

  /** A message the viewer sent, with the company's replies, times in the reader's zone and language. */
  private static Map<String, Object> sentMessage(MyMessage message, Viewer viewer, String lang) {
    Map<String, Object> shown = new HashMap<>(message.toJson(lang).getMap());
    shown.put("atText", Times.shown(message.at(), viewer.zone(), lang));
    shown.put("replies", MessagePages.replies(message.replies(), viewer, lang));
    return shown;
  }
}
