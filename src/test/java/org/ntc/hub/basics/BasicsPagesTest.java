package org.ntc.hub.basics;

import static org.ntc.hub.support.Http.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class BasicsPagesTest extends ApiTest {
  private static final Map<String, List<String>> ACCESSIBILITY = Map.of(
      "en", List.of("Accessibility statement", "partially compliant", "EN 301 549", "WCAG 2.1", "axe-core",
          "Regional State Administrative Agency for Southern Finland", "Agency for Digital Government (DIGG)", "5 December 2026"),
      "fi", List.of("Saavutettavuusseloste", "täyttää osittain", "EN 301 549", "Etelä-Suomen aluehallintovirasto",
          "Myndigheten för digital förvaltning (DIGG)", "5.12.2026"),
      "sv", List.of("Tillgänglighetsredogörelse", "delvis förenlig", "EN 301 549", "Regionförvaltningsverket i Södra Finland",
          "Myndigheten för digital förvaltning (DIGG)", "5 december 2026"));
  private static final Map<String, List<String>> PRIVACY = Map.of(
      "en", List.of("Privacy notice", "Controller", "Data protection officer", "Article 6(1)(b)", "Transfers outside the EU/EEA",
          "How long it is kept", "Office of the Data Protection Ombudsman", "IMY", "ntc_token", "ntc_csrf", "ntc_lang",
          "no third-party cookies"),
      "fi", List.of("Tietosuojaseloste", "Rekisterinpitäjä", "Tietosuojavastaava", "Tietosuojavaltuutetun toimisto", "Evästeet",
          "ntc_token", "ntc_csrf", "ntc_lang", "Kolmansien osapuolten evästeitä"),
      "sv", List.of("Integritetsmeddelande", "Personuppgiftsansvarig", "Dataskyddsombud", "Integritetsskyddsmyndigheten", "Kakor",
          "ntc_token", "ntc_csrf", "ntc_lang", "inga kakor från tredje part"));

  @Test
  @DisplayName("the accessibility statement and the privacy notice speak fi, sv and en, in the parts the law asks for")
  void pagesInThreeLanguages() {
    for (String lang : List.of("en", "fi", "sv")) {
      Http.Response statement = http.get("/accessibility?lang=" + lang, null);
      assertThat(statement.status()).isEqualTo(200);
      Element main = PageHtml.main(statement.text());
      assertThat(main.text()).as(lang).contains(ACCESSIBILITY.get(lang)).doesNotContainPattern("(accessibility|privacy)\\.[a-z]+\\.");
      assertThat(main.select("h2").size()).isGreaterThanOrEqualTo(6);
      assertThat(main.select("form[action=/accessibility/feedback] input[name=_csrf]")).hasSize(1);
      assertThat(main.select("form[action=/accessibility/feedback] #email[type=email]")).hasSize(1);
      assertThat(main.select("form[action=/accessibility/feedback] textarea#description")).hasSize(1);

      Element privacy = PageHtml.main(http.get("/privacy?lang=" + lang, null).text());
      assertThat(privacy.text()).as(lang).contains(PRIVACY.get(lang)).doesNotContainPattern("(accessibility|privacy)\\.[a-z]+\\.");
      assertThat(privacy.select("a[href=/account]")).hasSize(1);
      assertThat(privacy.select("a[href=/account#erase]")).hasSize(1);
    }
  }

  @Test
  @DisplayName("every footer links both pages, and registration links the privacy notice beside its button")
  void linked() {
    User someone = users.citizen("reader");
    for (String path : List.of("/", "/showcases", "/trainings", "/ask", "/accessibility", "/privacy", "/no-such-page")) {
      Document page = PageHtml.parse(http.get(path + "?lang=fi", null).text());
      Element footer = page.selectFirst("footer");
      assertThat(footer).as(path).isNotNull();
      assertThat(footer.select("a[href=/accessibility]").text()).as(path).isEqualTo("Saavutettavuusseloste");
      assertThat(footer.select("a[href=/privacy]").text()).as(path).isEqualTo("Tietosuojaseloste");
    }
    Document signedIn = PageHtml.parse(http.get("/account?lang=sv", someone.token()).text());
    assertThat(signedIn.select("footer a[href=/privacy]").text()).isEqualTo("Integritetsmeddelande");

    Element register = PageHtml.main(http.get("/register?lang=en", null).text());
    Element form = register.selectFirst("form[action=/register]");
    assertThat(form.select("a[href=/privacy]").text()).isEqualTo("privacy notice");
    assertThat(form.select("a[href=/privacy]").first().parent().nextElementSibling().tagName()).isEqualTo("button");
  }

  @Test
  @DisplayName("feedback that is empty, too long or without a usable email comes back with its errors, and nothing is stored")
  void feedbackRefused() {
    User staff = users.staff("seinajoki");
    long before = queueTotal(staff);
    Http.Response page = http.get("/accessibility?lang=en", null);
    MultiMap browser = Http.headers("Cookie", Http.csrfCookie(page));
    String csrf = Http.csrfField(page);

    Http.Response empty = http.form("/accessibility/feedback?lang=en", browser, form("_csrf", csrf, "description", "", "email", ""));
    assertThat(empty.status()).isEqualTo(400);
    Element again = PageHtml.main(empty.text());
    assertThat(again.select(".error-summary a[href=#description]")).hasSize(1);
    assertThat(again.select(".error-summary a[href=#email]")).hasSize(1);
    assertThat(again.select("#description[aria-invalid=true]")).hasSize(1);
    assertThat(again.select("#email-error").text()).contains("email address");

    String huge = "The contrast is too low. ".repeat(200);
    Http.Response tooLong = http.form("/accessibility/feedback?lang=fi", browser, form("_csrf", csrf, "page", "x".repeat(301),
        "description", huge, "email", "reader@example.org", "name", "Lukija"));
    assertThat(tooLong.status()).isEqualTo(400);
    Element long1 = PageHtml.main(tooLong.text());
    assertThat(long1.select("#description-error").text()).contains("10–4000");
    assertThat(long1.select("#page[aria-invalid=true]")).hasSize(1);
    assertThat(long1.select("#email").val()).isEqualTo("reader@example.org");
    assertThat(long1.select("#name").val()).isEqualTo("Lukija");

    Http.Response badEmail = http.form("/accessibility/feedback?lang=sv", browser, form("_csrf", csrf,
        "description", "Knapparna saknar synligt fokus.", "email", "not an address"));
    assertThat(badEmail.status()).isEqualTo(400);
    Element bad = PageHtml.main(badEmail.text());
    assertThat(bad.select(".error-summary a[href=#email]")).hasSize(1);
    assertThat(bad.select("#description").text()).isEqualTo("Knapparna saknar synligt fokus.");

    Http.Response forged = http.form("/accessibility/feedback", browser, form("description", "No token with this one.",
        "email", "reader@example.org"));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(queueTotal(staff)).isEqualTo(before);
  }

  @Test
  @DisplayName("a visitor's feedback lands in the advice queue as accessibility feedback; staff see whom to answer")
  void visitorFeedback() {
    User staff = users.staff("seinajoki");
    Http.Response page = http.get("/accessibility?lang=fi", null);
    MultiMap browser = Http.headers("Cookie", Http.csrfCookie(page));
    Http.Response sent = http.form("/accessibility/feedback?lang=fi", browser, form("_csrf", Http.csrfField(page),
        "page", "Koulutukset", "description", "Ilmoittautumispainikkeen kontrasti on liian heikko.", "name", "Aino Lukija",
        "email", "Aino.Lukija@example.org"));
    assertThat(sent.status()).as(sent.text()).isEqualTo(303);
    assertThat(sent.header("Location")).isEqualTo("/accessibility?sent=1#feedback");
    assertThat(PageHtml.main(http.get("/accessibility?sent=1&lang=fi", null).text()).select("[role=status]").text())
        .contains("Kiitos");

    JsonObject request = find(staff, "Saavutettavuuspalaute: Koulutukset");
    assertThat(request.getString("kind")).isEqualTo("accessibility-feedback");
    assertThat(request.getString("contactEmail")).isEqualTo("aino.lukija@example.org");
    assertThat(request.getString("contactPoint")).isEqualTo("seinajoki");
    assertThat(request.getValue("requester")).isNull();

    Element item = queueItem(staff, request.getString("id"));
    assertThat(item.select(".advice-kind").text()).isEqualTo("Saavutettavuuspalaute");
    assertThat(item.text()).contains("Aino Lukija").doesNotContain("accessibility-feedback");

    Element thread = PageHtml.main(http.get("/ask/" + request.getString("id") + "?lang=en", staff.token()).text());
    assertThat(thread.select("a[href=mailto:aino.lukija@example.org]")).hasSize(1);
    assertThat(thread.text()).contains("Accessibility feedback", "answer by email", "Aino Lukija");
    assertThat(http.get("/ask/" + request.getString("id"), users.citizen("nosy").token()).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("a signed-in person gives feedback without name or email and follows it among their questions")
  void signedInFeedback() {
    User reader = users.citizen("signed-in-reader");
    Http.Response page = http.raw(HttpMethod.GET, "/accessibility?lang=sv", Http.headers("Cookie", "ntc_token=" + reader.token()), null);
    Element main = PageHtml.main(page.text());
    assertThat(main.select("#email")).isEmpty();
    assertThat(main.text()).contains("Du är inloggad");
    Http.Response sent = http.form("/accessibility/feedback?lang=sv", Http.headers("Authorization", "Bearer " + reader.token()),
        form("description", "Skärmläsaren läser inte upp kartlänken."));
    assertThat(sent.status()).as(sent.text()).isEqualTo(303);
    assertThat(sent.header("Location")).startsWith("/ask/").endsWith("?asked=1");
    JsonArray mine = http.get("/api/v1/advice-requests", reader.token()).json().getJsonArray("items");
    assertThat(mine).hasSize(1);
    assertThat(mine.getJsonObject(0).getString("kind")).isEqualTo("accessibility-feedback");
    assertThat(mine.getJsonObject(0).getString("contactPoint")).isEqualTo("umea");
    assertThat(mine.getJsonObject(0).getString("topic")).isEqualTo("Återkoppling om tillgänglighet");
  }

  /** The request as the staff queue lists it, on whichever page it is. */
  private Element queueItem(User staff, String id) {
    for (int page = 1; page <= 50; page++) {
      Element queue = PageHtml.main(http.get("/advice?lang=fi&status=new&page=" + page, staff.token()).text());
      Element item = queue.selectFirst("[data-advice-item=" + id + "]");
      if (item != null) return item;
      if (queue.select("[data-advice-item]").isEmpty()) break;
    }
    throw new AssertionError("not in the queue: " + id);
  }

  private long queueTotal(User staff) {
    return http.get("/api/v1/advice-requests", staff.token()).json().getLong("total");
  }

  private JsonObject find(User staff, String topic) {
    JsonArray items = http.get("/api/v1/advice-requests?status=new&pageSize=100", staff.token()).json().getJsonArray("items");
    long total = http.get("/api/v1/advice-requests?status=new", staff.token()).json().getLong("total");
    for (int page = 1; (page - 1) * 100L < total; page++) {
      if (page > 1) items = http.get("/api/v1/advice-requests?status=new&pageSize=100&page=" + page, staff.token()).json().getJsonArray("items");
      for (Object item : items) {
        if (((JsonObject) item).getString("topic").equals(topic)) return (JsonObject) item;
      }
    }
    throw new AssertionError("no request " + topic);
  }
}
