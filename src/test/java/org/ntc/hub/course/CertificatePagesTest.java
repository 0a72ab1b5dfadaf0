package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class CertificatePagesTest extends ApiTest {
  @BeforeEach
  void allowChecks() {
    CertificateApiTest.forgetGuesses();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a certificate's page says it is valid, for which course, whose and when; a wrong code's page says it is not, 404")
  void validAndInvalid(String lang) {
    String word = CourseApiTest.word("Sivu");
    String id = CertificateApiTest.published(http, users, word);
    User learner = users.citizen("learner");
    String code = CertificateApiTest.complete(learner, id, "fi");
    Map<String, String> title = Map.of("fi", word + " kotona", "sv", word + " hemma", "en", word + " at home");
    Map<String, String> valid = Map.of("fi", "Tämä on voimassa oleva kurssitodistus.", "sv", "Detta är ett giltigt kursintyg.",
        "en", "This is a valid certificate of completion.");
    Map<String, String> invalid = Map.of("fi", "Tämä ei ole voimassa oleva todistus.", "sv", "Detta är inte ett giltigt intyg.",
        "en", "This is not a valid certificate.");
    Map<String, String> date = Map.of("fi", "20. marraskuuta 2026", "sv", "20 november 2026", "en", "November 20, 2026");

    Http.Response page = http.get("/certificates/" + code + "?lang=" + lang, null);
    assertThat(page.status()).isEqualTo(200);
    Element main = PageHtml.main(page.text());
    assertThat(main.select(".certificate-valid h2").text()).isEqualTo(valid.get(lang));
    assertThat(main.select(".certificate-learner").text()).isEqualTo(CertificateApiTest.NAME);
    assertThat(main.select(".certificate-course a[href=/courses/" + id + "]").text()).isEqualTo(title.get(lang));
    assertThat(main.select(".certificate-date time").text()).isEqualTo(date.get(lang));
    assertThat(main.select(".certificate-date time").attr("datetime")).isEqualTo("2026-11-20");
    assertThat(page.text()).doesNotContain(learner.email()).doesNotContain(learner.id());

    for (String wrong : new String[] {code.toLowerCase(java.util.Locale.ROOT), CertificateApiTest.code(), "nope"}) {
      Http.Response bad = http.get("/certificates/" + wrong + "?lang=" + lang, null);
      assertThat(bad.status()).isEqualTo(404);
      Element badMain = PageHtml.main(bad.text());
      assertThat(badMain.select(".certificate-invalid h2").text()).isEqualTo(invalid.get(lang));
      assertThat(badMain.select(".certificate-valid")).isEmpty();
      assertThat(badMain.text()).doesNotContain(CertificateApiTest.NAME).doesNotContain(word);
    }
  }

  @Test
  @DisplayName("an archived course's certificate still holds, its title then without a link")
  void archived() {
    String word = CourseApiTest.word("Vanha");
    String id = CertificateApiTest.published(http, users, word);
    String code = CertificateApiTest.complete(users.citizen("learner"), id, "en");
    app.execute("UPDATE course SET status = 'archived' WHERE id = '" + id + "'");
    Http.Response page = http.get("/certificates/" + code + "?lang=en", null);
    assertThat(page.status()).isEqualTo(200);
    Element main = PageHtml.main(page.text());
    assertThat(main.select(".certificate-course").text()).isEqualTo(word + " at home");
    assertThat(main.select(".certificate-course a")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("anyone types a code on /certificates and is taken to its page; a blank code comes back with its error")
  void checkForm(String lang) {
    Http.Response form = http.get("/certificates?lang=" + lang, null);
    assertThat(form.status()).isEqualTo(200);
    Element main = PageHtml.main(form.text());
    assertThat(main.select("form[method=get][action=/certificates] input#code[name=code]")).hasSize(1);
    assertThat(main.select("label[for=code]").text()).isNotBlank();
    assertThat(main.select(".certificate-result")).isEmpty();

    Http.Response go = http.get("/certificates?code=%20%20AbcdEFGH23456789abcdefgh%20&lang=" + lang, null);
    assertThat(go.status()).isEqualTo(303);
    assertThat(go.header("Location")).isEqualTo("/certificates/AbcdEFGH23456789abcdefgh");

    Http.Response blank = http.get("/certificates?code=%20&lang=" + lang, null);
    assertThat(blank.status()).isEqualTo(400);
    Element again = PageHtml.main(blank.text());
    assertThat(again.select("#code").attr("aria-invalid")).isEqualTo("true");
    assertThat(again.select("#code-error").text()).isNotBlank();
  }
}
