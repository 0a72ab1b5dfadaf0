package org.ntc.hub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

@OwnNode("changes the labels and contact points every page of the node shows")
class AdminPagesTest extends ApiTest {
  /** Contact points and labels are kept per process: the classes after this one see the built-in ones again. */
  @AfterAll
  static void forgetWhatAdminsAdded() {
    app.execute("""
        UPDATE account SET staff_contact_point = NULL WHERE staff_contact_point NOT IN ('seinajoki', 'umea');
        DELETE FROM staff_duty WHERE contact_point NOT IN ('seinajoki', 'umea');
        DELETE FROM contact_point WHERE id NOT IN ('seinajoki', 'umea');
        DELETE FROM label_override""");
    app.reloadReferenceData();
  }

  private static final List<String> PAGES = List.of("/admin", "/admin/contact-points", "/admin/contact-points/new",
      "/admin/contact-points/umea/edit", "/admin/labels", "/admin/staff", "/admin/audit");
  private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

  @Test
  @DisplayName("every /admin page answers an admin in fi, sv and en with its heading in <main>; staff get 403; visitors sign in first")
  void whoMaySee() {
    User staff = users.staff("seinajoki");
    User citizen = users.citizen("curious");
    for (String path : PAGES) {
      for (String lang : List.of("fi", "sv", "en")) {
        Http.Response page = http.get(path + "?lang=" + lang, users.admin().token());
        assertThat(page.status()).as(path + " " + lang).isEqualTo(200);
        Element main = PageHtml.main(page.text());
        assertThat(main.select("h1").text()).as(path).isNotBlank();
        assertThat(main.text()).as(path + " shows no message keys").doesNotContain("admin.").doesNotContain("audit.action");
      }
      assertThat(http.get(path, staff.token()).status()).as(path + " for staff").isEqualTo(403);
      assertThat(http.get(path, citizen.token()).status()).as(path + " for a citizen").isEqualTo(403);
      Http.Response anonymous = http.get(path, null);
      assertThat(anonymous.status()).as(path + " for a visitor").isEqualTo(303);
      assertThat(anonymous.header("Location")).startsWith("/login?next=");
    }
    Element header = PageHtml.parse(http.get("/?lang=en", users.admin().token()).text()).selectFirst("header");
    assertThat(header.select("a[href=/admin]").text()).isEqualTo("Admin");
    assertThat(PageHtml.parse(http.get("/?lang=en", staff.token()).text()).select("header a[href=/admin]")).isEmpty();
    assertThat(form(staff, "/admin/staff", MultiMap.caseInsensitiveMultiMap().add("email", citizen.email())
        .add("contactPoint", "umea")).status()).as("staff may not grant").isEqualTo(403);
  }

