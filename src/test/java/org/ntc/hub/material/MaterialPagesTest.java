package org.ntc.hub.material;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** The material pages as a browser uses them: the session cookie, the page's CSRF field, plain forms. */
class MaterialPagesTest extends ApiTest {
  private static final String BOUNDARY = "----ntc-material-form";

  private static MultiMap cookie(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  private Http.Response page(String path, User user) {
    return http.raw(HttpMethod.GET, path, user == null ? MultiMap.caseInsensitiveMultiMap() : cookie(user), null);
  }

  /** The file form as a browser without JavaScript sends it: multipart, the CSRF token a field like the others. */
  private Http.Response upload(User user, String path, Map<String, String> fields, String fileName, Buffer bytes) {
    Buffer body = Buffer.buffer();
    fields.forEach((name, value) -> body.appendString("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n", "UTF-8"));
    if (bytes != null) {
      body.appendString("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").appendBuffer(bytes).appendString("\r\n");
    }
    body.appendString("--" + BOUNDARY + "--\r\n");
    MultiMap headers = cookie(user).add("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
    return http.rawBytes(HttpMethod.POST, path, headers, body.getBytes());
  }

  private static Map<String, String> fileFields(String csrf, String title) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", csrf);
    fields.put("title_fi", title);
    fields.put("title_sv", "");
    fields.put("title_en", "");
    fields.put("topic", "rehabilitation");
    fields.put("language", "fi");
    fields.put("visibility", "public");
    return fields;
  }

  @ParameterizedTest
  @CsvSource({"fi, Lisää oppimateriaali, Lataa tiedosto, Kaikki", "sv, Lägg till läromaterial, Ladda upp en fil, Alla",
      "en, Add learning material, Upload a file, Everyone"})
  @DisplayName("the new-material page offers a file upload (multipart, no script needed) and a link, in each language")
  void newPage(String lang, String heading, String asFile, String everyone) {
    User staff = users.staff("seinajoki");
    Http.Response response = page("/materials/new?lang=" + lang, staff);
    assertThat(response.status()).isEqualTo(200);
    Element main = PageHtml.main(response.text());
    assertThat(main.select("h1").text()).isEqualTo(heading);
    assertThat(main.select("nav a[aria-current=page]").text()).isEqualTo(asFile);
    Element form = main.selectFirst("form[action=/materials/new]");
    assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
    assertThat(form.select("input[type=file]#file")).hasSize(1);
    assertThat(form.select("input[name=_csrf]").val()).isNotBlank();
    assertThat(form.select("label[for=visibility] , fieldset#visibility label").text()).contains(everyone);
    assertThat(form.select("select#topic option").eachText()).doesNotContain("remote-monitoring").hasSizeGreaterThan(5);
    Element link = PageHtml.main(page("/materials/new?kind=link&lang=" + lang, staff).text());
    assertThat(link.select("form[action=/materials/new]").attr("enctype")).isEmpty();
    assertThat(link.select("input[type=url]#url")).hasSize(1);
    assertThat(page("/materials/new", users.citizen("c")).status()).isEqualTo(403);
    Http.Response anonymous = page("/materials/new", null);
    assertThat(anonymous.status()).isEqualTo(303);
    assertThat(anonymous.header("Location")).startsWith("/login");
  }

  @Test
  @DisplayName("a file uploaded on the page is listed with its kind, size, topic and language in words; a wrong file is told on the form")
  void uploadOnPage() {
    User member = users.orgMember("care");
    String csrf = Http.csrfField(page("/materials/new?lang=en", member));
    Http.Response done = upload(member, "/materials/new?lang=en", fileFields(csrf, "Kuntoutuksen etäohjaus"), "ohje.pdf",
        MaterialRoutesTest.PDF);
    assertThat(done.status()).as(done.text()).isEqualTo(303);
    assertThat(done.header("Location")).isEqualTo("/materials?done=added");
    Element list = PageHtml.main(page("/materials?lang=en&done=added", member).text());
    assertThat(list.select("[role=status]").text()).isEqualTo("The material was published.");
    Element card = list.select("li.card").stream().filter(c -> c.text().contains("Kuntoutuksen etäohjaus")).findFirst().orElseThrow();
    assertThat(card.text()).contains("File: PDF, 1 kB", "Rehabilitation", "Finnish").doesNotContain("rehabilitation ·", "application/pdf");
    assertThat(card.select("a[href$=/edit]").text()).startsWith("Edit");
    assertThat(list.select("a[href=/materials/new]").text()).isEqualTo("Add material");

    Http.Response wrong = upload(member, "/materials/new?lang=fi", fileFields(csrf, "Väärä tiedosto"), "notes.pdf",
        Buffer.buffer("<html>not a pdf</html>", "UTF-8"));
    assertThat(wrong.status()).isEqualTo(400);
    Element form = PageHtml.main(wrong.text());
    assertThat(form.select(".error-summary a[href=#file]").text()).isEqualTo("Tiedoston on oltava PDF tai esitys (pptx, odp tai ppt).");
    assertThat(form.select("#file-error").text()).isEqualTo("Tiedoston on oltava PDF tai esitys (pptx, odp tai ppt).");
    assertThat(form.select("#title_fi").val()).as("what was typed is kept").isEqualTo("Väärä tiedosto");

    Http.Response missing = upload(member, "/materials/new?lang=sv", fileFields(csrf, ""), null, null);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(PageHtml.main(missing.text()).select(".error-summary a").eachAttr("href")).as("in the form's order")
        .containsExactly("#file", "#title");

    Http.Response broken = http.rawBytes(HttpMethod.POST, "/materials/new?lang=en", cookie(member)
        .add("Content-Type", "multipart/form-data; boundary=" + BOUNDARY), ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
        + "filename=\"a.pdf\"\r\n\r\n%PDF-cut off").getBytes(StandardCharsets.UTF_8));
    assertThat(broken.status()).as("a malformed upload is told, never a 500").isIn(303, 400);
    if (broken.status() == 303) {
      Http.Response shown = page(broken.header("Location") + "&lang=en", member);
      assertThat(PageHtml.main(shown.text()).select(".error-summary").text()).contains("The upload could not be read.");
    }
    Http.Response noToken = upload(member, "/materials/new", fileFields("forged", "Ilman tunnistetta"), "x.pdf", MaterialRoutesTest.PDF);
    assertThat(noToken.status()).isEqualTo(403);
  }

