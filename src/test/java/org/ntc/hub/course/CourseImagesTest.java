package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** Lessons' images over HTTP: added and removed from the API and the editor page, served by who may see them. */
class CourseImagesTest extends ApiTest {
  private static final String BOUNDARY = "----ntc-course-image";

  static byte[] png(int width, int height) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A verified member's course with its first lesson: {courseId, lessonId}. */
  private String[] course(User member) {
    Http.Response created = http.post("/api/v1/courses", member.token(),
        CourseApiTest.course(CourseApiTest.word("Kuvat")).put("organisationId", member.organisationId()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonObject json = created.json();
    return new String[] {json.getString("id"),
        json.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0).getString("id")};
  }

  private Http.Response upload(User user, String[] course, byte[] bytes, String alt) {
    return http.upload("/api/v1/courses/" + course[0] + "/lessons/" + course[1] + "/images", user == null ? null : user.token(),
        "file", "kuva.png", "image/png", bytes == null ? null : Buffer.buffer(bytes), alt == null ? Map.of() : Map.of("alt", alt));
  }

  /** An image the member adds to the course's first lesson, as the API answers it. */
  private JsonObject added(User member, String[] course, String alt) {
    Http.Response added = upload(member, course, png(8, 6), alt);
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    return added.json();
  }

  /** The course as the member's PATCH of it leaves it. */
  private JsonObject patched(User member, String[] course, JsonObject change) {
    Http.Response patched = http.patch("/api/v1/courses/" + course[0], member.token(), change);
    assertThat(patched.status()).as(patched.text()).isEqualTo(200);
    return patched.json();
  }

  private JsonArray images(User user, String[] course) {
    JsonObject lesson = http.get("/api/v1/courses/" + course[0], user == null ? null : user.token()).json()
        .getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0);
    return lesson.getJsonArray("images");
  }