  @Test
  @DisplayName("an admin adds a contact point on /admin; it appears in every footer and in the trainings' contact-point select")
  void addContactPoint() {
    MultiMap fields = MultiMap.caseInsensitiveMultiMap().add("id", "vaasa").add("name_fi", "NTC:n yhteyspiste Vaasa")
        .add("name_sv", "NTC:s kontaktpunkt Vasa").add("name_en", "NTC contact point Vaasa").add("country", "FI")
        .add("timeZone", "Europe/Helsinki").add("street", "Wolffintie 36").add("postalCode", "65200").add("city", "Vaasa")
        .add("phone", "+358 6 324 0000").add("email", "vaasa@ntc-hub.example").add("openingHours_fi", "ma–pe 9–15")
        .add("lat", "63,096").add("lon", "21.6158");

    Http.Response refused = form(users.admin(), "/admin/contact-points?lang=en", MultiMap.caseInsensitiveMultiMap()
        .addAll(fields).set("lat", "north").set("id", "Vaasa"));
    assertThat(refused.status()).isEqualTo(400);
    Element main = PageHtml.main(refused.text());
    assertThat(main.select(".error-summary a").eachAttr("href")).contains("#location", "#id");
    assertThat(main.select("#location-error").text()).contains("latitude");
    assertThat(main.select("#street").val()).as("what was typed stays").isEqualTo("Wolffintie 36");
    assertThat(http.get("/api/v1/contact-points/vaasa", null).status()).isEqualTo(404);

    Http.Response added = form(users.admin(), "/admin/contact-points", fields);
    assertThat(added.status()).as(added.text()).isEqualTo(303);
    assertThat(added.header("Location")).isEqualTo("/admin/contact-points?saved=vaasa");
    Element list = PageHtml.main(http.get("/admin/contact-points?saved=vaasa&lang=sv", users.admin().token()).text());
    assertThat(list.select("[role=status]").text()).contains("NTC:s kontaktpunkt Vasa");
    assertThat(list.select("a[href=/admin/contact-points/vaasa/edit]")).hasSize(1);

    Document showcases = PageHtml.parse(http.get("/showcases?lang=sv", null).text());
    assertThat(showcases.select("footer a[href=/contact-points/vaasa]").text()).isEqualTo("NTC:s kontaktpunkt Vasa");
    Document trainings = PageHtml.parse(http.get("/trainings?lang=fi", null).text());
    assertThat(trainings.select("main select#contactPoint option[value=vaasa]")).hasSize(1);
    JsonObject api = http.get("/api/v1/contact-points/vaasa", null).json();
    assertThat(api.getJsonObject("location").getDouble("lat")).isEqualTo(63.096);

    Http.Response duplicate = form(users.admin(), "/admin/contact-points?lang=fi", fields);
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(PageHtml.main(duplicate.text()).select("#id-error").text()).contains("eri kuin muilla");

    Http.Response edited = form(users.admin(), "/admin/contact-points/vaasa", MultiMap.caseInsensitiveMultiMap().addAll(fields)
        .remove("id").set("phone", "").set("openingHours_en", "Mon–Fri 9–15"));
    assertThat(edited.status()).as(edited.text()).isEqualTo(303);
    Element page = PageHtml.main(http.get("/contact-points/vaasa?lang=en", null).text());
    assertThat(page.select("a[href^=tel:]")).isEmpty();
    assertThat(page.text()).contains("Mon–Fri 9–15");
    Element editForm = PageHtml.main(http.get("/admin/contact-points/vaasa/edit?lang=en", users.admin().token()).text());
    assertThat(editForm.select("#name_sv").val()).isEqualTo("NTC:s kontaktpunkt Vasa");
    assertThat(editForm.select("#timeZone option[selected]").text()).isEqualTo("Finnish time");
  }