  @Test
  @DisplayName("a file too large is told on the form, before it is read")
  void tooLarge() {
    User staff = users.staff("umea");
    String csrf = Http.csrfField(page("/materials/new", staff));
    Buffer huge = MaterialRoutesTest.PDF.copy().appendBuffer(Buffer.buffer(new byte[MaterialService.MAX_BYTES + 1024]));
    Http.Response refused = upload(staff, "/materials/new", fileFields(csrf, "Liian suuri"), "big.pdf", huge);
    assertThat(refused.status()).isEqualTo(303);
    Element form = PageHtml.main(page(refused.header("Location") + "&lang=en", staff).text());
    assertThat(form.select(".error-summary a[href=#file]").text()).isEqualTo("The file is larger than 20 MB.");
  }

  @Test
  @DisplayName("a link added on the page; bad input shows the form again with a summary linking to each field")
  void linkOnPage() {
    User staff = users.staff("seinajoki");
    String csrf = Http.csrfField(page("/materials/new?kind=link", staff));
    Http.Response bad = http.form("/materials/new?lang=sv", cookie(staff), MultiMap.caseInsensitiveMultiMap().add("_csrf", csrf)
        .add("title_sv", "").add("url", "ftp://x").add("topic", "").add("language", "fi").add("visibility", "public"));
    assertThat(bad.status()).isEqualTo(400);
    Element main = PageHtml.main(bad.text());
    assertThat(main.select(".error-summary a").eachAttr("href")).containsExactly("#title", "#url", "#topic");
    assertThat(main.select("#url-error").text()).isEqualTo("Ange en adress som börjar med https:// eller http://.");
    Http.Response good = http.form("/materials/new", cookie(staff), MultiMap.caseInsensitiveMultiMap().add("_csrf", csrf)
        .add("title_sv", "Guide för videobesök").add("url", "https://example.org/video").add("topic", "video-consultation")
        .add("language", "sv").add("visibility", "members"));
    assertThat(good.status()).as(good.text()).isEqualTo(303);
    assertThat(PageHtml.main(page("/materials?lang=fi", staff).text()).text()).contains("Guide för videobesök", "Linkki", "Videovastaanotto",
        "ruotsi");
  }

