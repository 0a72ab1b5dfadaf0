package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;
import org.ntc.hub.support.PageHtml;

/** Search in fi, sv and en with each language's stemming, filters, facets and paging. */
@OwnNode("asserts the whole catalogue: exact results, totals and facet counts")
class ShowcaseSearchTest extends ApiTest {
  static String heart;
  static String alarm;
  static String video;

  @BeforeAll
  static void publish(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    Users users = new Users(http);
    ShowcaseFixture fixture = new ShowcaseFixture(http, users);
    User owner = users.orgAdmin("company", true);
    heart = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(),
            "Sydänpotilaiden etäseuranta", "Distansuppföljning av hjärtpatienter", "Remote follow-up of heart patients")
        .put("summary", new JsonObject()
            .put("fi", "Hoitajat seuraavat sydänpotilaiden painoa ja oireita kotihoidossa.")
            .put("sv", "Sjuksköterskor följer hjärtpatienternas vikt och symtom i hemsjukvården.")
            .put("en", "Nurses follow the weight and symptoms of heart patients receiving home care."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("countries", new JsonArray().add("FI"))
        .put("targetGroups", new JsonArray().add("chronic-conditions"))
        .put("regulatoryStatus", "mdr-class-iia").put("evidenceLevel", "clinical-study"));
    alarm = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(),
            "Turvaranneke ikäihmisille", "Trygghetsarmband för äldre", "Safety wristband for older people")
        .put("summary", new JsonObject()
            .put("fi", "Ranneke hälyttää apua, kun ikäihminen kaatuu kotonaan.")
            .put("sv", "Armbandet larmar när en äldre person faller i sitt hem.")
            .put("en", "The wristband calls for help when an older person falls at home."))
        .put("categories", new JsonArray().add("safety-and-alarms")).put("countries", new JsonArray().add("SE").add("FI"))
        .put("targetGroups", new JsonArray().add("older-people").add("informal-carers"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "routine-use"));
    video = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(),
            "Videovastaanotto terveysasemalle", "Videobesök till vårdcentralen", "Video visits to the health centre")
        .put("summary", new JsonObject()
            .put("fi", "Potilaat tapaavat lääkärin videon välityksellä kotoaan.")
            .put("sv", "Patienter möter läkaren via video hemifrån.")
            .put("en", "Patients meet their doctor by video from home."))
        .put("categories", new JsonArray().add("video-consultation")).put("countries", new JsonArray().add("SE"))
        .put("targetGroups", new JsonArray().add("families"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "routine-use"));
    fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Salainen luonnos sydän", "Hemligt utkast", "Secret draft heart"));
  }

  private List<String> ids(String query) {
    Http.Response response = http.get("/api/v1/showcases?" + query, null);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json().getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id")).toList();
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("a Finnish query finds inflected Finnish text")
  void finnish() {
    assertThat(ids(q("rannekkeen"))).as("ranneke, genitive").containsExactly(alarm);
    assertThat(ids(q("hoitajan oireet"))).as("hoitajat, oireita").containsExactly(heart);
    assertThat(ids(q("painon"))).as("painoa").containsExactly(heart);
    assertThat(ids(q("potilaat videon"))).containsExactly(video);
  }

  @Test
  @DisplayName("a Swedish query finds inflected Swedish text")
  void swedish() {
    assertThat(ids(q("hjärtpatient"))).containsExactly(heart);
    assertThat(ids(q("larm"))).containsExactly(alarm);
    assertThat(ids(q("vårdcentral"))).containsExactly(video);
  }

  @Test
  @DisplayName("an English query finds stemmed English text, and drafts never show")
  void english() {
    assertThat(ids(q("falling"))).containsExactly(alarm);
    assertThat(ids(q("doctors video"))).containsExactly(video);
    assertThat(ids(q("secret draft"))).isEmpty();
    assertThat(ids(q("\"heart patients\" -video"))).containsExactly(heart);
  }

  @Test
  @DisplayName("filters narrow the results and combine with text")
  void filters() {
    assertThat(ids("category=safety-and-alarms")).containsExactly(alarm);
    assertThat(ids("country=SE")).containsExactlyInAnyOrder(alarm, video);
    assertThat(ids("targetGroup=older-people")).containsExactly(alarm);
    assertThat(ids("regulatoryStatus=mdr-class-iia")).containsExactly(heart);
    assertThat(ids("evidenceLevel=routine-use&country=SE")).containsExactlyInAnyOrder(alarm, video);
    assertThat(ids("country=FI&" + q("video"))).isEmpty();
    assertThat(ids("country=NO")).isEmpty();
  }

  @Test
  @DisplayName("facets count the hits per category, country, target group, regulatory status and evidence level")
  void facets() {
    JsonObject facets = http.get("/api/v1/showcases?country=SE", null).json().getJsonObject("facets");
    assertThat(count(facets.getJsonArray("countries"), "SE")).isEqualTo(2);
    assertThat(count(facets.getJsonArray("countries"), "FI")).isEqualTo(1);
    assertThat(count(facets.getJsonArray("categories"), "video-consultation")).isEqualTo(1);
    assertThat(count(facets.getJsonArray("evidenceLevels"), "routine-use")).isEqualTo(2);
    assertThat(count(facets.getJsonArray("regulatoryStatuses"), "not-medical-device")).isEqualTo(2);
    assertThat(count(facets.getJsonArray("targetGroups"), "families")).isEqualTo(1);
  }

  @Test
  @DisplayName("pages are stable and complete; bad parameters are a 400")
  void paging() {
    List<String> all = ids("pageSize=100");
    assertThat(all).hasSize(3);
    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= 3; page++) paged.addAll(ids("pageSize=1&page=" + page));
    assertThat(paged).containsExactlyElementsOf(all);
    JsonObject page = http.get("/api/v1/showcases?pageSize=2&page=2", null).json();
    assertThat(page.getLong("total")).isEqualTo(3);
    assertThat(page.getInteger("page")).isEqualTo(2);
    assertThat(page.getJsonArray("items")).hasSize(1);
    JsonObject item = http.get("/api/v1/showcases?lang=sv&" + q("larm"), null).json().getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("title")).isEqualTo("Trygghetsarmband för äldre");
    assertThat(item.getJsonObject("organisation").getString("name")).isNotBlank();
    assertThat(item.getString("publishedAt")).isNotBlank();
    for (String bad : List.of("category=astrology", "country=DK", "pageSize=101", "page=0", "evidenceLevel=anecdote",
        "q=" + "x".repeat(201))) {
      assertThat(http.get("/api/v1/showcases?" + bad, null).status()).as(bad).isEqualTo(400);
    }
  }

  @Test
  @DisplayName("the /showcases page searches, filters with counts and pages without JavaScript")
  void page() {
    String html = http.get("/showcases?lang=fi&" + q("ranneke"), null).text();
    assertThat(PageHtml.mainText(html)).contains("Turvaranneke ikäihmisille", "Yksi ratkaisu", "Turvahälyttimet (1)");
    assertThat(html).doesNotContain("Videovastaanotto terveysasemalle");
    assertThat(http.get("/showcases?country=XX", null).status()).isEqualTo(400);
  }

  private static long count(JsonArray facet, String id) {
    return facet.stream().map(f -> (JsonObject) f).filter(f -> f.getString("id").equals(id))
        .map(f -> f.getLong("count")).findFirst().orElse(0L);
  }
}
