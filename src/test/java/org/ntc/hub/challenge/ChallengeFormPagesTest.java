package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.challenge.NeedFixtures.bearer;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class ChallengeFormPagesTest extends ApiTest {

  private static MultiMap needForm(String organisationId) {
    return MultiMap.caseInsensitiveMultiMap().add("organisationId", organisationId)
        .add("title_fi", "Kaatumisten tunnistus yöllä").add("title_sv", "").add("title_en", "")
        .add("description_fi", "Tarvitsemme tavan huomata kaatumiset yöllä ilman kameroita.")
        .add("categories", "safety-and-alarms").add("targetGroups", "older-people").add("country", "FI").add("languages", "fi")
        .add("responsesDue", LocalDate.now().plusDays(40).toString()).add("expectedScale", "");
  }

  @Test
  @DisplayName("/challenges/new: a signed-out visitor is sent to sign in and back; a nurse posts a draft, sends it, staff approve it")
  void postANeed() {
    Http.Response anonymous = http.get("/challenges/new", null);
    assertThat(anonymous.status()).isEqualTo(303);
    assertThat(anonymous.header("Location")).isEqualTo("/login?next=%2Fchallenges%2Fnew");
    assertThat(PageHtml.main(http.get("/challenges?lang=fi", null).text()).select("a[href=/challenges/new]"))
        .as("signed-out visitors see the way to post").hasSize(1);

    User nurse = users.orgMember("care");
    User company = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    assertThat(PageHtml.main(http.get("/challenges?lang=fi", company.token()).text()).select("a[href=/challenges/new]")).isEmpty();
    assertThat(PageHtml.main(http.get("/account?lang=fi", nurse.token()).text()).select("a[href=/challenges/new]")).hasSize(1);
    assertThat(PageHtml.main(http.get("/challenges/new?lang=fi", company.token()).text()).select("form")).as("not for companies")
        .isEmpty();

    Element form = PageHtml.main(http.get("/challenges/new?lang=fi", nurse.token()).text());
    assertThat(form.select("h1").text()).isEqualTo("Kerro tarpeesta");
    assertThat(form.select("select#organisationId option").attr("value")).isEqualTo(nurse.organisationId());
    assertThat(form.select("input[type=checkbox][name=categories]")).isNotEmpty();

    Http.Response refused = http.form("/challenges/new?lang=fi", bearer(nurse), needForm(nurse.organisationId())
        .set("title_fi", "K").remove("categories").set("responsesDue", "2000-01-01"));
    assertThat(refused.status()).isEqualTo(400);
    Element again = PageHtml.main(refused.text());
    assertThat(again.select(".error-summary a").eachAttr("href")).contains("#title", "#categories", "#responsesDue");
    assertThat(again.select(".error-summary").text()).contains("Anna 3–160 merkin otsikko");
    assertThat(again.select("textarea[name=description_fi]").text()).isEqualTo("Tarvitsemme tavan huomata kaatumiset yöllä ilman kameroita.");
    for (String target : again.select(".error-summary a").eachAttr("href")) {
      assertThat(again.select(target)).as(target).isNotEmpty();
    }

    Http.Response created = http.form("/challenges/new", bearer(nurse), needForm(nurse.organisationId()));
    assertThat(created.status()).as(created.text()).isEqualTo(303);
    String page = created.header("Location");
    assertThat(page).matches("/challenges/[0-9a-f-]{36}\\?saved=1");
    String id = page.substring("/challenges/".length(), page.indexOf('?'));
    Element draft = PageHtml.main(http.get(page + "&lang=fi", nurse.token()).text());
    assertThat(draft.select("#need-state").text()).contains("luonnos", "Vain organisaationne näkee");
    assertThat(draft.select("a[href=/challenges/" + id + "/edit]")).hasSize(1);
    assertThat(draft.select("form[action=/challenges/" + id + "/close]")).hasSize(1);
    assertThat(PageHtml.main(http.get("/challenges?lang=fi", nurse.token()).text()).select(".own-needs a[href=/challenges/" + id + "]"))
        .as("the organisation finds its drafts").hasSize(1);

    assertThat(http.form("/challenges/" + id + "/submit", bearer(nurse), MultiMap.caseInsensitiveMultiMap()).status()).isEqualTo(303);
    Element forStaff = PageHtml.main(http.get("/challenges/" + id + "?lang=en", staff.token()).text());
    assertThat(forStaff.select("form[action=/challenges/" + id + "/review] input[name=version]")).hasSize(1);
    Http.Response approved = http.form("/challenges/" + id + "/review", bearer(staff), MultiMap.caseInsensitiveMultiMap()
        .add("decision", "approve").add("comment", "").add("version", forStaff.select("input[name=version]").val()));
    assertThat(approved.status()).isEqualTo(303);
    assertThat(PageHtml.main(http.get("/challenges?lang=fi", null).text()).select(".results a[href=/challenges/" + id + "]")).hasSize(1);
  }

  @Test
  @DisplayName("/challenges/{id}/edit: the organisation's members edit; a published need goes back to review; others may not")
  void editANeed() {
    User nurse = users.orgMember("care");
    User other = users.orgAdmin("care", true);
    User staff = users.staff("seinajoki");
    NeedFixtures fixtures = new NeedFixtures(http, users);
    String id = fixtures.publishedNeed(nurse, staff);
    String edit = "/challenges/" + id + "/edit";

    assertThat(http.get(edit, null).status()).isEqualTo(303);
    assertThat(http.get(edit, other.token()).status()).isEqualTo(403);
    assertThat(http.get(edit, staff.token()).status()).isEqualTo(403);
    Element form = PageHtml.main(http.get(edit + "?lang=sv", nurse.token()).text());
    assertThat(form.select("[role=note]").text()).contains("granskning");
    assertThat(form.select("#title").val()).isEqualTo("Medication reminders for home care");
    assertThat(form.select("input[name=title_fi]").val()).isEqualTo("Lääkemuistutukset kotihoitoon");
    assertThat(form.select("select#organisationId")).as("the organisation stays").isEmpty();

    MultiMap fields = MultiMap.caseInsensitiveMultiMap();
    form.select("input[type=text], input[type=date], textarea").forEach(e -> fields.add(e.attr("name"), e.tagName().equals("textarea")
        ? e.text() : e.val()));
    form.select("input[type=checkbox][checked]").forEach(e -> fields.add(e.attr("name"), e.val()));
    form.select("select").forEach(e -> fields.add(e.attr("name"), e.select("option[selected]").val()));
    fields.set("title_en", "Medication reminders at home");
    assertThat(http.form(edit, bearer(other), fields).status()).isEqualTo(403);
    Http.Response saved = http.form(edit, bearer(nurse), fields);
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    JsonObject now = http.get("/api/v1/challenges/" + id + "?lang=en", nurse.token()).json();
    assertThat(now.getString("title")).isEqualTo("Medication reminders at home");
    assertThat(now.getString("status")).isEqualTo("pending");
    assertThat(http.get("/challenges/" + id, null).status()).isEqualTo(404);

    assertThat(http.form("/challenges/" + id + "/close", bearer(nurse), MultiMap.caseInsensitiveMultiMap().add("outcome", "nope"))
        .status()).isEqualTo(400);
    assertThat(http.form("/challenges/" + id + "/close", bearer(nurse), MultiMap.caseInsensitiveMultiMap().add("outcome", "withdrawn")
        .add("note", "Budjetti siirtyi.")).status()).isEqualTo(303);
    assertThat(http.get(edit, nurse.token()).status()).as("a closed need is not edited").isEqualTo(409);
    Element closed = PageHtml.main(http.get("/challenges/" + id + "?lang=fi", null).text());
    assertThat(closed.select("#need-closed").text()).contains("Suljettu: tarve peruttiin", "Budjetti siirtyi.");
  }
}
