package org.ntc.hub.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class AdoptionPagesTest extends ApiTest {
  private static final Map<String, String> COUNTRY = Map.of("fi", "Suomi", "sv", "Finland", "en", "Finland");
  private static final Map<String, String> REGION = Map.of("fi", "Etelä-Pohjanmaa", "sv", "Södra Österbotten", "en", "South Ostrobothnia");
  private static final Map<String, String> ROUTINE = Map.of("fi", "Vakiintunut käyttö", "sv", "Rutinmässig användning", "en", "Routine use");
  private static final Map<String, String> SUMMARY = Map.of("fi", "Vakiintuneessa käytössä yhdessä organisaatiossa yhdessä maassa.",
      "sv", "I rutinmässig användning hos en organisation i ett land.", "en", "In routine use at one organisation in one country.");

  private static MultiMap cookie(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  private Http.Response postForm(User user, String path, MultiMap form) {
    return http.form(path, cookie(user), form.add("_csrf", http.csrfOf(user.token())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a care member records use on the form in their language; the showcase and organisation pages then say where it is used")
  void recordOnThePage(String lang) {
    AdoptionFixtures fixtures = new AdoptionFixtures(http, users);
    User nurse = users.orgMember("care");
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));

    Element before = PageHtml.main(http.raw(HttpMethod.GET, "/showcases/" + showcase + "?lang=" + lang, cookie(nurse), null).text());
    assertThat(before.select("#adoption a[href=/showcases/" + showcase + "/adoption]")).hasSize(1);

    Http.Response page = http.raw(HttpMethod.GET, "/showcases/" + showcase + "/adoption?lang=" + lang, cookie(nurse), null);
    assertThat(page.status()).isEqualTo(200);
    Element form = PageHtml.main(page.text());
    assertThat(form.select("select#region optgroup").eachAttr("label")).containsExactly(COUNTRY.get(lang));
    assertThat(form.select("select#region option[value=fi-etela-pohjanmaa]").text()).isEqualTo(REGION.get(lang));
    assertThat(form.select("select#region option[value=se-skane]")).as("a Finnish organisation names Finnish regions").isEmpty();
    assertThat(form.select("select#status option[value=routine]").text()).isEqualTo(ROUTINE.get(lang));
    assertThat(form.select("input#since").attr("type")).isEqualTo("date");
    assertThat(form.text()).doesNotContain("fi-etela", "spreading", "discontinued");

    Http.Response saved = postForm(nurse, "/showcases/" + showcase + "/adoption?lang=" + lang, MultiMap.caseInsensitiveMultiMap()
        .add("organisationId", nurse.organisationId()).add("region", "fi-etela-pohjanmaa").add("status", "routine")
        .add("since", LocalDate.now().minusYears(1).toString()).add("scale", "4 kotihoidon tiimiä"));
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    assertThat(saved.header("Location")).isEqualTo("/showcases/" + showcase + "?adopted=1#adoption");

    Element shown = PageHtml.main(http.get("/showcases/" + showcase + "?lang=" + lang, null).text());
    Element section = shown.select("#adoption").first();
    assertThat(section).isNotNull();
    assertThat(section.select(".adoption-summary").text()).isEqualTo(SUMMARY.get(lang));
    assertThat(section.select("li").text()).contains(REGION.get(lang), ROUTINE.get(lang), "4 kotihoidon tiimiä")
        .doesNotContain("routine", "fi-etela");
    assertThat(section.select("li a[href=/organisations/" + nurse.organisationId() + "]")).hasSize(1);
    assertThat(section.select("time").attr("datetime")).isEqualTo(LocalDate.now().minusYears(1).toString());
    assertThat(section.select("a[href$=/adoption]")).as("no recording link for a visitor").isEmpty();

    Element profile = PageHtml.main(http.get("/organisations/" + nurse.organisationId() + "?lang=" + lang, null).text());
    assertThat(profile.select("#adoptions a[href=/showcases/" + showcase + "]").text()).isNotEmpty();
    assertThat(profile.select("#adoptions").text()).contains(REGION.get(lang), ROUTINE.get(lang));

    Element again = PageHtml.main(http.raw(HttpMethod.GET, "/showcases/" + showcase + "/adoption?lang=" + lang, cookie(nurse), null)
        .text());
    assertThat(again.select("#adoption-existing")).hasSize(1);
    assertThat(again.select("select#status option[selected]").val()).isEqualTo("routine");
  }

  @Test
  @DisplayName("a refused form comes back with its errors summarised and linked, and nothing is recorded")
  void refusedForm() {
    AdoptionFixtures fixtures = new AdoptionFixtures(http, users);
    User nurse = users.orgMember("care");
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));
    Http.Response refused = postForm(nurse, "/showcases/" + showcase + "/adoption?lang=fi", MultiMap.caseInsensitiveMultiMap()
        .add("organisationId", nurse.organisationId()).add("region", "se-skane").add("status", "")
        .add("since", LocalDate.now().plusDays(3).toString()).add("scale", "x".repeat(201)));
    assertThat(refused.status()).isEqualTo(400);
    Element main = PageHtml.main(refused.text());
    assertThat(main.select(".error-summary a").eachAttr("href")).containsExactly("#status", "#since", "#scale");
    assertThat(main.select("#since-error").text()).isEqualTo("Anna päivä, jolloin se saavutti tämän tilan; ei tulevaisuuden päivää.");
    assertThat(main.select("input#since").val()).isEqualTo(LocalDate.now().plusDays(3).toString());
    Http.Response wrongCountry = postForm(nurse, "/showcases/" + showcase + "/adoption?lang=fi", MultiMap.caseInsensitiveMultiMap()
        .add("organisationId", nurse.organisationId()).add("region", "se-skane").add("status", "routine")
        .add("since", LocalDate.now().toString()));
    assertThat(wrongCountry.status()).isEqualTo(400);
    main = PageHtml.main(wrongCountry.text());
    assertThat(main.select(".error-summary a").eachAttr("href")).containsExactly("#region");
    assertThat(main.select("#region-error").text()).isEqualTo("Valitse organisaatiosi maan alue.");
    assertThat(main.select("select#region").attr("aria-invalid")).isEqualTo("true");
    assertThat(main.select("select#status option[selected]").val()).isEqualTo("routine");
    assertThat(http.get("/api/v1/adoptions?showcaseId=" + showcase, null).json().getLong("total")).isZero();
    assertThat(http.form("/showcases/" + showcase + "/adoption", cookie(nurse), MultiMap.caseInsensitiveMultiMap()
        .add("region", "fi-lappi")).status()).as("no CSRF token, no record").isEqualTo(403);
    assertThat(http.get("/api/v1/adoptions?showcaseId=" + showcase, null).json().getLong("total")).isZero();
  }

  @Test
  @DisplayName("the form is for care members and staff: visitors sign in first, others are refused, a draft is not found; staff choose the organisation")
  void whoSeesTheForm() {
    AdoptionFixtures fixtures = new AdoptionFixtures(http, users);
    User company = users.orgAdmin("company", true);
    String showcase = fixtures.publishedShowcase(company);
    String draft = fixtures.draftShowcase(company);
    String path = "/showcases/" + showcase + "/adoption";
    Http.Response anonymous = http.get(path, null);
    assertThat(anonymous.status()).isEqualTo(303);
    assertThat(anonymous.header("Location")).startsWith("/login?next=");
    assertThat(http.raw(HttpMethod.GET, path, cookie(users.citizen("c")), null).status()).isEqualTo(403);
    assertThat(http.raw(HttpMethod.GET, path, cookie(company), null).status()).isEqualTo(403);
    assertThat(http.raw(HttpMethod.GET, path, cookie(users.orgAdmin("care", false)), null).status()).isEqualTo(403);
    User nurse = users.orgMember("care");
    assertThat(http.raw(HttpMethod.GET, "/showcases/" + draft + "/adoption", cookie(nurse), null).status()).isEqualTo(404);
    Element companyView = PageHtml.main(http.raw(HttpMethod.GET, "/showcases/" + showcase, cookie(company), null).text());
    assertThat(companyView.select("a[href=" + path + "]")).isEmpty();

    User staff = users.staff("umea");
    Element staffForm = PageHtml.main(http.raw(HttpMethod.GET, path + "?lang=sv", cookie(staff), null).text());
    assertThat(staffForm.select("select#organisationId option").eachAttr("value")).contains(nurse.organisationId());
    assertThat(staffForm.select("select#region optgroup").eachAttr("label")).contains("Finland");
    Http.Response saved = postForm(staff, path, MultiMap.caseInsensitiveMultiMap().add("organisationId", nurse.organisationId())
        .add("region", "fi-lappi").add("status", "pilot").add("since", LocalDate.now().toString()));
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    String id = http.get("/api/v1/adoptions?showcaseId=" + showcase, null).json().getJsonArray("items").getJsonObject(0).getString("id");

    Http.Response removed = postForm(nurse, "/adoptions/" + id + "/remove", MultiMap.caseInsensitiveMultiMap());
    assertThat(removed.status()).isEqualTo(303);
    assertThat(http.get("/api/v1/adoptions?showcaseId=" + showcase, null).json().getLong("total")).isZero();
  }
}
