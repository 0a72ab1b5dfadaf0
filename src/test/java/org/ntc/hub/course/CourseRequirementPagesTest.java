package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.course.RequirementFixtures.courseIds;
import static org.ntc.hub.course.RequirementFixtures.ids;

import io.vertx.core.MultiMap;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class CourseRequirementPagesTest extends ApiTest {

  private static MultiMap bearer(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + user.token());
  }

  private Element page(String path, User user) {
    Http.Response page = user == null ? http.get(path, null) : http.raw(io.vertx.core.http.HttpMethod.GET, path, bearer(user), null);
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    return PageHtml.main(page.text());
  }

  @Test
  @DisplayName("the pilot page lists the courses in fi, sv and en; admins see counts with shared names only; members see no counts; editors get the form")
  void pilotPage() {
    RequirementFixtures f = new RequirementFixtures(http, users, app);
    String pilot = f.pilot();
    String word = CourseApiTest.word("Sivu");
    String course = f.publishedCourse(word);
    assertThat(courseIds(f.put("/api/v1/pilots/" + pilot + "/courses", f.staff, ids(course)))).containsExactly(course);
    f.completed(f.careAdmin, course, "Sanna Jaettu", true);
    f.completed(f.careMember, course, "Pekka Yksityinen", false);

    Element fi = page("/pilots/" + pilot + "?lang=fi", f.careAdmin).selectFirst("#courses");
    assertThat(fi).isNotNull();
    assertThat(fi.selectFirst("h2").text()).isEqualTo("Kurssit, jotka henkilöstön kannattaa suorittaa");
    assertThat(fi.selectFirst("a[href=/courses/" + course + "]").text()).isEqualTo(word + " kotona");
    assertThat(fi.text()).contains("2/3 jäsenestä on suorittanut kurssin", "Suorittaneet: Sanna Jaettu",
        "ja 1 muuta, jotka eivät jakaneet nimeään", "40 minuuttia").doesNotContain("Pekka");
    assertThat(fi.select("form[method=post][action=/pilots/" + pilot + "/courses] input[name=_csrf]")).hasSize(1);
    assertThat(fi.select("input[type=checkbox][name=courseIds][value=" + course + "]").attr("checked")).isNotNull();
    assertThat(fi.select("input[type=checkbox][name=courseIds][value=" + course + "][checked]")).hasSize(1);

    Element sv = page("/pilots/" + pilot + "?lang=sv", f.careAdmin).selectFirst("#courses");
    assertThat(sv.text()).contains("Kurser som personalen bör gå", "2 av 3 medlemmar har slutfört kursen", word + " hemma");
    Element en = page("/pilots/" + pilot + "?lang=en", f.staff).selectFirst("#courses");
    assertThat(en.text()).contains("Courses your staff should complete", "2 of 3 members have completed it", "Completed: Sanna Jaettu",
        "and 1 more who did not share their name");

    Element member = page("/pilots/" + pilot + "?lang=en", f.careMember).selectFirst("#courses");
    assertThat(member.text()).contains(word + " at home", "You have completed it").doesNotContain("of 3 members", "Sanna");
    assertThat(member.select("form")).as("members of the pilot's organisations may name its courses").hasSize(1);
  }

  @Test
  @DisplayName("the form replaces the courses and says so; a refused form changes nothing and says why")
  void pilotForm() {
    RequirementFixtures f = new RequirementFixtures(http, users, app);
    String pilot = f.pilot();
    String first = f.publishedCourse(CourseApiTest.word("Lomake"));
    String draft = f.draftCourse(CourseApiTest.word("Kesken"));
    Http.Response saved = http.form("/pilots/" + pilot + "/courses", bearer(f.company),
        MultiMap.caseInsensitiveMultiMap().add("courseIds", first));
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    assertThat(saved.header("Location")).isEqualTo("/pilots/" + pilot + "?courses=saved#courses");
    assertThat(page("/pilots/" + pilot + "?courses=saved&lang=en", f.company).selectFirst("#courses [role=status]").text())
        .isEqualTo("The courses are saved.");
    Http.Response refused = http.form("/pilots/" + pilot + "/courses", bearer(f.company),
        MultiMap.caseInsensitiveMultiMap().add("courseIds", draft));
    assertThat(refused.header("Location")).isEqualTo("/pilots/" + pilot + "?courses=refused#courses");
    assertThat(courseIds(http.get("/api/v1/pilots/" + pilot + "/courses", f.company.token()))).containsExactly(first);
    assertThat(http.form("/pilots/" + pilot + "/courses", bearer(users.orgMember("care")),
        MultiMap.caseInsensitiveMultiMap().add("courseIds", first)).status()).isEqualTo(404);
    Http.Response none = http.form("/pilots/" + pilot + "/courses", bearer(f.company), MultiMap.caseInsensitiveMultiMap());
    assertThat(none.status()).isEqualTo(303);
    assertThat(courseIds(http.get("/api/v1/pilots/" + pilot + "/courses", f.company.token()))).as("nothing ticked: none").isEmpty();
  }

  @Test
  @DisplayName("the adoption page shows the record and its courses to anyone, the form to its organisation's members, counts to its admins")
  void adoptionPage() {
    RequirementFixtures f = new RequirementFixtures(http, users, app);
    String adoption = f.adoption();
    String word = CourseApiTest.word("Kaytto");
    String course = f.publishedCourse(word);
    assertThat(courseIds(f.put("/api/v1/adoptions/" + adoption + "/courses", f.careMember, ids(course)))).containsExactly(course);
    f.completed(f.careMember, course, "Pekka Yksityinen", false);

    for (String lang : new String[] {"fi", "sv", "en"}) {
      Element visitor = page("/adoptions/" + adoption + "?lang=" + lang, null);
      assertThat(visitor.selectFirst("h1").text()).contains("Org care");
      assertThat(visitor.select("#courses a[href=/courses/" + course + "]")).hasSize(1);
      assertThat(visitor.select("#courses form")).isEmpty();
      assertThat(visitor.select("#courses .completion")).isEmpty();
    }
    Element admin = page("/adoptions/" + adoption + "?lang=en", f.careAdmin);
    assertThat(admin.selectFirst("#courses .completion").text()).isEqualTo("1 of 3 members have completed it");
    assertThat(admin.selectFirst("#courses .completion-unnamed").text()).isEqualTo("None of them shared their name.");
    assertThat(admin.select("#courses form input[name=_csrf]")).hasSize(1);
    Element company = page("/adoptions/" + adoption + "?lang=en", f.company);
    assertThat(company.select("#courses form")).isEmpty();
    assertThat(company.select("#courses .completion")).isEmpty();
    assertThat(http.get("/adoptions/" + java.util.UUID.randomUUID(), null).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("with no course named, readers see no section while editors get the form; the adoption form links to the record's courses")
  void emptySection() {
    RequirementFixtures f = new RequirementFixtures(http, users, app);
    String adoption = f.adoption();
    f.publishedCourse(CourseApiTest.word("Valinta"));
    assertThat(page("/adoptions/" + adoption + "?lang=en", null).select("#courses")).isEmpty();
    Element editor = page("/adoptions/" + adoption + "?lang=en", f.careMember);
    assertThat(editor.selectFirst("#courses").text()).contains("No courses are named yet.");
    assertThat(editor.select("#courses-form input[name=courseIds]")).isNotEmpty();
    Element form = page("/showcases/" + f.showcase + "/adoption?lang=fi", f.careMember);
    assertThat(form.select("#adoption-existing a[href=/adoptions/" + adoption + "#courses]")).hasSize(1);
  }
}
