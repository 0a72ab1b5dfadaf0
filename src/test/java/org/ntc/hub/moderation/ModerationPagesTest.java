package org.ntc.hub.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class ModerationPagesTest extends ApiTest {

  @Test
  @DisplayName("the moderation page shows every queue, needs included, in <main> with a review form each; its <title> is just the title")
  void everyQueueInMain() {
    User care = users.orgAdmin("care", true);
    User company = users.orgAdmin("company", true);
    User pendingOrg = users.orgAdmin("research", false);
    User staff = users.staff("umea");
    String need = http.post("/api/v1/challenges", care.token(), new JsonObject().put("organisationId", care.organisationId())
        .put("title", new JsonObject().put("en", "Night-time fall alerts in sheltered housing"))
        .put("description", new JsonObject().put("en", "We look for alerts that reach the night nurse without waking others."))
        .put("categories", new JsonArray().add("safety-and-alarms")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi"))
        .put("responsesDue", LocalDate.now().plusDays(20).toString())).json().getString("id");
    assertThat(http.post("/api/v1/challenges/" + need + "/submit", care.token(), null).status()).isEqualTo(200);
    String showcase = http.post("/api/v1/showcases", company.token(), new JsonObject().put("organisationId", company.organisationId())
        .put("title", new JsonObject().put("en", "Bed-exit sensor")).put("summary", new JsonObject().put("en", "Tells staff when someone gets up."))
        .put("categories", new JsonArray().add("safety-and-alarms"))).json().getString("id");
    assertThat(http.post("/api/v1/showcases/" + showcase + "/submit", company.token(), null).status()).isEqualTo(200);

    String html = http.get("/moderation?lang=en", staff.token()).text();
    Document page = PageHtml.parse(html);
    assertThat(page.title()).isEqualTo("Moderation queue · NTC Hub");
    assertThat(page.head().select("title").first().childNodeSize()).isEqualTo(1);

    Element main = PageHtml.main(html);
    Element needs = section(main, "Needs to review");
    assertThat(needs.select("a[href=/challenges/" + need + "]").text()).isEqualTo("Night-time fall alerts in sheltered housing");
    assertThat(needs.select("form[action=/challenges/" + need + "/review] button[value=approve]")).hasSize(1);
    assertThat(section(main, "Showcases").select("form[action=/showcases/" + showcase + "/review]")).hasSize(1);
    assertThat(section(main, "Organisations to verify").select("form[action=/organisations/" + pendingOrg.organisationId() + "/verify]"))
        .hasSize(1);
  }

  /** The list that follows a section's heading inside {@code <main>}. */
  private static Element section(Element main, String heading) {
    Element list = main.selectFirst("h2:containsOwn(" + heading + ") + ol.queue");
    assertThat(list).as("a list under the heading '" + heading + "' in <main>").isNotNull();
    return list;
  }
}
