package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OpenApiDocument;
import org.ntc.hub.support.OpenApiDocument.Op;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.SchemaSamples;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/**
 * The API document against a real node: requests made from the document itself (plain ones,
 * then generated from its schemas with hostile values in every field, parameter and id) never
 * answer 500, and every answer is one the document lists for that operation, in the documented
 * form. What does not hold is collected and reported together, with the request id to find the
 * server's log line.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnNode("as an admin it may change the contact points every page of the node lists")
class OpenApiConformanceTest extends ApiTest {
  /** Operations that end the caller's session or change what the rest relies on: run last, by throwaway accounts. */
  static final List<String> LAST = List.of("archiveShowcase", "deleteShowcaseImage", "removeMember", "revokeStaff",
      "cancelEnrolment", "revokeCalendarFeed", "login", "logout", "eraseMe");
  static final Set<String> SELF_ENDING = Set.of("logout", "eraseMe");
  /** Every answer comes within milliseconds; a request with none in this time is tried once more (see {@link #send}). */
  static final int ANSWER_SECONDS = 30;

  static HttpClient client;
  static OpenApiDocument document;
  static Map<String, String> personas = new LinkedHashMap<>();
  static List<String> throwaways = new ArrayList<>();
  static Map<String, String> ids = new LinkedHashMap<>();
  static SchemaSamples samples;
  static Map<String, JsonObject> bodyOverrides = new LinkedHashMap<>();
  static Set<String> problemTypes;
  static final Map<String, Set<Integer>> SEEN = new TreeMap<>();

  record Request(Op op, String persona, String variant, String uri, String contentType, Buffer body) {
    String describe() {
      return op.name() + " as " + persona + " (" + variant + ") " + (uri.length() > 160 ? uri.substring(0, 160) + "…" : uri);
    }
  }

  record Answer(int status, MultiMap headers, Buffer body) {}

  @BeforeAll
  static void start(Vertx vertx) {
    // One connection per request, so that whatever a request does to its connection cannot be blamed on the next.
    client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(app.port())
        .setKeepAlive(false));
    document = OpenApiDocument.load();
    problemTypes = Set.copyOf(document.problemTypes());
    Http http = new Http(vertx, app.port());
    Users users = new Users(http);
    User company = users.orgAdmin("company", true);
    User care = users.orgAdmin("care", true);
    User staff = users.staff("seinajoki");
    User citizen = users.citizen("fuzz");
    personas.put("anonymous", null);
    personas.put("citizen", citizen.token());
    personas.put("company", company.token());
    personas.put("care", care.token());
    personas.put("staff", staff.token());
    personas.put("admin", users.admin().token());
    for (int i = 0; i < 4; i++) throwaways.add(users.citizen("throwaway").token());
    seed(http, company, care, staff, citizen);
  }

  /** Real things for ids to name, so requests reach past "no such resource". */
  private static void seed(Http http, User company, User care, User staff, User citizen) {
    JsonObject showcase = new JsonObject().put("organisationId", company.organisationId())
        .put("title", new JsonObject().put("fi", "Etämittari").put("en", "Remote meter"))
        .put("summary", new JsonObject().put("fi", "Mittari kotiin.").put("en", "A meter for the home."))
        .put("description", new JsonObject().put("en", "Text."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI")).put("languages", new JsonArray().add("fi"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot");
    String showcaseId = http.post("/api/v1/showcases", company.token(), showcase).json().getString("id");
    http.post("/api/v1/showcases/" + showcaseId + "/submit", company.token(), null);
    http.post("/api/v1/showcases/" + showcaseId + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
    String trainingId = http.post("/api/v1/trainings", staff.token(), new JsonObject()
        .put("title", new JsonObject().put("en", "Fuzz training")).put("description", new JsonObject().put("en", "About it."))
        .put("format", "online").put("contactPoint", "seinajoki").put("startsAt", start.toString())
        .put("endsAt", start.plusHours(1).toString()).put("capacity", 5).put("language", "en")
        .put("audience", new JsonArray().add("citizens"))).json().getString("id");
    http.post("/api/v1/trainings/" + trainingId + "/enrolments", citizen.token(), null);
    JsonObject need = new JsonObject().put("organisationId", care.organisationId())
        .put("title", new JsonObject().put("en", "Remote blood pressure follow-up"))
        .put("description", new JsonObject().put("en", "We look for a way to follow blood pressure at home."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("en"))
        .put("responsesDue", LocalDate.now().plusDays(30).toString());
    String challengeId = http.post("/api/v1/challenges", care.token(), need).json().getString("id");
    http.post("/api/v1/challenges/" + challengeId + "/submit", care.token(), null);
    http.post("/api/v1/challenges/" + challengeId + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    String materialId = http.post("/api/v1/materials", staff.token(), new JsonObject()
        .put("title", new JsonObject().put("en", "A guide")).put("url", "https://example.org/guide")
        .put("topic", "remote-monitoring").put("language", "en").put("visibility", "public")).json().getString("id");
    ids.put("/api/v1/showcases/", showcaseId);
    ids.put("/api/v1/organisations/", company.organisationId());
    ids.put("/api/v1/trainings/", trainingId);
    ids.put("/api/v1/challenges/", challengeId);
    ids.put("/api/v1/materials/", materialId);
    ids.put("/api/v1/people/", citizen.id());
    ids.put("/api/v1/contact-points/", "seinajoki");
    samples = new SchemaSamples(Map.of(
        "organisationId", company.organisationId(), "showcaseId", showcaseId, "userId", citizen.id(),
        "trainingId", trainingId, "categories", new JsonArray().add("remote-monitoring"),
        "targetGroups", new JsonArray().add("older-people"), "startsAt", start.toString(),
        "endsAt", start.plusHours(1).toString(), "enrolmentClosesAt", start.minusDays(1).toString(),
        "showcaseIds", new JsonArray().add(showcaseId)));
    // Needs are posted for a care organisation; members are added by an existing account's email.
    bodyOverrides.put("createChallenge", new JsonObject().put("organisationId", care.organisationId()));
    bodyOverrides.put("addMember", new JsonObject().put("email", citizen.email()));
  }

  @Test
  @Order(2)
  @DisplayName("every status the server answers an anonymous, an empty, a wrong-id or a citizen's request is documented")
  void plainRequests() {
    List<String> wrong = new ArrayList<>();
    int sent = 0;
    for (Op op : ordered()) {
      List<Request> requests = new ArrayList<>();
      String citizen = SELF_ENDING.contains(op.operation().getOperationId()) ? throwaway(op, 0) : personas.get("citizen");
      requests.add(request(op, "anonymous", "plain", uri(op, null), validBody(op)));
      requests.add(request(op, "citizen", "plain", uri(op, null), validBody(op)));
      requests.add(new Request(op, "citizen", "no body", uri(op, null), null, null));
      if (op.write()) requests.add(new Request(op, "citizen", "empty JSON body", uri(op, null), "application/json", Buffer.buffer()));
      if (op.path().contains("{")) {
        requests.add(request(op, "citizen", "malformed id", uri(op, "not-an-id"), validBody(op)));
        requests.add(request(op, "citizen", "absent id", uri(op, UUID.randomUUID().toString()), validBody(op)));
      }
      for (Request r : requests) {
        check(r, send(r, "citizen".equals(r.persona()) ? citizen : null), wrong);
        sent++;
      }
    }
    assertThat(sent).isGreaterThan(300);
    assertThat(wrong).as(wrong.size() + " of " + sent + " answers").isEmpty();
  }

  @Test
  @Order(1)
  @DisplayName("requests generated from the document's schemas, hostile values included, never answer 500 and get documented answers")
  void generatedRequests() {
    List<String> wrong = new ArrayList<>();
    long started = System.nanoTime();
    int sent = 0;
    for (Op op : ordered()) {
      String persona = deepest(op, wrong);
      String token = SELF_ENDING.contains(op.operation().getOperationId()) ? throwaway(op, 2) : personas.get(persona);
      List<Request> requests = new ArrayList<>();
      JsonObject valid = validBody(op) == null ? null : new JsonObject(validBody(op));
      if (valid != null) {
        for (JsonObject body : samples.mutations(valid)) requests.add(request(op, persona, "field", uri(op, null), body.toBuffer()));
        for (String body : SchemaSamples.HOSTILE_BODIES) {
          requests.add(new Request(op, persona, "body " + abbreviate(body), uri(op, null), "application/json", Buffer.buffer(body)));
        }
        requests.add(new Request(op, persona, "as text/plain", uri(op, null), "text/plain", valid.toBuffer()));
        requests.add(new Request(op, persona, "as a form", uri(op, null), "application/x-www-form-urlencoded", Buffer.buffer("a=b")));
      }
      for (Parameter parameter : parameters(op, "query")) {
        for (String value : SchemaSamples.HOSTILE_TEXT) {
          requests.add(request(op, persona, "?" + parameter.getName(), uri(op, null) + separator(op) + parameter.getName() + "="
              + encode(value), validBody(op)));
        }
        requests.add(request(op, persona, "?" + parameter.getName() + " badly encoded", uri(op, null) + separator(op)
            + parameter.getName() + "=%zz%", validBody(op)));
      }
      if (op.path().contains("{")) {
        for (String value : SchemaSamples.HOSTILE_TEXT) {
          if (value.isEmpty()) continue;
          requests.add(request(op, persona, "id", uri(op, encode(value)), validBody(op)));
        }
        requests.add(request(op, persona, "id badly encoded", uri(op, "%zz"), validBody(op)));
      }
      for (Request r : requests) {
        check(r, send(r, token), wrong);
        sent++;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("generated requests: %d in %.1f s%n", sent, seconds);
    SEEN.forEach((op, statuses) -> System.out.println("answered " + op + ": " + statuses));
    assertThat(sent).isGreaterThan(2000);
    assertThat(wrong).as(wrong.size() + " of " + sent + " answers").isEmpty();
  }

  /** The persona whose plausible request gets furthest: a success, else a conflict or invalid input, else not found. */
  private static String deepest(Op op, List<String> wrong) {
    if (SELF_ENDING.contains(op.operation().getOperationId())) return "throwaway";
    List<Integer> rank = List.of(2, 409, 400, 404, 403, 401);
    String best = "admin";
    int bestRank = Integer.MAX_VALUE;
    for (String persona : List.of("company", "care", "staff", "admin", "citizen")) {
      Request probe = request(op, persona, "plain", uri(op, null), validBody(op));
      Answer answer = send(probe, personas.get(persona));
      check(probe, answer, wrong);
      int status = answer.status() < 300 ? 2 : answer.status();
      int r = rank.contains(status) ? rank.indexOf(status) : rank.size();
      if (r < bestRank) {
        best = persona;
        bestRank = r;
      }
    }
    return best;
  }

  /** An account of its own for each operation that ends its caller's session, in each test. */
  private static String throwaway(Op op, int test) {
    return throwaways.get(test + SELF_ENDING.stream().sorted().toList().indexOf(op.operation().getOperationId()));
  }

  private static void check(Request r, Answer a, List<String> wrong) {
    SEEN.computeIfAbsent(r.op().name(), k -> new TreeSet<>()).add(a.status());
    String where = r.describe() + " → " + a.status() + " [" + a.headers().get("X-Request-Id") + "]";
    if (a.status() < 0) {
      wrong.add("no answer in " + ANSWER_SECONDS + " s: " + where + " " + a.body());
      return;
    }
    if (a.status() >= 500 && a.status() != 503) {
      wrong.add("server error: " + where + " body " + abbreviate(r.body() == null ? "" : r.body().toString()));
      return;
    }
    if (!r.op().documents(a.status())) {
      wrong.add("undocumented status: " + where + " " + abbreviate(a.body().toString()));
      return;
    }
    String type = a.headers().get("Content-Type");
    if (r.op().mediaTypes(a.status()).contains(OpenApiDocument.PROBLEM_JSON)) {
      if (type == null || !type.startsWith(OpenApiDocument.PROBLEM_JSON)) {
        wrong.add("not a problem: " + where + " " + type);
        return;
      }
      JsonObject problem = object(a.body());
      if (!problemTypes.contains(problem.getString("type")) || !Integer.valueOf(a.status()).equals(problem.getInteger("status"))) {
        wrong.add("undocumented problem: " + where + " " + abbreviate(a.body().toString()));
      }
      return;
    }
    Schema<?> schema = r.op().responseSchema(a.status(), "application/json");
    if (schema != null && OpenApiDocument.isPage(schema)) {
      JsonObject page = object(a.body());
      if (!(page.getValue("items") instanceof JsonArray) || !page.containsKey("total") || !page.containsKey("page")
          || !page.containsKey("pageSize")) {
        wrong.add("not a page: " + where + " " + abbreviate(a.body().toString()));
      }
    }
    if (type != null && type.startsWith("application/json") && a.body().length() > 0 && a.body().getByte(0) == '['
        && !OpenApiLintTest.BARE_ARRAYS.contains(r.op().name())) {
      wrong.add("a bare array: " + where);
    }
  }

  /**
   * One request, tried again up to twice if no answer came at all (status -1): one or two of the some
   * 4,400 requests of a run lose their answer, on any operation ({@code GET /health} included),
   * and the same request tried again is answered at once. Such retries are logged, so a server
   * that stops answering still fails the test.
   */
  private static Answer send(Request r, String token) {
    Answer answer = sendOnce(r, token);
    for (int retry = 1; answer.status() == -1 && retry <= 2; retry++) {
      System.err.println("no answer, tried again (" + retry + "): " + r.op().method() + " " + r.uri());
      answer = sendOnce(r, token);
    }
    return answer;
  }

  private static Answer sendOnce(Request r, String token) {
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(r.op().method())).setURI(r.uri())
        .setIdleTimeout(ANSWER_SECONDS * 1000L);
    if (token != null) options.putHeader("Authorization", "Bearer " + token);
    if (r.contentType() != null) options.putHeader("Content-Type", r.contentType());
    return await(r, client.request(options)
        .compose(request -> r.body() == null ? request.send() : request.send(r.body()))
        .compose(response -> {
          // A live stream never ends: its status and headers are the answer.
          if (response.statusCode() == 200 && String.valueOf(response.getHeader("Content-Type")).startsWith("text/event-stream")) {
            response.request().connection().close();
            return Future.succeededFuture(new Answer(200, response.headers(), Buffer.buffer()));
          }
          return response.body().map(body -> new Answer(response.statusCode(), response.headers(), body));
        }));
  }

  private static JsonObject object(Buffer body) {
    try {
      return body.toJsonObject();
    } catch (RuntimeException e) {
      return new JsonObject();
    }
  }

  private static Answer await(Request r, Future<Answer> answer) {
    try {
      return answer.toCompletionStage().toCompletableFuture().get(ANSWER_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      return new Answer(-1, MultiMap.caseInsensitiveMultiMap(), Buffer.buffer(String.valueOf(e)));
    }
  }

  private static Request request(Op op, String persona, String variant, String uri, Buffer body) {
    return new Request(op, persona, variant, uri, body == null ? null : "application/json", body);
  }

  private static Buffer validBody(Op op) {
    Schema<?> schema = op.requestSchema("application/json");
    if (schema == null) return null;
    JsonObject body = (JsonObject) samples.valid(null, schema);
    return body.mergeIn(bodyOverrides.getOrDefault(op.operation().getOperationId(), new JsonObject())).toBuffer();
  }

  /** The operation's path with its ids filled in: real things by default, {@code id} in place of the first. */
  private static String uri(Op op, String id) {
    String path = op.path();
    String first = path.substring(0, Math.max(0, path.indexOf('{')));
    String real = ids.entrySet().stream().filter(e -> first.equals(e.getKey())).map(Map.Entry::getValue).findFirst()
        .orElse(UUID.randomUUID().toString());
    path = path.replaceFirst("\\{[A-Za-z]+}", id != null ? id : real);
    path = path.replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    if (op.path().equals("/api/v1/pilots") && op.method().equals("GET")) path += "?showcaseId=" + ids.get("/api/v1/showcases/");
    return path;
  }

  private static String separator(Op op) {
    return uri(op, null).contains("?") ? "&" : "?";
  }

  private static List<Parameter> parameters(Op op, String in) {
    if (op.operation().getParameters() == null) return List.of();
    return op.operation().getParameters().stream().filter(p -> in.equals(p.getIn())).toList();
  }

  private static List<Op> ordered() {
    List<Op> ops = new ArrayList<>(document.operations());
    ops.sort(Comparator.comparingInt(op -> LAST.indexOf(op.operation().getOperationId())));
    return ops;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviate(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
  }
}
