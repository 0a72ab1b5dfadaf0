package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

class CertificateApiTest extends ApiTest {
  static final String NAME = "Áŋŋá Čuđđá-Σοφία";

  /** Other classes on the shared node may have tried unknown codes from this address (the OpenAPI fuzzing does). */
  @BeforeEach
  void allowChecks() {
    forgetGuesses();
  }

  static void forgetGuesses() {
    app.execute("DELETE FROM attempt_limit WHERE key LIKE 'certificate:%'");
  }

  /** A published course by staff, approved at once. */
  static String published(Http http, Users users, String word) {
    User staff = users.staff("seinajoki");
    Http.Response created = http.post("/api/v1/courses", staff.token(), CourseApiTest.course(word));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    Http.Response approved = http.post("/api/v1/courses/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    return id;
  }

  /** A code as the certificates carry: 24 random letters and digits, with hyphens as base64url codes have. */
  static String code() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
      // Real codes are base64url and hold hyphens; a PDF line must not break at them.
      if (i % 6 == 5 && i < 23) code.append('-');
    }
    return code.toString();
  }

  /** The learner finished the course on 20 November 2026, in {@code lang}: its completion row, as the quiz writes it. */
  static String complete(User learner, String courseId, String lang) {
    String code = code();
    app.execute("INSERT INTO course_completion (account_id, course_id, completed_at, certificate_code, learner_name, lang) "
        + "VALUES ('" + learner.id() + "', '" + courseId + "', '2026-11-20T10:00:00Z', '" + code + "', '" + NAME + "', '" + lang + "')");
    return code;
  }

  private static String text(Http.Response pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.body().getBytes())) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  @DisplayName("only the learner who completed the course gets its certificate: others 404, the anonymous 401")
  void onlyTheLearner() throws Exception {
    String word = CourseApiTest.word("Todistus");
    String id = published(http, users, word);
    User learner = users.citizen("learner");
    String code = complete(learner, id, "fi");
    String path = "/api/v1/courses/" + id + "/certificate.pdf";

    Http.Response pdf = http.get(path, learner.token());
    assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(pdf.header("Content-Disposition")).startsWith("attachment; filename=\"").contains(".pdf");
    assertThat(pdf.header("Cache-Control")).contains("private").contains("no-store");
    assertThat(text(pdf)).as("the completion's language by default").contains("Kurssitodistus", word + " kotona", code);

    assertThat(http.get(path, users.citizen("other").token()).status()).isEqualTo(404);
    assertThat(http.get(path, null).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/courses/" + published(http, users, CourseApiTest.word("Muu")) + "/certificate.pdf",
        learner.token()).status()).as("a course not completed").isEqualTo(404);
    assertThat(http.get("/api/v1/courses/not-an-id/certificate.pdf", learner.token()).status()).isIn(400, 404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("the certificate names the centre, the learner, the course in the asked language, its length, date, modules and code")
  void pdfInEachLanguage(String lang) throws Exception {
    String word = CourseApiTest.word("Kieli");
    String id = published(http, users, word);
    User learner = users.citizen("learner");
    String code = complete(learner, id, "en");
    Http.Response pdf = http.get("/api/v1/courses/" + id + "/certificate.pdf?lang=" + lang, learner.token());
    assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
    String text = text(pdf).replaceAll("\\s+", " ");
    Map<String, String> title = Map.of("fi", word + " kotona", "sv", word + " hemma", "en", word + " at home");
    Map<String, String> heading = Map.of("fi", "Kurssitodistus", "sv", "Kursintyg", "en", "Certificate of completion");
    Map<String, String> date = Map.of("fi", "20. marraskuuta 2026", "sv", "20 november 2026", "en", "November 20, 2026");
    assertThat(text).contains("Nordic Telemedicine Center", heading.get(lang), NAME, title.get(lang), date.get(lang),
        "40", "1. First module", "2. Second module", code, "/certificates/" + code);
    try (PDDocument document = Loader.loadPDF(pdf.body().getBytes())) {
      assertThat(document.getPage(0).getResources().getFontNames()).allSatisfy(font -> {
        var used = document.getPage(0).getResources().getFont(font);
        assertThat(used.getName()).as("no built-in font").contains("DejaVuSans");
        assertThat(used.isEmbedded()).isTrue();
      });
    }
  }

  @Test
  @DisplayName("anyone verifies a code: the course, when and the learner's name, nothing else of them; codes compare exactly")
  void verify() {
    String word = CourseApiTest.word("Tarkistus");
    String id = published(http, users, word);
    User learner = users.citizen("learner");
    String code = complete(learner, id, "sv");

    Http.Response valid = http.get("/api/v1/certificates/" + code + "?lang=sv", null);
    assertThat(valid.status()).as(valid.text()).isEqualTo(200);
    JsonObject json = valid.json();
    assertThat(json.getBoolean("valid")).isTrue();
    assertThat(json.getJsonObject("course").getString("id")).isEqualTo(id);
    assertThat(json.getJsonObject("course").getString("title")).isEqualTo(word + " hemma");
    assertThat(json.getString("completedAt")).startsWith("2026-11-20T10:00:00");
    assertThat(json.getString("learnerName")).isEqualTo(NAME);
    assertThat(json.fieldNames()).containsExactlyInAnyOrder("valid", "course", "completedAt", "learnerName");
    assertThat(valid.text()).doesNotContain(learner.email()).doesNotContain(learner.id());
    assertThat(valid.header("Cache-Control")).isEqualTo("no-store");
    assertThat(http.get("/api/v1/certificates/%20" + code + "%20", null).json().getBoolean("valid")).as("trimmed").isTrue();

    for (String wrong : new String[] {code.toLowerCase(java.util.Locale.ROOT), code(), "short", "x".repeat(1500),
        code + "'--", "%00" + code}) {
      Http.Response answer = http.get("/api/v1/certificates/" + wrong, null);
      assertThat(answer.status()).as(wrong + ": " + answer.text()).isEqualTo(200);
      assertThat(answer.json()).isEqualTo(new JsonObject().put("valid", false));
    }
  }

  @Test
  @DisplayName("a certificate of an archived course still verifies; an erased learner's no longer does")
  void archivedAndErased() {
    String id = published(http, users, CourseApiTest.word("Arkisto"));
    User learner = users.citizen("learner");
    String code = complete(learner, id, "fi");
    app.execute("UPDATE course SET status = 'archived' WHERE id = '" + id + "'");
    assertThat(http.get("/api/v1/certificates/" + code, null).json().getBoolean("valid")).isTrue();
    assertThat(http.get("/api/v1/courses/" + id + "/certificate.pdf", learner.token()).status()).isEqualTo(200);

    Http.Response erased = http.call(HttpMethod.DELETE, "/api/v1/me", learner.token(),
        new JsonObject().put("password", Users.PASSWORD));
    assertThat(erased.status()).as(erased.text()).isIn(200, 204);
    assertThat(http.get("/api/v1/certificates/" + code, null).json()).isEqualTo(new JsonObject().put("valid", false));
    assertThat(app.count("SELECT count(*) FROM course_completion WHERE certificate_code = '" + code + "'")).isZero();
  }

  @Test
  @DisplayName("an address that tries many unknown codes is made to wait, and others still verify")
  void guessingIsLimited() {
    String id = published(http, users, CourseApiTest.word("Arvaus"));
    String code = complete(users.citizen("learner"), id, "en");
    Http guesser = http.from("127.0.0.31");
    try {
      int status = 200;
      for (int i = 0; i < 110 && status == 200; i++) status = guesser.get("/api/v1/certificates/" + code(), null).status();
      assertThat(status).isEqualTo(429);
      assertThat(guesser.get("/api/v1/certificates/" + code, null).status()).as("locked, even for a right code").isEqualTo(429);
      assertThat(http.get("/api/v1/certificates/" + code, null).json().getBoolean("valid")).isTrue();
    } finally {
      forgetGuesses();
    }
  }
}
