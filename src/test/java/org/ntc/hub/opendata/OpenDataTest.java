package org.ntc.hub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

class OpenDataTest extends ApiTest {
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final String TRICKY_FI = "Etä, \"koti\" ja <b>&</b>\nrivi";
  private static final String FORMULA = "=HYPERLINK(\"http://evil.example\")";

  /** One of each: the public record and the ones that must stay out, per dataset. */
  record Seeded(User company, User care, Map<String, String> ids) {}

  private Seeded seeded;

  @BeforeEach
  void seed() {
    User company = users.orgMember("company");
    User care = users.orgMember("care");
    Map<String, String> ids = new HashMap<>();
    String marker = UUID.randomUUID().toString().substring(0, 8);
    ids.put("marker", marker);
    ids.put("showcase", showcase(company, "published", true, marker));
    ids.put("showcase-draft", showcase(company, "draft", false, marker));
    ids.put("showcase-pending", showcase(company, "pending", false, marker));
    ids.put("showcase-archived", showcase(company, "archived", true, marker));
    ids.put("library", library(company, "published", true, marker));
    ids.put("library-draft", library(company, "draft", false, marker));
    ids.put("library-archived", library(company, "archived", true, marker));
    ids.put("adoption", adoption(ids.get("showcase"), care, "fi-ita-uusimaa"));
    ids.put("adoption-draft", adoption(ids.get("showcase-draft"), care, "se-stockholm"));
    ids.put("training", training("published", marker));
    ids.put("training-pending", training("pending", marker));
    ids.put("training-cancelled", training("cancelled", marker));
    ids.put("challenge", challenge(care, "published", marker));
    ids.put("challenge-draft", challenge(care, "draft", marker));
    seeded = new Seeded(company, care, ids);
  }

  private static String sql(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String localised(String en, String fi) {
    return new JsonObject().put("en", en).put("fi", fi).encode();
  }

  private String showcase(User company, String status, boolean shown, String marker) {
    String id = UUID.randomUUID().toString();
    JsonObject content = new JsonObject()
        .put("title", new JsonObject().put("en", FORMULA + " " + status + " " + marker).put("fi", TRICKY_FI))
        .put("summary", new JsonObject().put("en", "-1 summary of " + status))
        .put("description", new JsonObject().put("en", "Described"))
        .put("categories", new JsonArray().add("remote-care")).put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI").add("SE")).put("languages", new JsonArray().add("fi"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot")
        .put("contactEmail", "sales-" + marker + "@company.example").put("website", "https://company.example/" + marker);
    app.execute("INSERT INTO showcase (id, organisation_id, status, content, published, published_at, created_by) VALUES ("
        + sql(id) + ", " + sql(company.organisationId()) + ", " + sql(status) + ", " + sql(content.encode()) + ", "
        + (shown ? sql(content.encode()) : "NULL") + ", " + (shown ? "now()" : "NULL") + ", " + sql(company.id()) + ")");
    return id;
  }

  private String library(User author, String status, boolean shown, String marker) {
    String id = UUID.randomUUID().toString();
    JsonObject content = new JsonObject().put("title", new JsonObject().put("en", "Entry " + status + " " + marker))
        .put("summary", new JsonObject().put("sv", "Sammanfattning")).put("categories", new JsonArray().add("remote-care"))
        .put("countries", new JsonArray().add("FI")).put("contact", "writer-" + marker + "@author.example");
    app.execute("INSERT INTO library_entry (id, kind, organisation_id, status, content, published, published_at, created_by)"
        + " VALUES (" + sql(id) + ", 'case', " + sql(author.organisationId()) + ", " + sql(status) + ", " + sql(content.encode())
        + ", " + (shown ? sql(content.encode()) : "NULL") + ", " + (shown ? "now()" : "NULL") + ", " + sql(author.id()) + ")");
    return id;
  }

  private String adoption(String showcase, User care, String region) {
    String id = UUID.randomUUID().toString();
    app.execute("INSERT INTO adoption (id, showcase_id, organisation_id, region, status, since, scale, created_by) VALUES ("
        + sql(id) + ", " + sql(showcase) + ", " + sql(care.organisationId()) + ", " + sql(region)
        + ", 'routine', DATE '2026-03-01', '+3 wards, 120 clients', " + sql(care.id()) + ")");
    return id;
  }

  private String training(String status, String marker) {
    String id = UUID.randomUUID().toString();
    app.execute("INSERT INTO training (id, status, title, description, format, contact_point, starts_at, ends_at,"
        + " enrolment_closes_at, language, audience, trainer) VALUES (" + sql(id) + ", " + sql(status) + ", "
        + sql(localised("Training " + status + " " + marker, "Koulutus " + status)) + ", " + sql(localised("About", "Tietoa"))
        + ", 'online', 'seinajoki', now() + interval '30 days', now() + interval '30 days 2 hours', now() + interval '29 days',"
        + " 'fi', ARRAY['professionals'], 'Trainer Person')");
    app.execute("INSERT INTO training_seat_pool (training_id, site, capacity) VALUES (" + sql(id) + ", 'main', 25)");
    return id;
  }