  /** The editor's upload form as a browser sends it: its text fields in order, then the file. */
  private static byte[] multipart(String csrf, String alt, byte[] file) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("_csrf", csrf);
    if (alt != null) fields.put("alt", alt);
    StringBuilder text = new StringBuilder();
    fields.forEach((name, value) -> text.append(String.format("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n",
        BOUNDARY, name, value)));
    text.append(String.format("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kuva.png\"\r\n\r\n", BOUNDARY));
    Buffer body = Buffer.buffer(text.toString()).appendBytes(file).appendString("\r\n--" + BOUNDARY + "--\r\n");
    return body.getBytes();
  }

  private static MultiMap browser(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  @Test
  @DisplayName("an editor adds an image by the API; it is the editors' until the course is approved, then anyone's, shown in the lesson")
  void addedThenPublished() {
    User member = users.orgMember("company");
    String[] course = course(member);
    Http.Response added = upload(member, course, png(40, 30), "Annostelija pöydällä");
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    String url = added.json().getString("url");
    assertThat(added.json().getString("alt")).isEqualTo("Annostelija pöydällä");
    assertThat(url).isEqualTo("/courses/" + course[0] + "/images/" + added.json().getString("id"));
    assertThat(images(member, course).getJsonObject(0).getString("url")).isEqualTo(url);

    Http.Response own = http.get(url, member.token());
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.header("Content-Type")).isEqualTo("image/png");
    assertThat(own.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(own.header("Cache-Control")).contains("private");
    assertThat(http.get(url, null).status()).as("not public before review").isEqualTo(404);
    assertThat(http.get(url, users.orgMember("company").token()).status()).isEqualTo(404);

    assertThat(http.post("/api/v1/courses/" + course[0] + "/submit", member.token(), null).status()).isEqualTo(200);
    User staff = users.staff("seinajoki");
    assertThat(http.post("/api/v1/courses/" + course[0] + "/review", staff.token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);
    Http.Response shared = http.get(url, null);
    assertThat(shared.status()).isEqualTo(200);
    assertThat(shared.header("Cache-Control")).contains("public").contains("immutable");
    assertThat(images(null, course).getJsonObject(0).getString("alt")).isEqualTo("Annostelija pöydällä");

    Element main = PageHtml.main(http.get("/courses/" + course[0] + "/lessons/" + course[1] + "?lang=fi", null).text());
    Element img = main.selectFirst("figure img[src=" + url + "]");
    assertThat(img).as("the lesson shows its image").isNotNull();
    assertThat(img.attr("alt")).isEqualTo("Annostelija pöydällä");
    assertThat(img.attr("width")).isEqualTo("40");
    assertThat(img.attr("height")).isEqualTo("30");
    assertThat(img.attr("loading")).isEqualTo("lazy");

    User other = users.orgMember("company");
    assertThat(http.delete("/api/v1/courses/" + course[0] + "/lessons/" + course[1] + "/images/" + added.json().getString("id"),
        other.token()).status()).as("another organisation's member").isEqualTo(403);
    assertThat(upload(other, course, png(4, 3), "Toinen").status()).isEqualTo(403);
    Http.Response removed = http.delete("/api/v1/courses/" + course[0] + "/lessons/" + course[1] + "/images/"
        + added.json().getString("id"), member.token());
    assertThat(removed.status()).as(removed.text()).isEqualTo(204);
    assertThat(images(member, course)).isEmpty();
    assertThat(http.get(url, null).status()).as("the approved copy shows it until the edit is reviewed").isEqualTo(200);
    assertThat(http.delete("/api/v1/courses/" + course[0] + "/lessons/" + course[1] + "/images/" + added.json().getString("id"),
        member.token()).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("bad uploads are refused with a clear 4xx and store nothing")
  void refusals() {
    User member = users.orgMember("company");
    String[] course = course(member);
    assertThat(upload(null, course, png(4, 3), "Kuva").status()).isEqualTo(401);
    assertThat(upload(member, course, null, "Kuva").status()).as("no file").isEqualTo(400);
    assertThat(upload(member, course, "not an image".getBytes(StandardCharsets.UTF_8), "Kuva").status()).isEqualTo(415);
    assertThat(upload(member, course, png(4, 3), null).status()).as("no alt").isEqualTo(400);
    assertThat(upload(member, course, png(4, 3), "x".repeat(251)).status()).as("long alt").isEqualTo(400);
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(png(4, 3), 0, big, 0, 8);
    assertThat(upload(member, course, big, "Iso").status()).isEqualTo(413);
    assertThat(upload(member, new String[] {course[0], "00000000-0000-4000-8000-000000000001"}, png(4, 3), "Kuva").status())
        .as("unknown lesson").isEqualTo(404);
    assertThat(upload(member, new String[] {"00000000-0000-4000-8000-000000000001", course[1]}, png(4, 3), "Kuva").status())
        .as("unknown course").isEqualTo(404);
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + member.token())
        .add("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
    Http.Response malformed = http.rawBytes(HttpMethod.POST, "/api/v1/courses/" + course[0] + "/lessons/" + course[1] + "/images",
        headers, ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nabc")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(malformed.status()).as("cut off inside a part").isEqualTo(400);
    assertThat(http.get("/courses/" + course[0] + "/images/00000000-0000-4000-8000-000000000001", member.token()).status())
        .isEqualTo(404);
    assertThat(images(member, course)).isEmpty();
  }

  @Test
  @DisplayName("on the lesson editor a member adds an image without JavaScript, sees a refusal beside the field, and removes it")
  void onTheEditorPage() {
    User member = users.orgMember("company");
    String[] course = course(member);
    String editor = "/courses/" + course[0] + "/edit/lessons/" + course[1];
    Element page = PageHtml.main(http.get(editor + "?lang=sv", member.token()).text());
    assertThat(page.select("section#images form[enctype=multipart/form-data] input[type=file][name=file]")).hasSize(1);
    String csrf = http.csrfOf(member.token());
    MultiMap headers = browser(member).add("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);

    Http.Response noAlt = http.rawBytes(HttpMethod.POST, editor + "/images?lang=sv", headers, multipart(csrf, "", png(4, 3)));
    assertThat(noAlt.status()).isEqualTo(400);
    assertThat(PageHtml.main(noAlt.text()).select("#imageAlt-error").text()).isNotEmpty();
    Http.Response wrongType = http.rawBytes(HttpMethod.POST, editor + "/images?lang=sv", headers,
        multipart(csrf, "Bild", "GIF89a".getBytes(StandardCharsets.UTF_8)));
    assertThat(wrongType.status()).as("shown on the form").isEqualTo(400);
    assertThat(PageHtml.main(wrongType.text()).select("#imageFile-error").text()).isNotEmpty();
    assertThat(images(member, course)).isEmpty();

    Http.Response added = http.rawBytes(HttpMethod.POST, editor + "/images", headers, multipart(csrf, "En läkemedelsautomat", png(8, 6)));
    assertThat(added.status()).as(added.text()).isEqualTo(303);
    assertThat(added.header("Location")).startsWith(editor);
    JsonArray images = images(member, course);
    assertThat(images).hasSize(1);
    String imageId = images.getJsonObject(0).getString("id");
    Element listed = PageHtml.main(http.get(editor + "?lang=sv", member.token()).text());
    assertThat(listed.select("section#images img").attr("alt")).isEqualTo("En läkemedelsautomat");

    Http.Response edited = http.form(editor, browser(member), Http.form("title_en", "First lesson renamed", "body_en", "Wait.",
        "_csrf", csrf));
    assertThat(edited.status()).as(edited.text()).isEqualTo(303);
    assertThat(images(member, course)).as("saving the lesson's text keeps its images").hasSize(1);

    Http.Response removed = http.form(editor + "/images/" + imageId + "/remove", browser(member), Http.form("_csrf", csrf));
    assertThat(removed.status()).as(removed.text()).isEqualTo(303);
    assertThat(images(member, course)).isEmpty();
    assertThat(http.get("/courses/" + course[0] + "/images/" + imageId, member.token()).status()).as("its bytes are gone").isEqualTo(404);
  }

  /** The course's modules as the API's PATCH takes them, with the ids it holds and the lessons' titles renamed. */
  private JsonArray renamedModules(User member, String[] course) {
    JsonArray held = http.get("/api/v1/courses/" + course[0], member.token()).json().getJsonArray("modules");
    JsonArray modules = CourseApiTest.course("Kuvat").getJsonArray("modules");
    for (int m = 0; m < modules.size(); m++) {
      JsonObject module = modules.getJsonObject(m).put("id", held.getJsonObject(m).getString("id"));
      JsonArray lessons = module.getJsonArray("lessons");
      for (int l = 0; l < lessons.size(); l++) {
        lessons.getJsonObject(l).put("id", held.getJsonObject(m).getJsonArray("lessons").getJsonObject(l).getString("id"))
            .put("title", new JsonObject().put("en", "Renamed lesson " + l));
      }
      module.getJsonObject("quiz").getJsonArray("questions").getJsonObject(0)
          .put("id", held.getJsonObject(m).getJsonObject("quiz").getJsonArray("questions").getJsonObject(0).getString("id"));
    }
    return modules;
  }

  @Test
  @DisplayName("a PATCH that edits the course or its lessons without naming their images keeps them")
  void unrelatedEditsKeepImages() {
    User member = users.orgMember("company");
    String[] course = course(member);
    String url = added(member, course, "Annostelija").getString("url");

    patched(member, course, new JsonObject().put("title", new JsonObject().put("en", "Renamed course")));
    JsonObject lesson = patched(member, course, new JsonObject().put("modules", renamedModules(member, course)))
        .getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0);
    assertThat(lesson.getString("title")).isEqualTo("Renamed lesson 0");
    assertThat(images(member, course)).as("the lesson keeps its image").hasSize(1);
    assertThat(images(member, course).getJsonObject(0).getString("alt")).isEqualTo("Annostelija");
    assertThat(http.get(url, member.token()).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("a PATCH may send back the images exactly as GET gave them, url included, and keeps them")
  void imagesSentBackAsRead() {
    User member = users.orgMember("company");
    String[] course = course(member);
    String url = added(member, course, "Takaisin").getString("url");
    JsonArray modules = renamedModules(member, course);
    JsonArray asRead = images(member, course);
    assertThat(asRead.getJsonObject(0).getString("url")).isEqualTo(url);
    modules.getJsonObject(0).getJsonArray("lessons").getJsonObject(0).put("images", asRead);

    patched(member, course, new JsonObject().put("modules", modules));
    assertThat(images(member, course)).hasSize(1);
    assertThat(images(member, course).getJsonObject(0).getString("url")).isEqualTo(url);
    assertThat(http.get(url, member.token()).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("an image no copy of the course shows any more has its bytes deleted: dropped by a PATCH, or gone from the approved copy")
  void droppedImagesLoseTheirBytes() {
    User member = users.orgMember("company");
    String[] course = course(member);
    String dropped = added(member, course, "Pois").getString("url");
    JsonArray modules = renamedModules(member, course);
    modules.getJsonObject(0).getJsonArray("lessons").getJsonObject(0).put("images", new JsonArray());
    patched(member, course, new JsonObject().put("modules", modules));
    assertThat(images(member, course)).isEmpty();
    assertThat(http.get(dropped, member.token()).status()).as("its bytes are gone").isEqualTo(404);

    JsonObject added = added(member, course, "Julkinen");
    String url = added.getString("url");
    User staff = users.staff("seinajoki");
    assertThat(http.post("/api/v1/courses/" + course[0] + "/submit", member.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/courses/" + course[0] + "/review", staff.token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);
    assertThat(http.delete("/api/v1/courses/" + course[0] + "/lessons/" + course[1] + "/images/" + added.getString("id"),
        member.token()).status()).isEqualTo(204);
    assertThat(http.get(url, null).status()).as("the approved copy shows it until the edit is reviewed").isEqualTo(200);
    assertThat(http.post("/api/v1/courses/" + course[0] + "/review", staff.token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);
    assertThat(http.get(url, null).status()).isEqualTo(404);
    assertThat(http.get(url, member.token()).status()).as("its bytes are gone once no copy shows it").isEqualTo(404);
  }

  @Test
  @DisplayName("a PATCH that names an image the course does not have is refused and changes nothing")
  void foreignImagesRefused() {
    User member = users.orgMember("company");
    String[] other = course(member);
    JsonObject foreign = added(member, other, "Toisen kurssin kuva");
    String[] course = course(member);
    JsonArray modules = renamedModules(member, course);
    modules.getJsonObject(0).getJsonArray("lessons").getJsonObject(0).put("images", new JsonArray()
        .add(new JsonObject().put("id", foreign.getString("id")).put("alt", new JsonObject().put("fi", "Lainattu"))));

    Http.Response refused = http.patch("/api/v1/courses/" + course[0], member.token(), new JsonObject().put("modules", modules));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("modules");
    assertThat(images(member, course)).isEmpty();
    assertThat(http.get("/api/v1/courses/" + course[0], member.token()).json().getJsonArray("modules").getJsonObject(0)
        .getJsonArray("lessons").getJsonObject(0).getString("title")).as("nothing of the edit was kept").isNotEqualTo("Renamed lesson 0");
    assertThat(images(member, other)).hasSize(1);
    assertThat(http.get(foreign.getString("url"), member.token()).status()).isEqualTo(200);
  }
}
