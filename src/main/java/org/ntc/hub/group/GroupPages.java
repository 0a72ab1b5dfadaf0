package org.ntc.hub.group;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * Theme groups in the browser: the list on {@code /groups}, a group's page with its members,
 * events and threads, a thread with its posts and the reply form, the report form, staff's forms
 * for a group; the moderators' reported posts are {@link ReportPages}.
 */
public final class GroupPages {
  private static final int PAGE_SIZE = 20;
  private static final String ERRORS = "group.error";
  private static final List<String> LANGS = List.of("fi", "sv", "en");
  private static final List<String> LOCALISED = List.of("name", "description");
  private final GroupService groups;
  private final Views views;
  private final Clock clock;

  public GroupPages(GroupService groups, Views views, Clock clock) {
    this.groups = groups;
    this.views = views;
    this.clock = clock;
  }

  public void mount(Router router) {
    router.get("/groups").handler(this::list);
    router.get("/groups/new").handler(Forms::signInFirst).handler(ctx -> {
      WebContext.viewer(ctx).requireStaff();
      views.page(ctx, "group/form", formModel(ctx, null, new JsonObject())).onFailure(ctx::fail);
    });
    router.post("/groups/new").handler(Forms::signInFirst).handler(this::create);
    new ReportPages(groups, views).mount(router);
    router.get("/groups/:id").handler(ctx -> groupPage(ctx, new JsonObject())
        .compose(model -> views.page(ctx, "group/show", model)).onFailure(ctx::fail));
    router.get("/groups/:id/edit").handler(Forms::signInFirst).handler(this::editForm);
    router.post("/groups/:id/edit").handler(Forms::signInFirst).handler(this::change);
    router.post("/groups/:id/join").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      groups.join(id, WebContext.viewer(ctx)).onSuccess(done -> Forms.redirect(ctx, "/groups/" + id + "?joined=1"))
          .onFailure(ctx::fail);
    });
    router.post("/groups/:id/leave").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      groups.leave(id, WebContext.viewer(ctx)).onSuccess(done -> Forms.redirect(ctx, "/groups/" + id + "?left=1"))
          .onFailure(ctx::fail);
    });
    router.post("/groups/:id/threads").handler(Forms::signInFirst).handler(this::startThread);
    router.post("/groups/:id/events").handler(Forms::signInFirst).handler(this::attach);
    router.post("/groups/:id/events/:trainingId/remove").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      groups.detach(id, Ids.path(ctx, "trainingId"), WebContext.viewer(ctx))
          .onSuccess(done -> Forms.redirect(ctx, "/groups/" + id + "?eventRemoved=1#events")).onFailure(ctx::fail);
    });
    router.get("/groups/:id/threads/:threadId").handler(Forms::signInFirst).handler(ctx -> threadPage(ctx, "")
        .compose(model -> views.page(ctx, "group/thread", model)).onFailure(ctx::fail));
    router.post("/groups/:id/threads/:threadId/posts").handler(Forms::signInFirst).handler(this::reply);
    router.get("/groups/:id/threads/:threadId/posts/:postId/report").handler(Forms::signInFirst)
        .handler(ctx -> reportForm(ctx, "").compose(model -> views.page(ctx, "group/report", model)).onFailure(ctx::fail));
    router.post("/groups/:id/threads/:threadId/posts/:postId/report").handler(Forms::signInFirst).handler(this::report);
  }

  private void list(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    Paging paging = Paging.from(ctx.queryParams(), PAGE_SIZE);
    Future<GroupService.GroupList> all = groups.list(paging);
    Future<List<ThemeGroup>> mine = viewer.signedIn() ? groups.mine(viewer) : Future.succeededFuture(List.of());
    Future.all(all, mine).compose(done -> {
      Set<UUID> joined = new HashSet<>();
      mine.result().forEach(g -> joined.add(g.id()));
      Map<String, Object> model = new HashMap<>();
      model.put("groups", all.result().items().stream().map(g -> {
        Map<String, Object> shown = listed(g, lang);
        shown.put("member", joined.contains(g.id()));
        return shown;
      }).toList());
      model.put("mine", mine.result().stream().map(g -> listed(g, lang)).toList());
      model.put("total", all.result().total());
      model.put("staffView", viewer.staff());
      model.put("signedIn", viewer.signedIn());
      model.put("pager", paging.pager(all.result().total(), page -> "/groups?page=" + page));
      return views.page(ctx, "group/list", model);
    }).onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    JsonObject form = Forms.localisedBody(ctx, LOCALISED, Set.of());
    Forms.submit(() -> groups.create(NewGroup.from(form), WebContext.viewer(ctx)),
        created -> Forms.redirect(ctx, "/groups/" + created.id() + "?created=1"),
        err -> Forms.reshow(ctx, views, err, "group/form", ERRORS, formModel(ctx, null, form)));
  }

  private void editForm(RoutingContext ctx) {
    WebContext.viewer(ctx).requireStaff();
    UUID id = Ids.path(ctx, "id");
    groups.detail(id, WebContext.viewer(ctx)).compose(detail -> views.page(ctx, "group/form", formModel(ctx, id,
            new JsonObject().put("name", detail.group().name().toJson()).put("description", detail.group().description().toJson()))))
        .onFailure(ctx::fail);
  }

  private void change(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.localisedBody(ctx, LOCALISED, Set.of());
    JsonObject body = new JsonObject().put("name", form.getValue("name", new JsonObject()))
        .put("description", form.getValue("description", new JsonObject()));
    Forms.submit(() -> groups.change(id, NewGroup.from(body), WebContext.viewer(ctx)),
        done -> Forms.redirect(ctx, "/groups/" + id + "?changed=1"),
        err -> Forms.reshow(ctx, views, err, "group/form", ERRORS, formModel(ctx, id, form)));
  }

  private Map<String, Object> formModel(RoutingContext ctx, UUID id, JsonObject values) {
    WebContext.viewer(ctx).requireStaff();
    String lang = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("id", id == null ? null : id.toString());
    model.put("texts", LOCALISED.stream().map(field -> Map.of("field", field, "label", I18n.text(lang, "group.field." + field),
        "long", field.equals("description"),
        "inputs", LANGS.stream().map(code -> Map.of("code", code, "language", I18n.text(lang, "spoken." + code),
            "value", values.getValue(field) instanceof JsonObject json ? json.getString(code, "") : "")).toList())).toList());
    model.put("errors", Map.of());
    return model;
  }

  private void startThread(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    JsonObject body = new JsonObject().put("title", form.getString("title", "")).put("text", form.getString("text", ""))
        .put("showcaseIds", pasted(form.getString("showcaseIds"))).put("libraryIds", pasted(form.getString("libraryIds")));
    Forms.submit(() -> groups.startThread(id, NewThread.from(body), WebContext.viewer(ctx)),
        view -> Forms.redirect(ctx, "/groups/" + id + "/threads/" + view.thread().id() + "?started=1"),
        err -> Forms.reshow(ctx, views, err, "group/show", ERRORS, () -> groupPage(ctx, form)));
  }

  /** Addresses or ids as pasted, one word each. */
  private static JsonArray pasted(String text) {
    JsonArray words = new JsonArray();
    if (text == null) return words;
    for (String word : text.split("[\\s,;]+")) if (!word.isBlank()) words.add(word);
    return words;
  }

  private void attach(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> groups.attach(id, EventLink.from(new JsonObject().put("trainingId", form.getString("trainingId", ""))),
            WebContext.viewer(ctx)),
        done -> Forms.redirect(ctx, "/groups/" + id + "?eventAdded=1#events"),
        err -> Forms.reshow(ctx, views, err, "group/show", ERRORS, () -> groupPage(ctx, form)));
  }

  private Future<Map<String, Object>> groupPage(RoutingContext ctx, JsonObject written) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    UUID id = Ids.path(ctx, "id");
    ZoneId zone = zone(viewer, lang);
    return groups.detail(id, viewer).map(detail -> {
      Map<String, Object> model = listed(detail.group(), lang);
      model.put("member", detail.member());
      model.put("signedIn", viewer.signedIn());
      model.put("staffView", viewer.staff());
      model.put("signIn", "/login?next=%2Fgroups%2F" + id);
      List<Map<String, Object>> countries = new ArrayList<>();
      detail.byCountry().forEach((country, count) -> countries.add(Map.of("label",
          country.isEmpty() ? I18n.text(lang, "group.members.noCountry") : I18n.text(lang, "country." + country),
          "count", I18n.text(lang, "group.members.count", count))));
      model.put("countries", countries);
      model.put("organisations", detail.byOrganisation().stream().map(o -> Map.of("id", o.id().toString(), "name", o.name(),
          "country", o.country() == null ? "" : I18n.text(lang, "country." + o.country()),
          "count", I18n.text(lang, "group.members.count", o.members()))).toList());
      if (detail.namesShown()) {
        model.put("people", detail.members().stream().map(m -> Map.of(
            "name", m.name() == null ? I18n.text(lang, "group.members.private") : m.name(),
            "organisation", m.organisationName() == null ? "" : m.organisationName())).toList());
      }
      model.put("events", detail.events().stream().map(e -> Map.of("id", e.trainingId().toString(), "title", e.title().in(lang),
          "titleLang", e.title().languageOf(lang), "at", Times.rfc3339(e.startsAt()),
          "atText", Times.shown(e.startsAt(), e.contactPoint().zone(), lang), "place", e.contactPoint().place(lang))).toList());
      model.put("threads", detail.threads().stream().map(t -> threadListed(t, zone, lang)).toList());
      model.put("written", written.getMap());
      for (String flag : List.of("created", "changed", "joined", "left", "eventAdded", "eventRemoved")) {
        if (ctx.queryParams().contains(flag)) model.put("done", I18n.text(lang, "group.done." + flag));
      }
      model.put("errors", Map.of());
      return model;
    });
  }

  private Future<Map<String, Object>> threadPage(RoutingContext ctx, String replyText) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    UUID groupId = Ids.path(ctx, "id");
    UUID threadId = Ids.path(ctx, "threadId");
    ZoneId zone = zone(viewer, lang);
    return groups.thread(threadId, viewer).map(view -> {
      if (!view.group().id().equals(groupId)) throw new NotFound("thread", threadId);
      Map<String, Object> model = new HashMap<>();
      model.put("groupId", groupId.toString());
      model.put("groupName", view.group().name().in(lang));
      model.put("groupNameLang", view.group().name().languageOf(lang));
      model.put("id", threadId.toString());
      model.put("title", view.thread().title());
      model.put("member", view.member());
      model.put("staffView", viewer.staff());
      model.put("links", view.links().stream().map(l -> Map.of("link", l.path(), "title", l.title().in(lang),
          "titleLang", l.title().languageOf(lang), "type", I18n.text(lang, "group.link." + l.type()))).toList());
      model.put("posts", view.posts().stream().map(p -> post(p, viewer, zone, lang)).toList());
      model.put("replyText", replyText);
      for (String flag : List.of("started", "replied", "reported")) {
        if (ctx.queryParams().contains(flag)) model.put("done", I18n.text(lang, "group.done." + flag));
      }
      model.put("errors", Map.of());
      return model;
    });
  }

  private void reply(RoutingContext ctx) {
    UUID groupId = Ids.path(ctx, "id");
    UUID threadId = Ids.path(ctx, "threadId");
    JsonObject form = Forms.json(ctx, Set.of());
    String text = form.getString("text", "");
    Forms.submit(() -> sameGroup(groupId, threadId, WebContext.viewer(ctx))
            .compose(ok -> groups.reply(threadId, NewPost.from(new JsonObject().put("text", text)), WebContext.viewer(ctx))),
        view -> {
          GroupPost last = view.posts().get(view.posts().size() - 1);
          Forms.redirect(ctx, "/groups/" + groupId + "/threads/" + threadId + "?replied=1#post-" + last.id());
        },
        err -> Forms.reshow(ctx, views, err, "group/thread", ERRORS, () -> threadPage(ctx, text)));
  }

  private Future<Void> sameGroup(UUID groupId, UUID threadId, Viewer viewer) {
    return groups.thread(threadId, viewer).compose(view -> view.group().id().equals(groupId) ? Future.succeededFuture()
        : Future.failedFuture(new NotFound("thread", threadId)));
  }

  private Future<Map<String, Object>> reportForm(RoutingContext ctx, String reason) {
    UUID postId = Ids.path(ctx, "postId");
    return threadPage(ctx, "").map(thread -> {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> posts = (List<Map<String, Object>>) thread.get("posts");
      Map<String, Object> post = posts.stream().filter(p -> postId.toString().equals(p.get("id"))).findFirst()
          .orElseThrow(() -> new NotFound("post", postId));
      Map<String, Object> model = new HashMap<>(thread);
      model.put("post", post);
      model.put("reason", reason);
      return model;
    });
  }

  private void report(RoutingContext ctx) {
    UUID groupId = Ids.path(ctx, "id");
    UUID threadId = Ids.path(ctx, "threadId");
    UUID postId = Ids.path(ctx, "postId");
    JsonObject form = Forms.json(ctx, Set.of());
    String reason = form.getString("reason", "");
    Forms.submit(() -> reportForm(ctx, reason)
            .compose(ok -> groups.report(postId, Reason.from(new JsonObject().put("reason", reason)), WebContext.viewer(ctx))),
        done -> Forms.redirect(ctx, "/groups/" + groupId + "/threads/" + threadId + "?reported=1#post-" + postId),
        err -> Forms.reshow(ctx, views, err, "group/report", ERRORS, () -> reportForm(ctx, reason)));
  }

  private static Map<String, Object> listed(ThemeGroup group, String lang) {
    Map<String, Object> shown = new HashMap<>();
    shown.put("id", group.id().toString());
    shown.put("name", group.name().in(lang));
    shown.put("nameLang", group.name().languageOf(lang));
    shown.put("description", group.description().in(lang));
    shown.put("descriptionLang", group.description().languageOf(lang));
    shown.put("membersText", I18n.text(lang, "group.members.count", group.members()));
    shown.put("threadsText", I18n.text(lang, "group.threads.count", group.threads()));
    return shown;
  }

  private static Map<String, Object> threadListed(GroupThread thread, ZoneId zone, String lang) {
    Map<String, Object> shown = new HashMap<>();
    shown.put("id", thread.id().toString());
    shown.put("title", thread.title());
    shown.put("authorName", thread.authorName() == null ? I18n.text(lang, "person.former") : thread.authorName());
    shown.put("postsText", I18n.text(lang, "group.posts.count", thread.posts()));
    shown.put("lastAt", Times.rfc3339(thread.lastPostAt()));
    shown.put("lastText", Times.shown(thread.lastPostAt(), zone, lang));
    return shown;
  }

  /** A post as a page shows it: hidden ones with the moderator's reason, times in {@code zone}. */
  static Map<String, Object> post(GroupPost post, Viewer viewer, ZoneId zone, String lang) {
    Map<String, Object> shown = new HashMap<>();
    shown.put("id", post.id().toString());
    shown.put("text", post.text());
    shown.put("hidden", post.hidden());
    shown.put("hiddenReason", post.hiddenReason());
    shown.put("mine", post.writtenBy(viewer));
    shown.put("authorName", post.authorName() == null ? I18n.text(lang, "person.former") : post.authorName());
    shown.put("organisationName", post.organisationName());
    shown.put("at", Times.rfc3339(post.createdAt()));
    shown.put("atText", Times.shown(post.createdAt(), zone, lang));
    return shown;
  }

  /** Groups cross the border: staff read times in their contact point's zone, others in the zone of their language's country. */
  static ZoneId zone(Viewer viewer, String lang) {
    if (viewer.staffSite().isPresent()) return viewer.zone();
    Country country = "sv".equals(lang) ? Country.SE : Country.FI;
    return Site.in(country).map(Site::zone).orElse(viewer.zone());
  }
}