  private String challenge(User care, String status, String marker) {
    String id = UUID.randomUUID().toString();
    app.execute("INSERT INTO challenge (id, organisation_id, status, title, description, categories, target_groups, country,"
        + " languages, responses_due, published_at) VALUES (" + sql(id) + ", " + sql(care.organisationId()) + ", " + sql(status)
        + ", " + sql(localised("Need " + status + " " + marker + " <b>&</b>", "Tarve " + status)) + ", "
        + sql(localised("We need it", "Tarvitsemme")) + ", ARRAY['remote-care'], ARRAY['older-people'], 'FI', ARRAY['fi'],"
        + " current_date + 30, " + (status.equals("published") ? "now()" : "NULL") + ")");
    return id;
  }

  private String id(String key) {
    return seeded.ids().get(key);
  }

  private void assertNoPersonalData(String body) {
    assertThat(body).doesNotContain(seeded.company().email()).doesNotContain(seeded.care().email())
        .doesNotContain(seeded.company().name()).doesNotContain("Trainer Person");
    assertThat(body).doesNotContain("sales-" + id("marker")).doesNotContain("writer-" + id("marker"));
  }

  private static void assertLicensed(Http.Response response) {
    assertThat(response.headers().getAll("Link"))
        .anyMatch(link -> link.equals("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""));
  }

  private static List<String> ids(JsonArray records, String field) {
    List<String> ids = new ArrayList<>();
    records.forEach(r -> ids.add(((JsonObject) r).getString(field)));
    return ids;
  }

  private static JsonObject record(JsonArray records, String id) {
    return records.stream().map(JsonObject.class::cast).filter(r -> id.equals(r.getString("id"))).findFirst().orElseThrow();
  }

  private Http.Response json(String dataset) {
    Http.Response response = http.get("/api/v1/open-data/" + dataset + ".json", null);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertLicensed(response);
    JsonObject body = response.json();
    assertThat(body.getString("dataset")).isEqualTo(dataset);
    assertThat(body.getJsonObject("licence").getString("url")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(body.getString("generatedAt")).isNotBlank();
    assertNoPersonalData(response.text());
    return response;
  }

  @Test
  @DisplayName("showcases.json holds published showcases only, with localised fields as {en, fi, sv} and no contact address")
  void showcasesJson() {
    JsonArray records = json("showcases").json().getJsonArray("records");
    assertThat(ids(records, "id")).contains(id("showcase"))
        .doesNotContain(id("showcase-draft"), id("showcase-pending"), id("showcase-archived"));
    JsonObject shown = record(records, id("showcase"));
    assertThat(shown.getJsonObject("title").getString("fi")).isEqualTo(TRICKY_FI);
    assertThat(shown.getJsonObject("title").containsKey("sv")).isTrue();
    assertThat(shown.getJsonObject("title").getString("sv")).isNull();
    assertThat(shown.getString("organisationId")).isEqualTo(seeded.company().organisationId());
    assertThat(shown.getString("organisationName")).startsWith("Org company");
    assertThat(shown.getJsonArray("countries")).containsExactly("FI", "SE");
    assertThat(shown.getString("url")).endsWith("/showcases/" + id("showcase"));
    assertThat(shown.containsKey("contactEmail")).isFalse();
    assertThat(EMAIL.matcher(shown.encode()).find()).as(shown.encode()).isFalse();
  }

  @Test
  @DisplayName("library.json, adoptions.json and trainings.json hold only their public records")
  void otherDatasetsJson() {
    JsonArray library = json("library").json().getJsonArray("records");
    assertThat(ids(library, "id")).contains(id("library")).doesNotContain(id("library-draft"), id("library-archived"));
    assertThat(record(library, id("library")).getJsonObject("summary").getString("sv")).isEqualTo("Sammanfattning");

    JsonArray adoptions = json("adoptions").json().getJsonArray("records");
    assertThat(ids(adoptions, "id")).contains(id("adoption")).doesNotContain(id("adoption-draft"));
    JsonObject adoption = record(adoptions, id("adoption"));
    assertThat(adoption.getString("showcaseId")).isEqualTo(id("showcase"));
    assertThat(adoption.getString("country")).isEqualTo("FI");
    assertThat(adoption.getString("status")).isEqualTo("routine");
    assertThat(adoption.getString("since")).isEqualTo("2026-03-01");
    assertThat(adoption.getJsonObject("regionName").getString("fi")).isNotBlank();
    assertThat(adoption.getString("organisationName")).startsWith("Org care");

    JsonArray trainings = json("trainings").json().getJsonArray("records");
    assertThat(ids(trainings, "id")).contains(id("training")).doesNotContain(id("training-pending"), id("training-cancelled"));
    assertThat(record(trainings, id("training")).getInteger("capacity")).isEqualTo(25);
  }

  /** RFC 4180 read back: quoted fields with doubled quotes, commas and line breaks inside. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertThat(c).as("a bare line feed or carriage return outside quotes").isNotIn('\r', '\n');
        cell.append(c);
      }
    }
    assertThat(cell.length() == 0 && row.isEmpty()).as("the file ends with CRLF").isTrue();
    return rows;
  }

  private List<Map<String, String>> csv(String dataset) {
    Http.Response response = http.get("/api/v1/open-data/" + dataset + ".csv", null);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("text/csv");
    assertLicensed(response);
    assertNoPersonalData(response.text());
    List<List<String>> rows = parseCsv(response.text());
    List<String> header = rows.get(0);
    List<Map<String, String>> records = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row).hasSameSizeAs(header);
      Map<String, String> record = new HashMap<>();
      for (int i = 0; i < header.size(); i++) record.put(header.get(i), row.get(i));
      records.add(record);
    }
    return records;
  }

  private static List<String> column(List<Map<String, String>> records, String name) {
    return records.stream().map(r -> r.get(name)).toList();
  }

  @Test
  @DisplayName("each dataset as CSV: public records only, one column per language, RFC 4180 quoting, formulas neutralised")
  void csvDatasets() {
    List<Map<String, String>> showcases = csv("showcases");
    assertThat(column(showcases, "id")).contains(id("showcase"))
        .doesNotContain(id("showcase-draft"), id("showcase-pending"), id("showcase-archived"));
    Map<String, String> shown = showcases.stream().filter(r -> r.get("id").equals(id("showcase"))).findFirst().orElseThrow();
    assertThat(shown.get("title_fi")).isEqualTo(TRICKY_FI);
    assertThat(shown.get("title_en")).isEqualTo("'" + FORMULA + " published " + id("marker"));
    assertThat(shown.get("title_sv")).isEmpty();
    assertThat(shown.get("summary_en")).startsWith("'-1");
    assertThat(shown.get("countries")).isEqualTo("FI;SE");

    assertThat(column(csv("library"), "id")).contains(id("library")).doesNotContain(id("library-draft"), id("library-archived"));
    List<Map<String, String>> adoptions = csv("adoptions");
    assertThat(column(adoptions, "id")).contains(id("adoption")).doesNotContain(id("adoption-draft"));
    assertThat(adoptions.stream().filter(r -> r.get("id").equals(id("adoption"))).findFirst().orElseThrow().get("scale"))
        .isEqualTo("'+3 wards, 120 clients");
    assertThat(column(csv("trainings"), "id")).contains(id("training"))
        .doesNotContain(id("training-pending"), id("training-cancelled"));
  }

  @Test
  @DisplayName("an unchanged dataset answers 304 to its ETag and to If-Modified-Since; a change gives a new ETag")
  void conditionalRequests() {
    Http.Response first = http.get("/api/v1/open-data/library.json", null);
    String etag = first.header("ETag");
    assertThat(etag).startsWith("W/\"");
    Http.Response again = http.raw(HttpMethod.GET, "/api/v1/open-data/library.json", Http.headers("If-None-Match", etag), null);
    assertThat(again.status()).isEqualTo(304);
    assertLicensed(again);
    Http.Response since = http.raw(HttpMethod.GET, "/api/v1/open-data/library.json",
        Http.headers("If-Modified-Since", first.header("Last-Modified")), null);
    assertThat(since.status()).isEqualTo(304);
    library(seeded.company(), "published", true, "later");
    Http.Response changed = http.raw(HttpMethod.GET, "/api/v1/open-data/library.json", Http.headers("If-None-Match", etag), null);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.header("ETag")).isNotEqualTo(etag);
  }

  @Test
  @DisplayName("an unknown dataset or format is a 404 problem that still names the licence")
  void unknown() {
    for (String path : List.of("/api/v1/open-data/people.json", "/api/v1/open-data/showcases.xml",
        "/api/v1/open-data/showcases", "/api/v1/open-data/.json")) {
      Http.Response response = http.get(path, null);
      assertThat(response.status()).as(path).isEqualTo(404);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertLicensed(response);
    }
    assertThat(http.get("/feeds/people.atom", null).status()).isEqualTo(404);
    assertThat(http.get("/feeds/showcases.rss", null).status()).isEqualTo(404);
    assertThat(http.get("/sitemaps/people-1.xml", null).status()).isEqualTo(404);
    assertThat(http.get("/sitemaps/showcases-0.xml", null).status()).isEqualTo(404);
    assertThat(http.get("/sitemaps/showcases-99.xml", null).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("/api/v1/open-data describes every dataset: formats, licence and the meaning of each field")
  void catalogue() {
    Http.Response response = http.get("/api/v1/open-data", null);
    assertThat(response.status()).isEqualTo(200);
    assertLicensed(response);
    JsonObject body = response.json();
    assertThat(body.getJsonObject("licence").getString("url")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(ids(body.getJsonArray("datasets"), "id")).containsExactly("showcases", "library", "adoptions", "trainings");
    body.getJsonArray("datasets").forEach(d -> {
      JsonObject dataset = (JsonObject) d;
      assertThat(dataset.getJsonArray("formats")).hasSize(2);
      dataset.getJsonArray("fields").forEach(f -> assertThat(((JsonObject) f).getString("meaning")).isNotBlank());
    });
  }
}
