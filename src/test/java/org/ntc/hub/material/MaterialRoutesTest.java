package org.ntc.hub.material;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;
import org.ntc.hub.support.PageHtml;

class MaterialRoutesTest extends ApiTest {
  static final Buffer PDF = Buffer.buffer("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

  static JsonObject link(String visibility) {
    return new JsonObject().put("title", new JsonObject().put("fi", "Opas painoa ja oireita seuraaville").put("sv", "Guide till distansmätning"))
        .put("topic", "remote-monitoring").put("language", "fi").put("visibility", visibility)
        .put("url", "https://example.org/opas.pdf");
  }

  @Test
  @DisplayName("staff and verified members add links and files; others may not")
  void whoAdds() {
    assertThat(http.post("/api/v1/materials", null, link("public")).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/materials", users.citizen("c").token(), link("public")).status()).isEqualTo(403);
    Http.Response created = http.post("/api/v1/materials", users.staff("umea").token(), link("public"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().getString("url")).isEqualTo("https://example.org/opas.pdf");
    Http.Response viaUs = http.get("/api/v1/materials/" + created.json().getString("id") + "/file", null);
    assertThat(viaUs.status()).as("a link is never a redirect from this site's address").isEqualTo(404);
    assertThat(viaUs.header("Location")).isNull();
    User member = users.orgMember("care");
    assertThat(http.post("/api/v1/materials", member.token(), link("members")).status()).isEqualTo(201);
    Http.Response bad = http.post("/api/v1/materials", member.token(), link("secret").put("topic", "astrology").put("url", "ftp://x"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .contains("visibility", "topic", "url");
  }

  @Test
  @DisplayName("a PDF is stored and served; other content is a 415 and more than 20 MB a 413")
  void files() {
    User staff = users.staff("seinajoki");
    Map<String, String> fields = Map.of("title.en", "Dispenser slides", "topic", "medication-management", "language", "en");
    Http.Response pdf = http.upload("/api/v1/materials", staff.token(), "file", "slides.pdf", "application/pdf", PDF, fields);
    assertThat(pdf.status()).as(pdf.text()).isEqualTo(201);
    Http.Response download = http.get(pdf.json().getString("url"), null);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(download.header("Content-Disposition")).contains("slides.pdf");
    assertThat(download.body()).isEqualTo(PDF);
    assertThat(http.upload("/api/v1/materials", staff.token(), "file", "evil.pdf", "application/pdf",
        Buffer.buffer("<html><script>alert(1)</script></html>"), fields).status()).isEqualTo(415);
    Buffer huge = PDF.copy().appendBuffer(Buffer.buffer(new byte[MaterialService.MAX_BYTES]));
    assertThat(http.upload("/api/v1/materials", staff.token(), "file", "big.pdf", "application/pdf", huge, fields).status())
        .isEqualTo(413);
  }

  @Test
  @DisplayName("a file is saved and served under the extension of its recognised type: an HTML page shaped as a PDF is x.pdf")
  void servedNameMatchesType() {
    User staff = users.staff("umea");
    Map<String, String> fields = Map.of("title.en", "Looks like a PDF", "topic", "remote-monitoring", "language", "en");
    Buffer htmlShapedAsPdf = Buffer.buffer("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n");
    Http.Response upload = http.upload("/api/v1/materials", staff.token(), "file", "x.html", "text/html", htmlShapedAsPdf, fields);
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    assertThat(upload.json().getString("fileName")).isEqualTo("x.pdf");
    Http.Response download = http.get(upload.json().getString("url"), null);
    assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"x.pdf\"; filename*=UTF-8''x.pdf");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.header("Content-Security-Policy")).contains("sandbox");

    Http.Response traversal = http.upload("/api/v1/materials", staff.token(), "file", "../../etc/passwd.html", "application/pdf", PDF,
        fields);
    assertThat(traversal.json().getString("fileName")).isEqualTo("passwd.pdf");
    Http.Response finnish = http.upload("/api/v1/materials", staff.token(), "file", "Lääkeannostelijan käyttö.PDF",
        "application/pdf", PDF, fields);
    assertThat(finnish.json().getString("fileName")).isEqualTo("Lääkeannostelijan käyttö.pdf");
    assertThat(http.get(finnish.json().getString("url"), null).header("Content-Disposition")).isEqualTo(
        "attachment; filename=\"Laakeannostelijan kaytto.pdf\"; filename*=UTF-8''L%C3%A4%C3%A4keannostelijan%20k%C3%A4ytt%C3%B6.pdf");

    String id = upload.json().getString("id");
    app.execute("UPDATE material SET file_name = 'stored before.html' WHERE id = '" + id + "'");
    assertThat(http.get(upload.json().getString("url"), null).header("Content-Disposition"))
        .as("a name stored before this rule is served by it too").startsWith("attachment; filename=\"stored before.pdf\"");
  }

  @Test
  @DisplayName("members-only material is hidden from visitors and citizens, and search finds material in each language")
  void visibilityAndSearch() {
    User staff = users.staff("umea");
    String hidden = http.post("/api/v1/materials", staff.token(), link("members")
        .put("title", new JsonObject().put("sv", "Intern checklista för läkemedelsautomater"))).json().getString("id");
    http.post("/api/v1/materials", staff.token(), link("public"));
    assertThat(http.get("/api/v1/materials/" + hidden, null).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/materials/" + hidden + "/file", users.citizen("c").token()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/materials?q=checklista", null).json().getLong("total")).isZero();
    User member = users.orgMember("company");
    assertThat(http.get("/api/v1/materials/" + hidden, member.token()).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/materials?q=checklistor", member.token()).json().getLong("total")).isEqualTo(1);
    assertThat(http.get("/api/v1/materials?q=painon", null).json().getLong("total")).as("painoa, other case").isGreaterThanOrEqualTo(1);
    String page = http.get("/materials?lang=fi", null).text();
    assertThat(PageHtml.mainText(page)).contains("Oppimateriaalit", "Opas painoa ja oireita seuraaville");
    assertThat(page).doesNotContain("Intern checklista");
  }
}
