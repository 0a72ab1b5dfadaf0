package org.ntc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.RawHttp;
import org.ntc.hub.support.Users.User;

/** Forms and multipart bodies no browser would send: each answers a clear 4xx problem and changes nothing. */
class MalformedMultipartTest extends ApiTest {
  static final String BOUNDARY = "----ntc-test-boundary";
  static final String PNG = "\u0089PNG\r\n\u001a\n\0\0\0\rIHDR";
  static final String PDF = "%PDF-1.4\n%%EOF\n";

  RawHttp raw;
  User owner;
  User staff;
  String images;

  @BeforeEach
  void showcase() {
    raw = new RawHttp(app.port());
    owner = users.orgAdmin("company", true);
    staff = users.staff("seinajoki");
    JsonObject body = new JsonObject().put("organisationId", owner.organisationId())
        .put("title", new JsonObject().put("fi", "Kuvaton")).put("summary", new JsonObject().put("fi", "Esittely ilman kuvia."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI")).put("languages", new JsonArray().add("fi"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot");
    images = "/api/v1/showcases/" + http.post("/api/v1/showcases", owner.token(), body).json().getString("id") + "/images";
  }

  static String head(String method, String path, String token, String type, long length) {
    return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
        + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
        + (type == null ? "" : "Content-Type: " + type + "\r\n")
        + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n";
  }

  static String part(String disposition, String contentType, String content) {
    return "--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\n"
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n" + content + "\r\n";
  }

  static String end() {
    return "--" + BOUNDARY + "--\r\n";
  }

  static String image(String name, String filename) {
    return part("form-data; name=\"" + name + "\"; filename=\"" + filename + "\"", "image/png", PNG);
  }

  RawHttp.Answer send(String method, String path, String token, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
    return raw.send(head(method, path, token, type, bytes.length), bytes);
  }

  @Test
  @DisplayName("garbled, oversized, cut-off and misplaced multipart bodies answer 400, 413 or 415 and store nothing")
  void multipartOnUploadRoutes() {
    String multipart = "multipart/form-data; boundary=" + BOUNDARY;
    String alt = part("form-data; name=\"alt\"", null, "kuva");
    record Case(String name, String method, String type, String body, int status) {}
    List<Case> cases = List.of(
        new Case("a file part with an empty name", "POST", multipart, alt + image("", "a.png") + end(), 400),
        new Case("a field with an empty name", "POST", multipart, part("form-data; name=\"\"", null, "x") + end(), 400),
        new Case("a part without a name", "POST", multipart, part("form-data; filename=\"a.png\"", "image/png", PNG) + end(), 400),
        new Case("a 10 KB file name", "POST", multipart, alt + image("file", "a".repeat(10_000) + ".png") + end(), 413),
        new Case("a field over the form-attribute limit", "POST", multipart,
            part("form-data; name=\"alt\"", null, "x".repeat(300_000)) + image("file", "a.png") + end(), 413),
        new Case("thousands of fields", "POST", multipart, part("form-data; name=\"f\"", null, "x").repeat(2_000) + end(), 413),
        new Case("a part header without its colon", "POST", multipart,
            "--" + BOUNDARY + "\r\nContent-Disposition form-data name=file\r\n\r\nxx\r\n" + end(), 400),
        new Case("a body cut off inside the file", "POST", multipart, alt + "--" + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n" + PNG, 400),
        new Case("no boundary", "POST", "multipart/form-data", alt + image("file", "a.png") + end(), 400),
        new Case("an empty boundary", "POST", "multipart/form-data; boundary=", alt + image("file", "a.png") + end(), 400),
        new Case("a boundary the body never uses", "POST", "multipart/form-data; boundary=elsewhere", alt + image("file", "a.png") + end(), 400),
        new Case("plain text", "POST", "text/plain", "hello", 415),
        new Case("a url-encoded form", "POST", "application/x-www-form-urlencoded", "alt=kuva&file=x", 415),
        new Case("multipart/mixed", "POST", "multipart/mixed; boundary=" + BOUNDARY, alt + image("file", "a.png") + end(), 415),
        new Case("multipart on GET", "GET", multipart, alt + image("file", "a.png") + end(), 400));
    List<String> wrong = new ArrayList<>();
    for (Case c : cases) {
      RawHttp.Answer answer = send(c.method(), c.method().equals("GET") ? images + "/" + java.util.UUID.randomUUID() : images,
          owner.token(), c.type(), c.body());
      if (answer.status() != c.status() || !"application/problem+json".equals(answer.header("Content-Type"))) {
        wrong.add(c.name() + " → " + answer.status() + " " + answer.body());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(app.count("SELECT count(*) FROM showcase_image WHERE showcase_id = '" + images.split("/")[4] + "'"))
        .as("nothing stored").isZero();

    RawHttp.Answer stillWorks = send("POST", images, owner.token(), multipart, alt + image("file", "a.png") + end());
    assertThat(stillWorks.status()).as(stillWorks.body()).isEqualTo(201);
  }

  @Test
  @DisplayName("material uploads: broken multipart is a 4xx, the JSON alternative still works, nothing half-stored")
  void multipartOnMaterials() {
    String multipart = "multipart/form-data; boundary=" + BOUNDARY;
    String fields = part("form-data; name=\"title.en\"", null, "Slides") + part("form-data; name=\"topic\"", null, "remote-monitoring")
        + part("form-data; name=\"language\"", null, "en");
    String pdf = part("form-data; name=\"file\"; filename=\"slides.pdf\"", "application/pdf", PDF);
    Map<String, RawHttp.Answer> answers = new LinkedHashMap<>();
    answers.put("empty field name", send("POST", "/api/v1/materials", staff.token(), multipart,
        part("form-data; name=\"\"", null, "x") + pdf + end()));
    answers.put("cut off", send("POST", "/api/v1/materials", staff.token(), multipart, fields + pdf.substring(0, pdf.length() - 6)));
    answers.put("long title", send("POST", "/api/v1/materials", staff.token(), multipart,
        part("form-data; name=\"title.en\"", null, "x".repeat(300_000)) + pdf + end()));
    assertThat(answers.get("empty field name").status()).isEqualTo(400);
    assertThat(answers.get("cut off").status()).isEqualTo(400);
    assertThat(answers.get("long title").status()).isEqualTo(413);
    assertThat(app.count("SELECT count(*) FROM material WHERE created_by = '" + staff.id() + "'")).isZero();

    assertThat(send("POST", "/api/v1/materials", staff.token(), multipart, fields + pdf + end()).status()).isEqualTo(201);
    JsonObject link = new JsonObject().put("title", new JsonObject().put("en", "A guide")).put("topic", "remote-monitoring")
        .put("language", "en").put("url", "https://example.org/guide");
    assertThat(http.post("/api/v1/materials", staff.token(), link).status()).isEqualTo(201);
  }

  @Test
  @DisplayName("routes that take no files refuse multipart with 415; broken forms anywhere are 400 or 413, never 500")
  void formsElsewhere() {
    String multipart = "multipart/form-data; boundary=" + BOUNDARY;
    String form = "application/x-www-form-urlencoded";
    assertThat(send("POST", "/api/v1/showcases", owner.token(), multipart, part("form-data; name=\"\"", null, "x") + end()).status())
        .isEqualTo(415);
    assertThat(send("POST", "/api/v1/organisations", owner.token(), multipart, image("file", "a.png") + end()).status())
        .isEqualTo(415);
    assertThat(send("POST", "/login", null, form, "email=%zz&password=x").status()).as("a broken escape").isEqualTo(400);
    assertThat(send("POST", "/login", null, form, "email=" + "x".repeat(230_000)).status()).as("a 230 KB field").isEqualTo(413);
    assertThat(send("POST", "/login", null, form, "a=1&".repeat(1_000)).status()).as("1,000 fields").isEqualTo(413);
    assertThat(send("GET", "/api/v1/showcases", null, form, "q=x").status()).as("a form on GET").isEqualTo(400);
    assertThat(send("GET", "/api/v1/showcases", null, form, "").status()).as("a form type on GET without a body").isEqualTo(200);
  }

  @Test
  @DisplayName("a page form with a long description (20,000 characters of €, nine bytes each url-encoded) is read, not refused")
  void longFormFieldsFit() {
    String csrf = http.csrfOf(owner.token());
    String description = "€".repeat(20_000);
    String body = "_csrf=" + csrf + "&organisationId=" + owner.organisationId() + "&title_fi=Pitk%C3%A4+kuvaus"
        + "&summary_fi=Esittely+jolla+on+pitk%C3%A4+kuvaus.&categories=remote-monitoring&targetGroups=older-people"
        + "&countries=FI&languages=fi&regulatoryStatus=not-medical-device&evidenceLevel=pilot&description_fi="
        + java.net.URLEncoder.encode(description, StandardCharsets.UTF_8);
    String head = "POST /showcases/new HTTP/1.1\r\nHost: localhost\r\nCookie: ntc_token=" + owner.token() + "; ntc_csrf=" + csrf
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n";
    RawHttp.Answer created = raw.send(head, body.getBytes(StandardCharsets.US_ASCII));
    assertThat(created.status()).as(created.body()).isEqualTo(303);
    String id = created.header("Location").replace("/showcases/", "");
    assertThat(http.get("/api/v1/showcases/" + id, owner.token()).json().getJsonObject("descriptionI18n").getString("fi"))
        .isEqualTo(description);
  }
}