  @Test
  @DisplayName("an admin rewords a category: the taxonomy API and the showcase filters use it; emptied, the original returns")
  void labelOverride() {
    String field = "fi|category.remote-monitoring";
    Element form = PageHtml.main(http.get("/admin/labels?lang=fi", users.admin().token()).text());
    assertThat(form.select("input[name='" + field + "']").val()).isEqualTo(labelIn("fi", "remote-monitoring"));
    String original = labelIn("fi", "remote-monitoring");
    String sv = labelIn("sv", "remote-monitoring");

    Http.Response saved = form(users.admin(), "/admin/labels", MultiMap.caseInsensitiveMultiMap()
        .add(field, "Etäseuranta kotona").add("sv|category.remote-monitoring", sv));
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    assertThat(labelIn("fi", "remote-monitoring")).isEqualTo("Etäseuranta kotona");
    assertThat(labelIn("sv", "remote-monitoring")).isEqualTo(sv);
    Document showcases = PageHtml.parse(http.get("/showcases?lang=fi", null).text());
    assertThat(showcases.select("select#filter-category option[value=remote-monitoring]").text()).startsWith("Etäseuranta kotona");
    Element after = PageHtml.main(http.get("/admin/labels?lang=en", users.admin().token()).text());
    assertThat(after.select("#label-category-remote-monitoring-fi-hint").text()).contains(original);

    Http.Response tooLong = form(users.admin(), "/admin/labels", MultiMap.caseInsensitiveMultiMap().add(field, "x".repeat(81)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(PageHtml.main(tooLong.text()).select(".error-summary a").attr("href")).isEqualTo("#labels");

    assertThat(form(users.admin(), "/admin/labels", MultiMap.caseInsensitiveMultiMap().add(field, "")).status()).isEqualTo(303);
    assertThat(labelIn("fi", "remote-monitoring")).isEqualTo(original);
    assertThat(PageHtml.parse(http.get("/showcases?lang=fi", users.staff("seinajoki").token()).text())
        .select("select#filter-category option[value=remote-monitoring]").text()).startsWith(original);
    assertThat(PageHtml.parse(http.get("/showcases?lang=fi", null).text())
        .select("select#filter-category option[value=remote-monitoring]").text()).as("visitors read the plain words again")
        .startsWith("Terveyden mittaaminen kotona");
  }

  @Test
  @DisplayName("an admin makes a person staff by email and ends it; the list names their contact point; the log reads in words")
  void staffAndAudit() {
    User person = users.citizen("future-staff");
    Http.Response unknown = form(users.admin(), "/admin/staff?lang=en", MultiMap.caseInsensitiveMultiMap()
        .add("email", "nobody-here@example.org").add("contactPoint", "umea"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(PageHtml.main(unknown.text()).select("#email-error").text()).isEqualTo("Give the email of a registered account.");

    Http.Response granted = form(users.admin(), "/admin/staff", MultiMap.caseInsensitiveMultiMap()
        .add("email", person.email().toUpperCase()).add("contactPoint", "umea"));
    assertThat(granted.status()).as(granted.text()).isEqualTo(303);
    assertThat(http.get("/api/v1/me", person.token()).json().getString("contactPoint")).isEqualTo("umea");
    Element list = PageHtml.main(http.get("/admin/staff?lang=fi", users.admin().token()).text());
    Element row = list.select("table.staff-list tr:has(th:containsOwn(" + person.name() + "))").first();
    assertThat(row).isNotNull();
    assertThat(row.select("td").eachText()).contains("NTC:n yhteyspiste Uumaja");

    String revokeAction = "/admin/staff/" + person.id() + "/revoke";
    assertThat(row.select("form[action=" + revokeAction + "]")).hasSize(1);
    assertThat(form(users.admin(), revokeAction, MultiMap.caseInsensitiveMultiMap()).status()).isEqualTo(303);
    assertThat(http.get("/api/v1/me", person.token()).json().containsKey("contactPoint")).isFalse();
    assertThat(PageHtml.main(http.get("/admin/staff", users.admin().token()).text()).text()).doesNotContain(person.name());

    Element audit = PageHtml.main(http.get("/admin/audit?lang=en", users.admin().token()).text());
    List<String> firstRow = audit.select("table.audit-log tbody tr").first().select("td").eachText();
    assertThat(firstRow.get(1)).isEqualTo("Administrator");
    assertThat(firstRow.get(2)).isEqualTo("Ended a staff role");
    assertThat(firstRow.get(3)).isEqualTo(person.name());
    assertThat(audit.select("table.audit-log tbody tr").get(1).select("td").get(2).text())
        .isEqualTo("Made staff (NTC contact point Umeå)");
    String text = audit.text();
    assertThat(text).doesNotContain("staff.granted").doesNotContain("auth.login").doesNotContain(person.id());
    assertThat(ISO_TIME.matcher(text).find()).as("no ISO timestamps").isFalse();
    Element finnish = PageHtml.main(http.get("/admin/audit?lang=fi", users.admin().token()).text());
    assertThat(finnish.select("table.audit-log tbody tr").first().select("td").get(2).text()).isEqualTo("Päätti henkilökuntaroolin");
    Element paged = PageHtml.main(http.get("/admin/audit?lang=en&pageSize=1", users.admin().token()).text());
    assertThat(paged.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/admin/audit?page=2");
  }

  private String labelIn(String lang, String category) {
    return http.get("/api/v1/taxonomy?lang=" + lang, null).json().getJsonArray("categories").stream()
        .map(JsonObject.class::cast).filter(c -> c.getString("id").equals(category)).findFirst().orElseThrow().getString("label");
  }

  private Http.Response form(User user, String path, MultiMap fields) {
    MultiMap browser = MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
    return http.form(path, browser, MultiMap.caseInsensitiveMultiMap().addAll(fields).add("_csrf", http.csrfOf(user.token())));
  }

}
