package org.ntc.hub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OutboxRows;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** {@code /admin/mail}: every mail as its recipient gets it, for admins, in their language. */
class AdminMailPagesTest extends ApiTest {
  private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  private static final Map<String, String> QUEUED = Map.of("fi", "Jonossa", "sv", "I kö", "en", "Queued");
  private static final Map<String, String> PAGE_2 = Map.of("fi", "Sivu 1/2", "sv", "Sida 1 av 2", "en", "Page 1 of 2");

  @Test
  @DisplayName("an admin reads each mail's subject, recipient, status in words, time and text in fi, sv and en, filtered by address and paged")
  void outbox() {
    String address = "page-" + UUID.randomUUID() + "@mail.test";
    app.execute(OutboxRows.queueTo(22, address));
    for (String lang : QUEUED.keySet()) {
      Element main = PageHtml.main(http.get("/admin/mail?lang=" + lang + "&to=" + address, users.admin().token()).text());
      assertThat(main.select("h1").text()).isNotBlank();
      assertThat(main.select("#mail-to").val()).isEqualTo(address);
      assertThat(main.select("label[for=mail-to]").text()).isNotBlank();
      assertThat(main.select(".mail-item")).hasSize(20);
      Element newest = main.selectFirst(".mail-item");
      assertThat(newest.select(".mail-subject").text()).isNotBlank().doesNotContain("notification.");
      assertThat(newest.select(".facts").text()).contains(address);
      assertThat(newest.select(".badge").text()).isEqualTo(QUEUED.get(lang));
      assertThat(newest.select(".mail-text").text()).contains("http://localhost:8080/");
      assertThat(newest.select("a[href$=/html]").attr("href")).matches("/admin/mail/[0-9a-f-]{36}/html");
      assertThat(main.text()).doesNotContain("queued").doesNotContain("admin.mail").doesNotContain("mail.status");
      assertThat(ISO_TIME.matcher(main.text()).find()).as("no ISO timestamps").isFalse();
      Element pager = main.selectFirst("nav.pager");
      assertThat(pager.text()).contains(PAGE_2.get(lang));
      assertThat(pager.select("a[rel=next]").attr("href")).isEqualTo("/admin/mail?page=2&to=" + address.replace("@", "%40"));
    }
    Element second = PageHtml.main(http.get("/admin/mail?lang=en&page=2&to=" + address, users.admin().token()).text());
    assertThat(second.select(".mail-item")).hasSize(2);
    assertThat(second.select("nav.pager a[rel=prev]")).hasSize(1);
  }

  @Test
  @DisplayName("an address with no mail says so, in the reader's language")
  void empty() {
    String nobody = "nobody-" + UUID.randomUUID() + "@mail.test";
    Element main = PageHtml.main(http.get("/admin/mail?lang=fi&to=" + nobody, users.admin().token()).text());
    assertThat(main.select(".mail-item")).isEmpty();
    assertThat(main.select(".mail-empty").text()).isEqualTo("Ei viestejä osoitteeseen " + nobody + ".");
  }

  @Test
  @DisplayName("the HTML part opens on its own for admins only, sandboxed by its Content-Security-Policy; a malformed or unknown id is 404")
  void htmlView() {
    String address = "html-" + UUID.randomUUID() + "@mail.test";
    app.execute(OutboxRows.queueTo(1, address));
    String id = http.get("/api/v1/admin/mail?to=" + address, users.admin().token()).json().getJsonArray("items").getJsonObject(0)
        .getString("id");
    Http.Response html = http.get("/admin/mail/" + id + "/html", users.admin().token());
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.header("Content-Type")).startsWith("text/html");
    assertThat(html.header("Content-Security-Policy")).startsWith("sandbox").contains("default-src 'none'");
    assertThat(PageHtml.parse(html.text()).select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("http://localhost:8080/"));
    assertThat(PageHtml.parse(html.text()).text()).contains("Hemvårdsvisning 1");
    User staff = users.staff("seinajoki");
    assertThat(http.get("/admin/mail/" + id + "/html", staff.token()).status()).isEqualTo(403);
    assertThat(http.get("/admin/mail/" + id + "/html", users.citizen("nosy").token()).status()).isEqualTo(403);
    assertThat(http.get("/admin/mail/" + id + "/html", null).status()).isEqualTo(303);
    assertThat(http.get("/admin/mail/not-a-uuid/html", users.admin().token()).status()).isEqualTo(404);
    assertThat(http.get("/admin/mail/" + UUID.randomUUID() + "/html", users.admin().token()).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("a mail whose template no part of the site composes is listed as stuck, and its HTML page says why instead of failing")
  void uncomposable() {
    String address = "odd-" + UUID.randomUUID() + "@mail.test";
    app.execute("INSERT INTO mail_outbox (to_address, lang, template) VALUES ('" + address + "', 'en', 'retired-template')");
    JsonObject listed = http.get("/api/v1/admin/mail?to=" + address, users.admin().token()).json().getJsonArray("items")
        .getJsonObject(0);
    assertThat(listed.getString("subject")).isEqualTo("(retired-template)");
    Http.Response html = http.get("/admin/mail/" + listed.getString("id") + "/html", users.admin().token());
    assertThat(html.status()).isEqualTo(200);
    assertThat(PageHtml.parse(html.text()).text()).contains("cannot be composed").contains("retired-template");
  }

  @Test
  @DisplayName("bad paging on the page is a 400 error page in the reader's language; an overlong address simply finds no mail")
  void badInput() {
    for (String query : new String[] {"page=0", "page=x", "pageSize=100000"}) {
      Http.Response page = http.get("/admin/mail?lang=en&" + query, users.admin().token());
      assertThat(page.status()).as(query).isEqualTo(400);
      assertThat(page.header("Content-Type")).startsWith("text/html");
    }
    Http.Response longest = http.get("/admin/mail?lang=en&to=" + "a".repeat(2000), users.admin().token());
    assertThat(longest.status()).isEqualTo(200);
    assertThat(PageHtml.main(longest.text()).select(".mail-item")).isEmpty();
  }

  @Test
  @DisplayName("/admin/mail is for admins: staff and members get 403, visitors are sent to sign in")
  void whoMaySee() {
    assertThat(http.get("/admin/mail", users.staff("umea").token()).status()).isEqualTo(403);
    assertThat(http.get("/admin/mail", users.orgMember("company").token()).status()).isEqualTo(403);
    Http.Response visitor = http.get("/admin/mail", null);
    assertThat(visitor.status()).isEqualTo(303);
    assertThat(visitor.header("Location")).startsWith("/login?next=");
  }
}
