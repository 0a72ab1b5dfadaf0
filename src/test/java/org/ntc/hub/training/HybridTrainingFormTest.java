package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** A hybrid training offered on /trainings/new with seats per place, as a browser without JavaScript posts it. */
class HybridTrainingFormTest extends ApiTest {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private static MultiMap cookie(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  private Http.Response page(String path, User user) {
    return http.raw(HttpMethod.GET, path, user == null ? MultiMap.caseInsensitiveMultiMap() : cookie(user), null);
  }

  private static MultiMap form(String format, String seinajoki, String umea, String online) {
    LocalDateTime start = OffsetDateTime.ofInstant(app.clock().instant(), ZoneOffset.UTC).plusDays(30).toLocalDate().atTime(9, 0);
    return MultiMap.caseInsensitiveMultiMap().add("title_fi", "Etähoidon perusteet").add("title_en", "Remote care basics")
        .add("title_sv", "").add("description_fi", "").add("description_sv", "").add("description_en", "")
        .add("format", format).add("contactPoint", "seinajoki").add("startsAt", start.format(LOCAL))
        .add("endsAt", start.plusHours(3).format(LOCAL)).add("enrolmentClosesAt", "").add("capacity", "20")
        .add("capacity_seinajoki", seinajoki).add("capacity_umea", umea).add("capacity_online", online).add("language", "fi")
        .add("audience", "professionals").add("trainer", "").add("room", "").add("streetAddress", "").add("joinLink", "")
        .add("joinInstructions", "");
  }

  @Test
  @DisplayName("/trainings/new shows seats per place by name in fi, sv and en, never a site id")
  void labels() {
    User staff = users.staff("seinajoki");
    String[][] expected = {
        {"en", "Seats per place (hybrid only)", "Seinäjoki room", "Umeå room", "Online"},
        {"fi", "Paikat toimipisteittäin (vain hybridi)", "Seinäjoen tila", "Uumajan tila", "Verkossa"},
        {"sv", "Platser per ort (endast hybrid)", "Rummet i Seinäjoki", "Rummet i Umeå", "På nätet"}};
    for (String[] lang : expected) {
      Element main = PageHtml.main(page("/trainings/new?lang=" + lang[0], staff).text());
      Element fieldset = main.selectFirst("fieldset#sitePools");
      assertThat(fieldset).as(lang[0]).isNotNull();
      assertThat(fieldset.select("legend").text()).isEqualTo(lang[1]);
      assertThat(fieldset.select("p.hint").text()).isNotBlank();
      assertThat(fieldset.select("label").eachText()).containsExactly(lang[2], lang[3], lang[4]);
      assertThat(fieldset.select("input[type=number]").eachAttr("name"))
          .containsExactly("capacity_seinajoki", "capacity_umea", "capacity_online");
      assertThat(fieldset.select("input").eachAttr("value")).allMatch(String::isEmpty);
      assertThat(main.text()).doesNotContain("seinajoki").doesNotContain("umea");
    }
  }

  @Test
  @DisplayName("a hybrid training with seats per place gets one pool per place given, shown per place on its page")
  void hybridPools() {
    User staff = users.staff("seinajoki");
    String csrf = Http.csrfField(page("/trainings/new", staff));
    Http.Response created = http.form("/trainings/new", cookie(staff), form("hybrid", "8", "", "25").add("_csrf", csrf));
    assertThat(created.status()).as(created.text()).isEqualTo(303);
    String id = created.headers().get("Location").substring("/trainings/".length());

    JsonObject training = http.get("/api/v1/trainings/" + id, null).json();
    JsonArray pools = training.getJsonArray("seatPools");
    assertThat(pools).as(training.encode()).isNotNull();
    assertThat(pools.stream().map(p -> ((JsonObject) p).getString("site") + "=" + ((JsonObject) p).getInteger("capacity")))
        .containsExactlyInAnyOrder("seinajoki=8", "online=25");
    assertThat(training.getInteger("capacity")).as("the shared number is not used").isEqualTo(33);

    Element shown = PageHtml.main(page("/trainings/" + id + "?lang=en", null).text());
    assertThat(shown.select("dt:containsOwn(Seinäjoki room) + dd").text()).isEqualTo("8 seats left");
    assertThat(shown.select("dt:containsOwn(Online) + dd").text()).isEqualTo("25 seats left");
    assertThat(shown.select("dt:containsOwn(Umeå room)")).isEmpty();
    assertThat(shown.select("[data-live-changed=" + id + "][role=status] .notice[hidden]").text())
        .isEqualTo("This training has changed. Reload to see the latest");
  }

  @Test
  @DisplayName("a hybrid training without seats per place keeps one shared number of seats")
  void hybridShared() {
    User staff = users.staff("umea");
    String csrf = Http.csrfField(page("/trainings/new", staff));
    Http.Response created = http.form("/trainings/new", cookie(staff), form("hybrid", "", " ", "").add("_csrf", csrf));
    assertThat(created.status()).as(created.text()).isEqualTo(303);
    String id = created.headers().get("Location").substring("/trainings/".length());
    JsonObject training = http.get("/api/v1/trainings/" + id, null).json();
    assertThat(training.getInteger("capacity")).isEqualTo(20);
    assertThat(training.containsKey("seatPools")).isFalse();
  }

  @Test
  @DisplayName("seats per place on a training that is not hybrid, or a bad number, come back as a field error; nothing is created")
  void refused() {
    User staff = users.staff("seinajoki");
    long before = app.count("SELECT count(*) FROM training");
    String[][] cases = {
        {"en", "onsite", "Seats per place are only for a hybrid training: choose the hybrid format, or leave them empty and give one"
            + " number of seats. Each place has 1 to 10,000 seats."},
        {"fi", "online", "Paikat toimipisteittäin ovat vain hybridikoulutukselle: valitse muodoksi hybridi tai jätä kentät tyhjiksi ja"
            + " anna yksi paikkamäärä. Kullekin paikalle 1–10 000 paikkaa."},
        {"sv", "hybrid", "Platser per ort gäller bara en hybridutbildning: välj formatet hybrid, eller lämna fälten tomma och ange ett"
            + " antal platser. Varje ort har 1–10 000 platser."}};
    for (String[] c : cases) {
      String csrf = Http.csrfField(page("/trainings/new?lang=" + c[0], staff));
      String umea = c[1].equals("hybrid") ? "0" : "5";
      Http.Response refused = http.form("/trainings/new?lang=" + c[0], cookie(staff),
          form(c[1], "", umea, "").add("_csrf", csrf));
      assertThat(refused.status()).as(c[0]).isEqualTo(400);
      Element main = PageHtml.main(refused.text());
      assertThat(main.select(".error-summary a[href=#sitePools]").text()).isEqualTo(c[2]);
      assertThat(main.select("#sitePools-error").text()).isEqualTo(c[2]);
      assertThat(main.select("fieldset#sitePools").attr("aria-describedby")).contains("sitePools-error");
      assertThat(main.select("input#capacity_umea").val()).as("what was typed is kept").isEqualTo(umea);
      assertThat(main.select("input#capacity_umea").attr("aria-invalid")).isEqualTo("true");
      assertThat(main.select("select#format option[selected]").val()).isEqualTo(c[1]);
    }
    assertThat(app.count("SELECT count(*) FROM training")).isEqualTo(before);
  }
}
