package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

class CompanyMessagesTest extends ApiTest {
  private static final String MESSAGE = "Could we try this in our home care unit next spring?";
  private ShowcaseFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new ShowcaseFixture(http, users);
  }

  /** A company with a published showcase, a plain member of it, and a citizen who wrote to it. */
  private record Thread(User owner, User member, User visitor, String showcaseId, String messageId) {
    String orgId() {
      return owner.organisationId();
    }
  }

  private Thread thread() {
    User owner = users.orgAdmin("company", true);
    User member = users.citizen("colleague");
    assertThat(http.post("/api/v1/organisations/" + owner.organisationId() + "/members", owner.token(),
        new JsonObject().put("email", member.email()).put("role", "member")).status()).isEqualTo(201);
    member = new User(member.id(), member.email(), member.name(), users.login(member.email(), Users.PASSWORD), owner.organisationId());
    String showcase = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Kotikäynti", "Hembesök", "Home visit"));
    User visitor = users.citizen("visitor");
    Http.Response sent = http.post("/api/v1/showcases/" + showcase + "/contact", visitor.token(), new JsonObject().put("message", MESSAGE));
    assertThat(sent.status()).as(sent.text()).isEqualTo(201);
    return new Thread(owner, member, visitor, showcase, sent.json().getString("id"));
  }

  private static MultiMap browser(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  @Test
  @DisplayName("a message sent from the showcase page is confirmed there after the redirect, saying what happens next")
  void confirmation() {
    User owner = users.orgAdmin("company", true);
    String showcase = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Vahvistus", "Bekräftelse", "Confirmation"));
    User visitor = users.citizen("writer");
    Http.Response posted = http.form("/showcases/" + showcase + "/contact", browser(visitor),
        MultiMap.caseInsensitiveMultiMap().add("_csrf", http.csrfOf(visitor.token())).add("message", MESSAGE));
    assertThat(posted.status()).isEqualTo(303);
    String location = posted.header("Location");
    assertThat(location).startsWith("/showcases/" + showcase).contains("sent=1");
    for (String[] lang : List.of(new String[] {"en", "Your message was sent"}, new String[] {"fi", "Viestisi lähetettiin"},
        new String[] {"sv", "Ditt meddelande skickades"})) {
      Element main = PageHtml.main(http.get(location.replace("#contact", "") + "&lang=" + lang[0], visitor.token()).text());
      Element confirmed = main.selectFirst("#contact-sent");
      assertThat(confirmed).as(lang[0]).isNotNull();
      assertThat(confirmed.attr("role")).isEqualTo("status");
      assertThat(confirmed.text()).contains(lang[1]);
      assertThat(confirmed.select("a[href='/account#messages']")).hasSize(1);
    }
    assertThat(PageHtml.main(http.get("/showcases/" + showcase, visitor.token()).text()).select("#contact-sent")).isEmpty();
  }

  @Test
  @DisplayName("a member replies through the API; the sender is notified and reads the reply in GET /api/v1/me/messages")
  void replyThroughApi() {
    Thread t = thread();
    String path = "/api/v1/organisations/" + t.orgId() + "/messages/" + t.messageId() + "/reply";
    Http.Response reply = http.post(path, t.member().token(), new JsonObject().put("text", "Yes, let us talk. Call us on Monday."));
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    assertThat(reply.json().getString("text")).isEqualTo("Yes, let us talk. Call us on Monday.");
    assertThat(reply.json().getJsonObject("author").getString("name")).isEqualTo(t.member().name());

    JsonObject mine = http.get("/api/v1/me/messages?lang=sv", t.visitor().token()).json();
    assertThat(mine.getLong("total")).isEqualTo(1);
    JsonObject item = mine.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("message")).isEqualTo(MESSAGE);
    assertThat(item.getString("showcaseTitle")).isEqualTo("Hembesök");
    assertThat(item.getJsonArray("replies")).hasSize(1);
    assertThat(item.getJsonArray("replies").getJsonObject(0).getString("text")).contains("Monday");

    JsonObject notification = http.get("/api/v1/me/notifications", t.visitor().token()).json().getJsonArray("items").getJsonObject(0);
    assertThat(notification.getString("kind")).isEqualTo("showcase.message-answered");
    assertThat(notification.getString("link")).isEqualTo("/account#messages");
    assertThat(notification.getString("text")).contains("Home visit");

    JsonArray inbox = http.get("/api/v1/organisations/" + t.orgId() + "/messages", t.owner().token()).json().getJsonArray("items");
    assertThat(inbox.getJsonObject(0).getJsonArray("replies")).hasSize(1);
    assertThat(http.get("/api/v1/me/messages", t.owner().token()).json().getLong("total")).as("only the sender's own").isZero();
  }

  @Test
  @DisplayName("only the organisation's members reply: anonymous 401, others 403, another organisation's message 404, bad text 400")
  void whoMayReply() {
    Thread t = thread();
    String path = "/api/v1/organisations/" + t.orgId() + "/messages/" + t.messageId() + "/reply";
    JsonObject body = new JsonObject().put("text", "We answer this one.");
    assertThat(http.post(path, null, body).status()).isEqualTo(401);
    assertThat(http.post(path, t.visitor().token(), body).status()).isEqualTo(403);
    assertThat(http.post(path, users.staff("seinajoki").token(), body).status()).isEqualTo(403);
    User otherCompany = users.orgAdmin("company", true);
    assertThat(http.post(path, otherCompany.token(), body).status()).isEqualTo(403);
    String elsewhere = "/api/v1/organisations/" + otherCompany.organisationId() + "/messages/" + t.messageId() + "/reply";
    assertThat(http.post(elsewhere, otherCompany.token(), body).status()).as("not its message").isEqualTo(404);
    assertThat(http.post("/api/v1/organisations/" + t.orgId() + "/messages/" + UUID.randomUUID() + "/reply", t.owner().token(), body)
        .status()).isEqualTo(404);
    Http.Response empty = http.post(path, t.owner().token(), new JsonObject().put("text", " "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text");
    assertThat(http.post(path, t.owner().token(), new JsonObject().put("text", "ok ok").put("extra", 1)).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/me/messages", null).status()).isEqualTo(401);
    assertThat(app.count("SELECT count(*) FROM showcase_contact_reply WHERE contact_id = '" + t.messageId() + "'")).isZero();
    assertThat(http.get("/organisations/" + t.orgId() + "/messages", t.visitor().token()).status()).isEqualTo(403);
    Http.Response anonymousInbox = http.get("/organisations/" + t.orgId() + "/messages", null);
    assertThat(anonymousInbox.status()).isEqualTo(303);
    assertThat(anonymousInbox.header("Location")).startsWith("/login?next=");
    Http.Response stranger = http.form("/organisations/" + t.orgId() + "/messages/" + t.messageId() + "/reply", browser(t.visitor()),
        MultiMap.caseInsensitiveMultiMap().add("_csrf", http.csrfOf(t.visitor().token())).add("text", "Not mine to answer"));
    assertThat(stranger.status()).isEqualTo(403);
    assertThat(app.count("SELECT count(*) FROM showcase_contact_reply WHERE contact_id = '" + t.messageId() + "'")).isZero();
  }

  @Test
  @DisplayName("a member replies on the inbox page; the reply shows there and on the sender's /account, in their language")
  void replyOnPages() {
    Thread t = thread();
    Element desk = PageHtml.main(http.get("/account", t.member().token()).text());
    assertThat(desk.select("a[href='/organisations/" + t.orgId() + "/messages']")).isNotEmpty();

    Element inbox = PageHtml.main(http.get("/organisations/" + t.orgId() + "/messages?lang=fi", t.member().token()).text());
    Element item = inbox.selectFirst("#message-" + t.messageId());
    assertThat(item.text()).contains(MESSAGE).contains("Kotikäynti").contains(t.visitor().name());
    assertThat(item.select("form[action='/organisations/" + t.orgId() + "/messages/" + t.messageId() + "/reply'] textarea")).hasSize(1);

    String action = "/organisations/" + t.orgId() + "/messages/" + t.messageId() + "/reply";
    Http.Response refused = http.form(action, browser(t.member()),
        MultiMap.caseInsensitiveMultiMap().add("_csrf", http.csrfOf(t.member().token())).add("text", "x"));
    assertThat(refused.status()).isEqualTo(400);
    Element again = PageHtml.main(refused.text());
    assertThat(again.select(".error-summary a[href='#text']")).hasSize(1);
    assertThat(again.select("#message-" + t.messageId() + " textarea#text").text()).isEqualTo("x");

    Http.Response replied = http.form(action, browser(t.member()),
        MultiMap.caseInsensitiveMultiMap().add("_csrf", http.csrfOf(t.member().token())).add("text", "Tervetuloa kokeilemaan!"));
    assertThat(replied.status()).isEqualTo(303);
    Element after = PageHtml.main(http.get(replied.header("Location").replaceAll("#.*", ""), t.member().token()).text());
    assertThat(after.select("#message-" + t.messageId() + " [role=status]")).hasSize(1);
    assertThat(after.select("#message-" + t.messageId() + " .replies").text()).contains("Tervetuloa kokeilemaan!");

    for (String[] lang : List.of(new String[] {"en", "Your messages to companies"}, new String[] {"fi", "Viestisi yrityksille"},
        new String[] {"sv", "Dina meddelanden till företag"})) {
      Element account = PageHtml.main(http.get("/account?lang=" + lang[0], t.visitor().token()).text());
      assertThat(account.select("#messages").text()).isEqualTo(lang[1]);
      Element section = account.selectFirst("#messages").parent();
      assertThat(section.text()).contains(MESSAGE).contains("Tervetuloa kokeilemaan!");
      assertThat(section.select("time").first().text()).doesNotContain("T").doesNotContain("Z");
    }
    Element other = PageHtml.main(http.get("/account", users.citizen("nosy").token()).text());
    assertThat(other.text()).doesNotContain("Tervetuloa kokeilemaan!");
  }

  @Test
  @DisplayName("the export holds one's messages with their replies and the replies one wrote; erasure removes one's messages")
  void personalData() {
    Thread t = thread();
    http.post("/api/v1/organisations/" + t.orgId() + "/messages/" + t.messageId() + "/reply", t.owner().token(),
        new JsonObject().put("text", "Thanks, we will call."));
    JsonObject export = http.get("/api/v1/me/export", t.visitor().token()).json();
    JsonObject sent = export.getJsonArray("messagesSent").getJsonObject(0);
    assertThat(sent.getString("message")).isEqualTo(MESSAGE);
    assertThat(sent.getJsonArray("replies").getJsonObject(0).getString("text")).isEqualTo("Thanks, we will call.");
    assertThat(sent.getJsonArray("replies").getJsonObject(0).getString("at")).isNotBlank();
    JsonObject ownerExport = http.get("/api/v1/me/export", t.owner().token()).json();
    assertThat(ownerExport.getJsonArray("messageReplies").getJsonObject(0).getString("text")).isEqualTo("Thanks, we will call.");

    Http.Response erased = http.call(HttpMethod.DELETE, "/api/v1/me", t.visitor().token(), new JsonObject().put("password", Users.PASSWORD));
    assertThat(erased.status()).as(erased.text()).isEqualTo(204);
    assertThat(app.count("SELECT count(*) FROM showcase_contact WHERE id = '" + t.messageId() + "'")).isZero();
    assertThat(app.count("SELECT count(*) FROM showcase_contact_reply WHERE contact_id = '" + t.messageId() + "'")).isZero();
    assertThat(http.get("/api/v1/organisations/" + t.orgId() + "/messages", t.owner().token()).json().getLong("total")).isZero();
  }
}
