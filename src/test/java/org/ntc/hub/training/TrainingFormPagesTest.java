package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** The pages where trainings are offered, edited, rescheduled and cancelled, as a browser without JavaScript uses them. */
class TrainingFormPagesTest extends ApiTest {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private static MultiMap cookie(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  private Http.Response page(String path, User user) {
    return http.raw(HttpMethod.GET, path, user == null ? MultiMap.caseInsensitiveMultiMap() : cookie(user), null);
  }

  private Http.Response post(String path, User user, String csrf, MultiMap fields) {
    return http.form(path, cookie(user), fields.add("_csrf", csrf));
  }

  private static LocalDateTime inDays(int days) {
    return OffsetDateTime.ofInstant(app.clock().instant(), ZoneOffset.UTC).plusDays(days).toLocalDate().atTime(10, 0);
  }

  private static MultiMap newTraining(LocalDateTime start, String contactPoint) {
    return MultiMap.caseInsensitiveMultiMap().add("title_fi", "Turvapuhelimen käyttöönotto").add("title_en", "Safety phone set-up")
        .add("title_sv", "").add("description_fi", "").add("description_sv", "").add("description_en", "Hands on.")
        .add("format", "onsite").add("contactPoint", contactPoint).add("startsAt", start.format(LOCAL))
        .add("endsAt", start.plusHours(2).format(LOCAL)).add("enrolmentClosesAt", "").add("capacity", "2").add("language", "fi")
        .add("audience", "professionals").add("audience", "citizens").add("trainer", "Aino Niemi").add("room", "Showroom")
        .add("streetAddress", "Kampusranta 9").add("joinLink", "").add("joinInstructions", "");
  }

  @Test
  @DisplayName("/trainings/new: staff and verified members only; contact points by name; times typed in the contact point's zone")
  void offer() {
    User staff = users.staff("umea");
    assertThat(page("/trainings/new", null).status()).as("sign in first").isEqualTo(303);
    assertThat(page("/trainings/new", users.citizen("c")).status()).isEqualTo(403);
    assertThat(PageHtml.main(page("/trainings?lang=en", staff).text()).select("a[href=/trainings/new]").text())
        .isEqualTo("Offer a training");
    assertThat(PageHtml.main(page("/trainings?lang=en", null).text()).select("a[href=/trainings/new]")).isEmpty();

    Http.Response form = page("/trainings/new?lang=en", staff);
    assertThat(form.status()).isEqualTo(200);
    Element main = PageHtml.main(form.text());
    assertThat(main.select("h1").text()).isEqualTo("Offer a training");
    assertThat(main.select("select#contactPoint option").eachText()).containsExactly("NTC contact point Seinäjoki", "NTC contact point Umeå");
    assertThat(main.select("select#contactPoint option[selected]").val()).as("staff's own contact point first").isEqualTo("umea");
    assertThat(main.select("input#startsAt[type=datetime-local]")).hasSize(1);
    assertThat(main.select("form[action=/trainings/new] input[name=_csrf]")).hasSize(1);
    assertThat(PageHtml.main(page("/trainings/new?lang=fi", staff).text()).select("h1").text()).isEqualTo("Tarjoa koulutus");
    assertThat(PageHtml.main(page("/trainings/new?lang=sv", staff).text()).select("h1").text()).isEqualTo("Erbjud en utbildning");
    User member = users.orgMember("care");
    Element memberForm = PageHtml.main(page("/trainings/new?lang=en", member).text());
    assertThat(memberForm.select("select#organisationId option").val()).isEqualTo(member.organisationId());

    LocalDateTime start = inDays(40);
    Http.Response created = post("/trainings/new", staff, Http.csrfField(form), newTraining(start, "umea"));
    assertThat(created.status()).as(created.text()).isEqualTo(303);
    String id = created.headers().get("Location").substring("/trainings/".length());
    JsonObject training = http.get("/api/v1/trainings/" + id, null).json();
    assertThat(OffsetDateTime.parse(training.getString("startsAt")).toInstant())
        .isEqualTo(start.atZone(ZoneId.of("Europe/Stockholm")).toInstant());
    assertThat(training.getString("trainer")).isEqualTo("Aino Niemi");
    Element shown = PageHtml.main(page("/trainings/" + id + "?lang=en", null).text());
    assertThat(shown.select("dt:containsOwn(Trainer) + dd").text()).isEqualTo("Aino Niemi");
    assertThat(shown.select("dt:containsOwn(Street address) + dd").text()).isEqualTo("Kampusranta 9");
    assertThat(shown.select("a[href=/trainings/" + id + "/edit]")).as("only organisers see the edit link").isEmpty();
  }

  @Test
  @DisplayName("a refused new training comes back with what was typed and a summary linking to each field")
  void offerRefused() {
    User staff = users.staff("seinajoki");
    String csrf = Http.csrfField(page("/trainings/new?lang=fi", staff));
    LocalDateTime start = inDays(20);
    long before = app.count("SELECT count(*) FROM training");
    MultiMap bad = newTraining(start, "seinajoki");
    bad.set("title_fi", "").set("title_en", "").set("endsAt", start.minusHours(1).format(LOCAL)).set("capacity", "lots");
    Http.Response refused = post("/trainings/new?lang=fi", staff, csrf, bad);
    assertThat(refused.status()).isEqualTo(400);
    Element main = PageHtml.main(refused.text());
    assertThat(main.select(".error-summary a").eachAttr("href")).contains("#title", "#endsAt", "#capacity");
    assertThat(main.select(".error-summary a[href=#capacity]").text()).isEqualTo("Anna paikkojen määrä 1–10 000.");
    assertThat(main.select("input#capacity").val()).isEqualTo("lots");
    assertThat(main.select("input#trainer").val()).isEqualTo("Aino Niemi");
    assertThat(main.select("input#capacity").attr("aria-invalid")).isEqualTo("true");
    assertThat(app.count("SELECT count(*) FROM training")).isEqualTo(before);
  }

  @Test
  @DisplayName("/trainings/{id}/edit: the organiser reschedules; fewer seats than confirmed is explained; others may not")
  void edit() {
    User staff = users.staff("seinajoki");
    String id = http.post("/api/v1/trainings", staff.token(), TrainingChangesTest.training(1)).json().getString("id");
    User person = users.citizen("edited");
    User waiting = users.citizen("edited");
    http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject());
    http.post("/api/v1/trainings/" + id + "/enrolments", waiting.token(), new JsonObject());
    assertThat(page("/trainings/" + id + "/edit", users.orgMember("company")).status()).isEqualTo(403);
    assertThat(PageHtml.main(page("/trainings/" + id + "?lang=en", staff).text()).select("a[href=/trainings/" + id + "/edit]").text())
        .isEqualTo("Edit, reschedule or cancel");

    Http.Response form = page("/trainings/" + id + "/edit?lang=sv", staff);
    assertThat(form.status()).isEqualTo(200);
    Element main = PageHtml.main(form.text());
    assertThat(main.select("h1").text()).isEqualTo("Ändra eller flytta utbildningen");
    assertThat(main.select("input#title_en").val()).isEqualTo("Remote monitoring basics");
    assertThat(main.select("input#capacity").val()).isEqualTo("1");
    String csrf = Http.csrfField(form);
    MultiMap fields = MultiMap.caseInsensitiveMultiMap();
    main.select("form[action$=/edit] input:not([type=checkbox]):not([name=_csrf]), form[action$=/edit] textarea")
        .forEach(input -> fields.add(input.attr("name"), input.val()));
    main.select("form[action$=/edit] select").forEach(select -> fields.add(select.attr("name"), select.select("option[selected]").val()));
    main.select("form[action$=/edit] input[type=checkbox][checked]").forEach(box -> fields.add(box.attr("name"), box.val()));
    LocalDateTime start = LocalDateTime.parse(fields.get("startsAt"));

    Http.Response lower = post("/trainings/" + id + "/edit?lang=sv", staff, csrf, MultiMap.caseInsensitiveMultiMap().addAll(fields)
        .set("capacity", "0"));
    assertThat(lower.status()).isEqualTo(400);
    assertThat(PageHtml.main(lower.text()).select(".error-summary a[href=#capacity]").text())
        .isEqualTo("Ange antalet platser, från 1 till 10 000.");

    Http.Response moved = post("/trainings/" + id + "/edit", staff, csrf, MultiMap.caseInsensitiveMultiMap().addAll(fields)
        .set("startsAt", start.plusDays(2).format(LOCAL)).set("endsAt", start.plusDays(2).plusHours(3).format(LOCAL))
        .set("capacity", "2").set("room", "Sali 3"));
    assertThat(moved.status()).as(moved.text()).isEqualTo(303);
    JsonObject after = http.get("/api/v1/trainings/" + id, waiting.token()).json();
    assertThat(OffsetDateTime.parse(after.getString("startsAt")).toInstant())
        .isEqualTo(start.plusDays(2).atZone(ZoneId.of("Europe/Helsinki")).toInstant());
    assertThat(after.getJsonObject("myEnrolment").getString("status")).isEqualTo("confirmed");
    assertThat(after.getString("room")).isEqualTo("Sali 3");
    assertThat(app.count("SELECT count(*) FROM notification WHERE kind = 'training.changed' AND payload->>'trainingId' = '" + id + "'"))
        .isEqualTo(2);

    Http.Response earlier = post("/trainings/" + id + "/edit", staff, csrf, MultiMap.caseInsensitiveMultiMap().addAll(fields)
        .set("startsAt", start.minusDays(1).format(LOCAL)).set("endsAt", start.minusDays(1).plusHours(3).format(LOCAL))
        .set("enrolmentClosesAt", start.plusDays(2).format(LOCAL)).set("capacity", "2"));
    assertThat(earlier.status()).as("a deadline left as it was moves with an earlier start").isEqualTo(303);
    assertThat(OffsetDateTime.parse(http.get("/api/v1/trainings/" + id, null).json().getString("enrolmentClosesAt")).toInstant())
        .isEqualTo(start.minusDays(1).atZone(ZoneId.of("Europe/Helsinki")).toInstant());

    Http.Response below = post("/trainings/" + id + "/edit?lang=en", staff, csrf, MultiMap.caseInsensitiveMultiMap().addAll(fields)
        .set("startsAt", start.plusDays(2).format(LOCAL)).set("endsAt", start.plusDays(2).plusHours(3).format(LOCAL))
        .set("capacity", "1"));
    assertThat(below.status()).isEqualTo(409);
    assertThat(PageHtml.main(below.text()).select("[role=alert]").first().text())
        .isEqualTo("Seats cannot go below the places already confirmed. Keep at least as many seats as confirmed participants.");
  }

