package org.ntc.hub.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.DemoNodeTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;

/** The demo's pilot and adoption records name the demo courses their staff should complete. */
class CourseRequirementDemoTest extends DemoNodeTest {
  private static final String PILOT = "00000000-0000-4000-e000-000000000201";
  private static final String NORRKUSTEN_ADOPTION = "00000000-0000-4000-a180-000000000010";
  private static final String DISPENSER_COURSE = "00000000-0000-4000-c000-000000000001";
  private static final String BLOOD_PRESSURE_COURSE = "00000000-0000-4000-c000-000000000002";

  @Test
  @DisplayName("Lakeus's pilot names the blood-pressure course, its admin sees who has finished it; Norrkusten's record names the dispenser course")
  void demoRequirements(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    String anna = http.post("/api/v1/auth/login", null, new JsonObject().put("email", "anna.rinne@lakeus.example")
        .put("password", "demo password 2027")).json().getString("accessToken");
    JsonObject pilot = http.get("/api/v1/pilots/" + PILOT + "/courses?lang=en", anna).json();
    assertThat(pilot.getJsonArray("courses").getJsonObject(0).getString("id")).isEqualTo(BLOOD_PRESSURE_COURSE);
    JsonObject completion = pilot.getJsonArray("courses").getJsonObject(0).getJsonObject("completion");
    assertThat(completion.getLong("members")).isPositive();
    assertThat(completion.getLong("completed")).as("Sanna Mäki has finished it").isEqualTo(1);
    assertThat(completion.getJsonArray("sharedNames")).containsExactly("Sanna Mäki");
    String sanna = http.post("/api/v1/auth/login", null, new JsonObject().put("email", "sanna.maki@lakeus.example")
        .put("password", "demo password 2027")).json().getString("accessToken");
    JsonObject progress = http.get("/api/v1/me/courses", sanna).json();
    assertThat(progress.encode()).contains(BLOOD_PRESSURE_COURSE, "certificateCode");
    assertThat(pilot.getBoolean("mayEdit")).isTrue();

    JsonObject adoption = http.get("/api/v1/adoptions/" + NORRKUSTEN_ADOPTION + "/courses", null).json();
    assertThat(adoption.getJsonArray("courses").getJsonObject(0).getString("id")).isEqualTo(DISPENSER_COURSE);
    assertThat(adoption.encode()).doesNotContain("completion");

    Element page = PageHtml.main(http.get("/pilots/" + PILOT + "?lang=fi", null).text());
    assertThat(page.select("#courses a[href=/courses/" + BLOOD_PRESSURE_COURSE + "]")).hasSize(1);
    Element record = PageHtml.main(http.get("/adoptions/" + NORRKUSTEN_ADOPTION + "?lang=sv", null).text());
    assertThat(record.selectFirst("h1").text()).contains("Region Norrkusten");
    assertThat(record.select("#courses a[href=/courses/" + DISPENSER_COURSE + "]").text()).isEqualTo("Läkemedelsautomat hemma");
  }
}