  @ParameterizedTest
  @CsvSource({"fi, Muokkaa oppimateriaalia, Tallenna muutokset", "sv, Redigera läromaterial, Spara ändringarna",
      "en, Edit learning material, Save changes"})
  @DisplayName("the edit page: the material's values, saved by the publisher's members; others are refused")
  void editPage(String lang, String heading, String save) {
    User member = users.orgMember("company");
    String id = http.post("/api/v1/materials", member.token(), MaterialRoutesTest.link("public")).json().getString("id");
    Http.Response edit = page("/materials/" + id + "/edit?lang=" + lang, member);
    assertThat(edit.status()).isEqualTo(200);
    Element main = PageHtml.main(edit.text());
    assertThat(main.select("h1").text()).isEqualTo(heading);
    assertThat(main.select("button[type=submit]").text()).isEqualTo(save);
    assertThat(main.select("#title_fi").val()).isEqualTo("Opas painoa ja oireita seuraaville");
    assertThat(main.select("#topic option[selected]").val()).isEqualTo("remote-monitoring");
    assertThat(main.select("#url").val()).isEqualTo("https://example.org/opas.pdf");
    assertThat(main.select("a[href=/materials/" + id + "/withdraw]")).hasSize(1);
    assertThat(page("/materials/" + id + "/edit", users.orgMember("care")).status()).isEqualTo(403);

    String csrf = Http.csrfField(edit);
    Http.Response bad = http.form("/materials/" + id + "/edit?lang=" + lang, cookie(member), MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", csrf).add("title_fi", "x").add("title_sv", "").add("title_en", "").add("topic", "remote-monitoring")
        .add("language", "fi").add("visibility", "public").add("url", "https://example.org/opas.pdf"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(PageHtml.main(bad.text()).select(".error-summary a[href=#title]")).hasSize(1);
    Http.Response saved = http.form("/materials/" + id + "/edit", cookie(member), MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", csrf).add("title_fi", "Uusi otsikko").add("title_sv", "").add("title_en", "New title").add("topic", "self-care")
        .add("language", "en").add("visibility", "members").add("url", "https://example.org/new"));
    assertThat(saved.status()).isEqualTo(303);
    JsonObject now = http.get("/api/v1/materials/" + id + "?lang=fi", member.token()).json();
    assertThat(now.getString("title")).isEqualTo("Uusi otsikko");
    assertThat(now.getString("visibility")).isEqualTo("members");

    Element confirm = PageHtml.main(page("/materials/" + id + "/withdraw?lang=" + lang, member).text());
    assertThat(confirm.select("form[action=/materials/" + id + "/withdraw] button.danger")).hasSize(1);
    Http.Response gone = http.form("/materials/" + id + "/withdraw", cookie(member), MultiMap.caseInsensitiveMultiMap().add("_csrf", csrf));
    assertThat(gone.status()).isEqualTo(303);
    assertThat(gone.header("Location")).isEqualTo("/materials?done=withdrawn");
    assertThat(http.get("/api/v1/materials/" + id, member.token()).status()).isEqualTo(404);
    assertThat(page("/materials/" + id + "/edit", member).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("the list pages through material beyond one page, keeping the search")
  void pager() {
    User staff = users.staff("umea");
    http.post("/api/v1/materials", staff.token(), MaterialRoutesTest.link("public"));
    http.post("/api/v1/materials", staff.token(), MaterialRoutesTest.link("public"));
    Element main = PageHtml.main(page("/materials?q=opas&pageSize=1&lang=en&done=saved", null).text());
    assertThat(main.select("li.card")).hasSize(1);
    assertThat(main.select("nav.pager a[rel=next]").attr("href")).startsWith("/materials?").contains("q=opas", "pageSize=1", "page=2")
        .doesNotContain("done=");
  }
}