  @Test
  @DisplayName("cancelling needs a reason; then the page says so with it, and the enrolled person's account shows it cancelled")
  void cancel() {
    User staff = users.staff("umea");
    String id = http.post("/api/v1/trainings", staff.token(), TrainingChangesTest.training(3)).json().getString("id");
    User person = users.citizen("told");
    http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject());
    String csrf = Http.csrfField(page("/trainings/" + id + "/edit?lang=fi", staff));
    Http.Response noReason = post("/trainings/" + id + "/cancellation?lang=fi", staff, csrf,
        MultiMap.caseInsensitiveMultiMap().add("reason", ""));
    assertThat(noReason.status()).isEqualTo(400);
    Element refused = PageHtml.main(noReason.text());
    assertThat(refused.select(".error-summary a[href=#reason]").text()).isEqualTo("Kerro, miksi koulutus perutaan (3–1000 merkkiä).");
    assertThat(refused.select("textarea#reason").attr("aria-invalid")).isEqualTo("true");
    assertThat(http.get("/api/v1/trainings/" + id, null).json().getString("status")).isEqualTo("published");

    Http.Response done = post("/trainings/" + id + "/cancellation", staff, csrf,
        MultiMap.caseInsensitiveMultiMap().add("reason", "Kouluttaja sairastui."));
    assertThat(done.status()).isEqualTo(303);
    assertThat(done.headers().get("Location")).isEqualTo("/trainings/" + id);
    Element fi = PageHtml.main(page("/trainings/" + id + "?lang=fi", person).text());
    assertThat(fi.select("#cancelled h2").text()).isEqualTo("Tämä koulutus on peruttu");
    assertThat(fi.select("#cancelled q").text()).isEqualTo("Kouluttaja sairastui.");
    assertThat(fi.select("form[action$=/enrol]")).isEmpty();
    assertThat(PageHtml.main(page("/trainings/" + id + "?lang=sv", null).text()).select("#cancelled h2").text())
        .isEqualTo("Den här utbildningen är inställd");
    assertThat(PageHtml.main(page("/trainings/" + id + "?lang=en", staff).text()).select("a[href$=/edit]"))
        .as("a cancelled training is no longer edited").isEmpty();
    Element account = PageHtml.main(page("/account?lang=en", person).text());
    assertThat(account.select("#my-trainings + ul li:has(a[href=/trainings/" + id + "])").text())
        .contains("cancelled by the organiser");
    assertThat(page("/trainings/" + id + "/edit", staff).status()).isEqualTo(409);
  }
}
