package org.ntc.hub.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
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

class ReviewPagesTest extends ApiTest {
  private static final Map<String, String> HEADING = Map.of("fi", "Me kokeilimme", "sv", "Vi provade det", "en", "We tried it");
  private static final Map<String, String> HOME_CARE = Map.of("fi", "Kotihoito", "sv", "Hemtjänst och hemsjukvård", "en", "Home care");
  private static final Map<String, String> SUMMARY = Map.of("fi", "Yksi arvio: 1 suosittelee, 0 varauksin, 0 ei suosittele.",
      "sv", "Ett omdöme: 1 rekommenderar det, 0 med förbehåll, 0 gör det inte.",
      "en", "One review: 1 would recommend it, 0 with reservations, 0 would not.");

  private static MultiMap cookie(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  private Http.Response postForm(User user, String path, MultiMap form) {
    return http.form(path, cookie(user), form.add("_csrf", http.csrfOf(user.token())));
  }

  private Element page(String path, User user) {
    Http.Response page = http.raw(HttpMethod.GET, path, user == null ? MultiMap.caseInsensitiveMultiMap() : cookie(user), null);
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    return PageHtml.main(page.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("a care professional writes a review on the form in their language; the showcase page shows it in its own section, in words")
  void writeOnThePage(String lang) {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    User nurse = users.orgMember("care");
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));

    Element before = page("/showcases/" + showcase + "?lang=" + lang, nurse);
    assertThat(before.select("#reviews h2").text()).isEqualTo(HEADING.get(lang));
    assertThat(before.select("#reviews a[href=/showcases/" + showcase + "/reviews/new]")).hasSize(1);

    Element form = page("/showcases/" + showcase + "/reviews/new?lang=" + lang, nurse);
    assertThat(form.select("fieldset#setting input[type=radio]")).hasSize(5);
    assertThat(form.select("fieldset#setting label").first().text()).isEqualTo(HOME_CARE.get(lang));
    assertThat(form.select("fieldset#duration input[type=radio]")).hasSize(3);
    assertThat(form.select("fieldset#recommend input[type=radio]")).hasSize(3);
    assertThat(form.select("select#lang option[selected]").val()).isEqualTo(lang);
    assertThat(form.text()).doesNotContain("home-care", "3-to-12-months", "with-reservations");

    Http.Response saved = postForm(nurse, "/showcases/" + showcase + "/reviews?lang=" + lang, MultiMap.caseInsensitiveMultiMap()
        .add("setting", "home-care").add("duration", "over-12-months").add("worked", "Fewer night visits.")
        .add("didNotWork", "Batteries ran out.").add("recommend", "yes").add("lang", lang));
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    assertThat(saved.header("Location")).startsWith("/showcases/" + showcase + "?review=saved#review-");

    Element shown = page("/showcases/" + showcase + "?lang=" + lang, null);
    Element section = shown.select("#reviews").first();
    assertThat(section).isNotNull();
    assertThat(section.select("#review-summary").text()).isEqualTo(SUMMARY.get(lang));
    Element item = section.select("li.review").first();
    assertThat(item.text()).contains(HOME_CARE.get(lang), "Fewer night visits.", "Batteries ran out.")
        .doesNotContain("home-care", "over-12-months", "yes");
    assertThat(item.select(".review-text").attr("lang")).isEqualTo(lang);
    assertThat(item.select("time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(shown.select("#adoption #reviews")).as("apart from other sections").isEmpty();

    Element mine = page("/showcases/" + showcase + "?lang=" + lang, nurse);
    assertThat(mine.select("#reviews a[href=/showcases/" + showcase + "/reviews/new]")).as("one review per person").isEmpty();
    assertThat(mine.select("#reviews a[href$=/edit]")).hasSize(1);
    Http.Response newAgain = http.raw(HttpMethod.GET, "/showcases/" + showcase + "/reviews/new", cookie(nurse), null);
    assertThat(newAgain.status()).isEqualTo(303);
    assertThat(newAgain.header("Location")).endsWith("/edit");
  }

  @Test
  @DisplayName("a refused form comes back with its errors summarised and linked, what was typed kept, and nothing written")
  void refusedForm() {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    User nurse = users.orgMember("care");
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));
    Http.Response refused = postForm(nurse, "/showcases/" + showcase + "/reviews?lang=fi", MultiMap.caseInsensitiveMultiMap()
        .add("setting", "home-care").add("worked", "Hyvä").add("didNotWork", "x".repeat(2001)));
    assertThat(refused.status()).isEqualTo(400);
    Element main = PageHtml.main(refused.text());
    assertThat(main.select(".error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#duration", "#didNotWork", "#recommend");
    assertThat(main.select("#recommend-error").text()).isEqualTo("Valitse, suosittelisitko");
    assertThat(main.select("textarea#worked").text()).isEqualTo("Hyvä");
    assertThat(main.select("fieldset#setting input[checked]").val()).isEqualTo("home-care");
    assertThat(http.get("/api/v1/showcases/" + showcase + "/reviews", null).json().getLong("total")).isZero();
    assertThat(http.form("/showcases/" + showcase + "/reviews", cookie(nurse), MultiMap.caseInsensitiveMultiMap()
        .add("setting", "home-care")).status()).as("no CSRF token").isEqualTo(403);
  }

  @Test
  @DisplayName("the company answers under the review on its own form, once; the reviewer edits and deletes their review on theirs")
  void answerEditDelete() {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    User company = users.orgAdmin("company", true);
    String showcase = fixtures.publishedShowcase(company);
    User nurse = users.orgMember("care");
    String id = fixtures.write(showcase, nurse);
    String base = "/showcases/" + showcase + "/reviews/" + id;

    assertThat(page("/showcases/" + showcase, company).select("#review-" + id + " a[href=" + base + "/answer]")).hasSize(1);
    assertThat(page("/showcases/" + showcase, nurse).select("#review-" + id + " a[href=" + base + "/answer]")).isEmpty();
    assertThat(http.raw(HttpMethod.GET, base + "/answer", cookie(nurse), null).status()).isEqualTo(403);
    Http.Response empty = postForm(company, base + "/answer?lang=en", MultiMap.caseInsensitiveMultiMap().add("text", " "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(PageHtml.main(empty.text()).select(".error-summary a").eachAttr("href")).containsExactly("#text");
    Http.Response answered = postForm(company, base + "/answer", MultiMap.caseInsensitiveMultiMap().add("text", "Thank you!"));
    assertThat(answered.status()).isEqualTo(303);
    Element shown = page("/showcases/" + showcase + "?lang=en", null);
    assertThat(shown.select("#review-" + id + " .review-answer").text()).contains("Thank you!");
    assertThat(page("/showcases/" + showcase, company).select("#review-" + id + " a[href=" + base + "/answer]")).as("answered once").isEmpty();

    Element edit = page(base + "/edit?lang=en", nurse);
    assertThat(edit.select("fieldset#recommend input[checked]").val()).isEqualTo("with-reservations");
    assertThat(http.raw(HttpMethod.GET, base + "/edit", cookie(company), null).status()).isEqualTo(403);
    Http.Response changed = postForm(nurse, base + "/edit", MultiMap.caseInsensitiveMultiMap().add("setting", "assisted-living")
        .add("duration", "under-3-months").add("worked", "Now better.").add("didNotWork", "Nothing.").add("recommend", "yes")
        .add("lang", "en"));
    assertThat(changed.status()).as(changed.text()).isEqualTo(303);
    assertThat(page("/showcases/" + showcase + "?lang=en", null).select("#review-" + id).text()).contains("Assisted living", "Now better.");
    assertThat(postForm(company, base + "/delete", MultiMap.caseInsensitiveMultiMap()).status()).isEqualTo(403);
    assertThat(postForm(nurse, base + "/delete", MultiMap.caseInsensitiveMultiMap()).status()).isEqualTo(303);
    assertThat(page("/showcases/" + showcase, null).select("#review-" + id)).isEmpty();
  }

  @Test
  @DisplayName("a citizen says a showcase helped them with a small form, and takes it back; visitors are asked to sign in")
  void usefulToggle() {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));
    User citizen = users.citizen("helped");
    Element anonymous = page("/showcases/" + showcase + "?lang=en", null);
    assertThat(anonymous.select("#useful form")).isEmpty();
    assertThat(anonymous.select("#useful a[href^=/login]")).hasSize(1);
    assertThat(anonymous.select("#useful-count").text()).isEqualTo("Nobody has said yet that this helped them");
    assertThat(http.form("/showcases/" + showcase + "/useful", MultiMap.caseInsensitiveMultiMap(), MultiMap.caseInsensitiveMultiMap())
        .status()).isIn(303, 403);

    Element before = page("/showcases/" + showcase + "?lang=en", citizen);
    assertThat(before.select("#useful input[name=useful]").val()).isEqualTo("on");
    assertThat(before.select("#reviews a[href$=/reviews/new]")).as("a citizen writes no review").isEmpty();
    Http.Response marked = postForm(citizen, "/showcases/" + showcase + "/useful", MultiMap.caseInsensitiveMultiMap().add("useful", "on"));
    assertThat(marked.status()).isEqualTo(303);
    Element after = page("/showcases/" + showcase + "?lang=en&review=useful", citizen);
    assertThat(after.select("#useful-count").text()).isEqualTo("One person says this helped them");
    assertThat(after.select("#review-notice").text()).isEqualTo("Thank you: you said this helped you.");
    assertThat(after.select("#useful input[name=useful]").val()).isEqualTo("off");
    assertThat(postForm(citizen, "/showcases/" + showcase + "/useful", MultiMap.caseInsensitiveMultiMap().add("useful", "off")).status())
        .isEqualTo(303);
    assertThat(page("/showcases/" + showcase + "?lang=fi", citizen).select("#useful-count").text())
        .isEqualTo("Kukaan ei ole vielä kertonut hyötyneensä tästä");
  }

  @Test
  @DisplayName("staff hide a review with a reason on a form; the author still sees it with the reason, others do not")
  void staffHide() {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));
    User nurse = users.orgMember("care");
    String id = fixtures.write(showcase, nurse);
    User staff = users.staff("seinajoki");
    String base = "/showcases/" + showcase + "/reviews/" + id;
    assertThat(http.raw(HttpMethod.GET, base + "/hide", cookie(nurse), null).status()).isEqualTo(403);
    assertThat(page(base + "/hide?lang=sv", staff).select("textarea#reason")).hasSize(1);
    assertThat(postForm(staff, base + "/hide", MultiMap.caseInsensitiveMultiMap().add("reason", "Names a patient.")).status())
        .isEqualTo(303);
    assertThat(page("/showcases/" + showcase, null).select("#review-" + id)).isEmpty();
    assertThat(page("/showcases/" + showcase + "?lang=en", nurse).select("#review-" + id).text()).contains("Names a patient.");
    assertThat(page("/showcases/" + showcase, staff).select("#review-" + id + " form[action=" + base + "/restore]")).hasSize(1);
  }
}
