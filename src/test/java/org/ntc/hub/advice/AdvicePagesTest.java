package org.ntc.hub.advice;

import static org.ntc.hub.support.Http.bearer;
import static org.ntc.hub.support.Http.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class AdvicePagesTest extends ApiTest {
  @Test
  @DisplayName("a visitor is sent to sign in; a signed-in person asks on /ask, sees the promise and follows the thread")
  void ask() {
    Element visitor = PageHtml.main(http.get("/ask?lang=en", null).text());
    assertThat(visitor.select("a[href^=/login]")).hasSize(1);
    assertThat(visitor.select("form[action=/ask]")).isEmpty();

    User asker = users.citizen("asker");
    Element page = PageHtml.main(http.get("/ask?lang=sv", asker.token()).text());
    assertThat(page.text()).contains("Fråga centret", "2 arbetsdagar");
    assertThat(page.select("form[action=/ask] select#country option[selected]").attr("value")).isEqualTo("SE");
    assertThat(page.select("form[action=/ask] select#language option[selected]").attr("value")).as(page.select("#language").outerHtml())
        .isEqualTo("sv");

    Http.Response refused = http.form("/ask?lang=sv", bearer(asker), form("topic", "x", "description", "", "language", "sv",
        "country", "SE"));
    assertThat(refused.status()).isEqualTo(400);
    Element again = PageHtml.main(refused.text());
    assertThat(again.select(".error-summary a[href=#topic]")).hasSize(1);
    assertThat(again.select("#description[aria-invalid=true]")).hasSize(1);
    assertThat(http.get("/api/v1/advice-requests", asker.token()).json().getLong("total")).isZero();

    Http.Response asked = http.form("/ask?lang=sv", bearer(asker), form("topic", "Fallsensorer i hemtjänsten",
        "description", "Vilka fallsensorer kan vår kommun pröva?", "language", "sv", "country", "SE", "organisationType", ""));
    assertThat(asked.status()).isEqualTo(303);
    String location = asked.header("Location");
    assertThat(location).startsWith("/ask/").endsWith("?asked=1");
    Element thread = PageHtml.main(http.get(location.replace("?asked=1", "?asked=1&lang=sv"), asker.token()).text());
    assertThat(thread.text()).contains("Fallsensorer i hemtjänsten", "Ny", "NTC:s kontaktpunkt Umeå", "Utlovat senast")
        .doesNotContain("umea", "new", "+01:00");
    Element inFinnish = PageHtml.main(http.get(location.replace("?asked=1", "?lang=fi"), asker.token()).text());
    assertThat(inFinnish.select("dl dd").text()).as("times are the contact point's, and say whose")
        .contains("(Uumaja)").doesNotContain("(Seinäjoki)");
    assertThat(PageHtml.main(http.get("/ask?lang=sv", asker.token()).text()).select("a[href=" + location.replace("?asked=1", "") + "]"))
        .hasSize(1);
    Element account = PageHtml.main(http.get("/account?lang=sv", asker.token()).text());
    assertThat(account.select("a[href=/ask]")).hasSize(1);
    Element mine = account.selectFirst("#my-questions");
    assertThat(mine.select("a[href=" + location.replace("?asked=1", "") + "]").text()).isEqualTo("Fallsensorer i hemtjänsten");
    assertThat(mine.text()).as("the account page says where the question stands, who has it and when an answer is due")
        .contains("Ny", "NTC:s kontaktpunkt Umeå", "Ingen handläggare ännu", "första svar senast");
  }

  @Test
  @DisplayName("staff press 'Wait for the asker' on the thread: the question waits, the button goes, the asker's page says so")
  void waitFromThePage() {
    User asker = users.citizen("asker");
    User seinajoki = users.staff("seinajoki");
    String id = http.post("/api/v1/advice-requests", asker.token(), new JsonObject().put("topic", "Etähoivan aloitus")
        .put("description", "Miten kunnassamme kannattaa aloittaa etähoiva?").put("language", "fi").put("country", "FI"))
        .json().getString("id");
    Element before = PageHtml.main(http.get("/ask/" + id + "?lang=en", seinajoki.token()).text());
    assertThat(before.select("form[action=/ask/" + id + "/wait] button").text()).isEqualTo("Wait for the asker");
    assertThat(PageHtml.main(http.get("/ask/" + id + "?lang=en", asker.token()).text()).select("form[action$=/wait]")).isEmpty();

    Http.Response waited = http.form("/ask/" + id + "/wait", bearer(seinajoki), form());
    assertThat(waited.status()).isEqualTo(303);
    assertThat(waited.header("Location")).isEqualTo("/ask/" + id + "?waiting=1");
    Element after = PageHtml.main(http.get("/ask/" + id + "?waiting=1&lang=en", seinajoki.token()).text());
    assertThat(after.select("[role=status]").text()).contains("The question now waits for the asker.");
    assertThat(after.select("form[action$=/wait]")).isEmpty();
    assertThat(http.form("/ask/" + id + "/wait", bearer(asker), form()).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("someone who has asked nothing reads so on their account page, with the way to ask")
  void nothingAskedYet() {
    Element mine = PageHtml.main(http.get("/account?lang=en", users.citizen("quiet").token()).text()).selectFirst("#my-questions");
    assertThat(mine.text()).contains("You have not asked the centre anything yet.");
    assertThat(mine.select("a[href=/ask]")).hasSize(1);
  }

  @Test
  @DisplayName("staff see the queue, hand over with a note and answer from the page; the asker never sees internal notes")
  void staffHandle() {
    User asker = users.citizen("asker");
    User seinajoki = users.staff("seinajoki");
    User umea = users.staff("umea");
    String id = http.post("/api/v1/advice-requests", asker.token(), new JsonObject().put("topic", "Etähoivan aloitus")
        .put("description", "Miten kunnassamme kannattaa aloittaa etähoiva?").put("language", "fi").put("country", "FI"))
        .json().getString("id");

    assertThat(http.get("/advice", asker.token()).status()).isEqualTo(403);
    Element queue = PageHtml.main(http.get("/advice?lang=fi&status=new", seinajoki.token()).text());
    assertThat(queue.select("a[href=/ask/" + id + "]")).hasSize(1);
    assertThat(queue.text()).contains("Uusi", "kysytty");
    assertThat(queue.select("select#contactPoint option").eachAttr("value")).contains("", "seinajoki", "umea");
    assertThat(queue.select("select#status option[selected]").attr("value")).isEqualTo("new");

    Element staffView = PageHtml.main(http.get("/ask/" + id + "?lang=fi", seinajoki.token()).text());
    assertThat(staffView.select("form[action=/ask/" + id + "/handoff]")).hasSize(1);
    assertThat(staffView.select("form[action=/ask/" + id + "/assign] select#staffId option")).isNotEmpty();
    assertThat(PageHtml.main(http.get("/ask/" + id + "?lang=fi", asker.token()).text()).select("form[action$=/handoff]")).isEmpty();

    Http.Response noNote = http.form("/ask/" + id + "/handoff?lang=fi", bearer(seinajoki), form("contactPoint", "umea", "note", ""));
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(PageHtml.main(noNote.text()).select("#note[aria-invalid=true]")).hasSize(1);

    assertThat(http.form("/ask/" + id + "/handoff", bearer(seinajoki), form("contactPoint", "umea", "note", "Salainen siirtohuomio"))
        .status()).isEqualTo(303);
    assertThat(http.form("/ask/" + id + "/messages", bearer(umea), form("text", "Sisäinen: soita kunnalle", "internal", "true"))
        .status()).isEqualTo(303);
    assertThat(http.form("/ask/" + id + "/messages", bearer(umea), form("text", "Suosittelemme aloittamaan pienestä kokeilusta."))
        .status()).isEqualTo(303);

    String askerPage = http.get("/ask/" + id + "?lang=fi", asker.token()).text();
    assertThat(PageHtml.mainText(askerPage)).contains("Suosittelemme aloittamaan pienestä kokeilusta.", "Odottaa kysyjää",
        "NTC:n yhteyspiste Uumaja");
    assertThat(askerPage).doesNotContain("Salainen siirtohuomio", "soita kunnalle");
    assertThat(PageHtml.mainText(http.get("/ask/" + id + "?lang=fi", umea.token()).text()))
        .contains("Salainen siirtohuomio", "soita kunnalle", "Sisäinen muistiinpano");

    assertThat(http.form("/ask/" + id + "/close", bearer(asker), form()).status()).isEqualTo(403);
    assertThat(http.form("/ask/" + id + "/close", bearer(umea), form()).status()).isEqualTo(303);
    Http.Response late = http.form("/ask/" + id + "/messages?lang=fi", bearer(asker), form("text", "Vielä yksi asia"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(PageHtml.mainText(late.text())).contains("suljettiin");
    assertThat(http.get("/ask/" + id, users.citizen("stranger").token()).status()).isEqualTo(404);
  }
}
