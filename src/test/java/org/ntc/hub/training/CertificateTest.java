package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/** Certificates of attendance read back as text by PDFBox, a reader independent of the library that wrote them. */
class CertificateTest extends ApiTest {

  private User named(String name) {
    String email = "named-" + System.nanoTime() + "@example.org";
    Http.Response created = http.post("/api/v1/auth/register", null,
        new JsonObject().put("email", email).put("password", Users.PASSWORD).put("name", name));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    users.verify(email);
    return new User(created.json().getString("id"), email, name, users.login(email, Users.PASSWORD), null);
  }

  @Test
  @DisplayName("a certificate keeps Sámi, Greek and Cyrillic names and titles whole, in an embedded font")
  void namesBeyondLatin1() throws Exception {
    User staff = users.staff("umea");
    Map<String, User> people = new LinkedHashMap<>();
    for (String name : List.of("Áŋŋá Čuđđá Ŧ Žáŋ", "Σοφία Παπαδοπούλου", "Пётр Жуков")) people.put(name, named(name));
    OffsetDateTime start = app.clock().now().plusSeconds(2);
    JsonObject body = TrainingRoutesTest.training(5).put("contactPoint", "umea")
        .put("title", new JsonObject().put("fi", "Digitála dearvvašvuođa vuođđokursa").put("en", "Basics of digital health"))
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(1).toString());
    String id = http.post("/api/v1/trainings", staff.token(), body).json().getString("id");
    for (User person : people.values()) {
      assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject()).status()).isEqualTo(201);
    }
    TrainingRoutesTest.letPass(start);
    for (Map.Entry<String, User> person : people.entrySet()) {
      JsonObject mark = new JsonObject().put("accountId", person.getValue().id()).put("attended", true);
      assertThat(http.post("/api/v1/trainings/" + id + "/attendance", staff.token(), mark).status()).isEqualTo(200);
      Http.Response pdf = http.get("/api/v1/trainings/" + id + "/certificate.pdf?lang=fi", person.getValue().token());
      assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
      try (PDDocument document = Loader.loadPDF(pdf.body().getBytes())) {
        String text = new PDFTextStripper().getText(document);
        assertThat(text).contains(person.getKey(), "Digitála dearvvašvuođa vuođđokursa");
        assertThat(document.getPage(0).getResources().getFontNames()).allSatisfy(font -> {
          var used = document.getPage(0).getResources().getFont(font);
          assertThat(used.getName()).as("no built-in font").contains("DejaVuSans");
          assertThat(used.isEmbedded()).as(used.getName() + " embedded").isTrue();
        });
      }
    }
  }
}
