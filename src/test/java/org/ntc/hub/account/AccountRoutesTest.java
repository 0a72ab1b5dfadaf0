package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users;

class AccountRoutesTest extends ApiTest {




  private static JsonObject training(int capacity) {
    java.time.OffsetDateTime start = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(10).withNano(0);
    return new JsonObject().put("title", new JsonObject().put("en", "Remote monitoring basics"))
        .put("description", new JsonObject().put("en", "Hands-on.")).put("format", "onsite").put("contactPoint", "seinajoki")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(3).toString())
        .put("capacity", capacity).put("language", "en").put("audience", new JsonArray().add("citizens"));
  }

  private static JsonObject registration(String email) {
    return new JsonObject().put("email", email).put("password", Users.PASSWORD).put("name", "Saga Lindqvist").put("locale", "sv");
  }

  @Test
  @DisplayName("register answers 201 with id, email, name and the citizen role; the email is stored lower-case")
  void register() {
    Http.Response created = http.post("/api/v1/auth/register", null, registration("Saga.Lindqvist@Example.SE"));
    assertThat(created.status()).isEqualTo(201);
    JsonObject body = created.json();
    assertThat(body.getString("id")).isNotBlank();
    assertThat(body.getString("email")).isEqualTo("saga.lindqvist@example.se");
    assertThat(body.getString("name")).isEqualTo("Saga Lindqvist");
    assertThat(body.getJsonArray("roles")).containsExactly("citizen");
    assertThat(body.containsKey("password")).isFalse();
  }

  @Test
  @DisplayName("registering an existing email answers 409 and changes nothing")
  void duplicateEmail() {
    assertThat(http.post("/api/v1/auth/register", null, registration("dup@example.org")).status()).isEqualTo(201);
    Http.Response again = http.post("/api/v1/auth/register", null, registration("DUP@example.org"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(app.count("SELECT count(*) FROM account WHERE lower(email) = 'dup@example.org'")).isEqualTo(1);
  }

  @Test
  @DisplayName("bad registrations answer 400 with every field named, and create nothing")
  void badRegistrations() {
    String attempted = "SELECT count(*) FROM account WHERE email IN ('not-an-email', 'a@b.fi', 'anna.korhonen@b.fi')";
    long before = app.count(attempted);
    assertInvalid(new JsonObject(), "email", "password", "name");
    assertInvalid(registration("not-an-email"), "email");
    assertInvalid(registration("a@b.fi").put("password", "short"), "password");
    assertInvalid(registration("a@b.fi").put("password", "password1234"), "password");
    assertInvalid(registration("a@b.fi").put("password", "Salasana2024!"), "password");
    assertInvalid(registration("anna.korhonen@b.fi").put("password", "anna.korhonen-rules"), "password");
    assertInvalid(registration("a@b.fi").put("password", 1234567890), "password");
    assertInvalid(registration("a@b.fi").put("name", 42), "name");
    assertInvalid(registration("a@b.fi").put("name", "   "), "name");
    assertInvalid(registration("a@b.fi").put("locale", "de"), "locale");
    assertInvalid(registration("a@b.fi").put("role", "admin"), "role");
    assertThat(app.count(attempted)).isEqualTo(before);
  }

  @Test
  @DisplayName("malformed JSON, a non-object, a wrong media type and an oversized body get 400, 400, 415 and 413")
  void malformedBodies() {
    MultiMap json = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json");
    Http.Response broken = http.raw(HttpMethod.POST, "/api/v1/auth/register", json, "{\"email\": ");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.json().getJsonArray("errors")).isNotEmpty();
    assertThat(http.raw(HttpMethod.POST, "/api/v1/auth/register", json, "[1,2]").status()).isEqualTo(400);
    assertThat(http.raw(HttpMethod.POST, "/api/v1/auth/register",
        MultiMap.caseInsensitiveMultiMap().add("Content-Type", "text/plain"), "hello").status()).isEqualTo(415);
    String huge = "{\"email\":\"" + "x".repeat(400_000) + "@example.org\"}";
    Http.Response tooLarge = http.raw(HttpMethod.POST, "/api/v1/auth/register", json, huge);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.header("Content-Type")).isEqualTo("application/problem+json");
  }

  @Test
  @DisplayName("sign-in answers a bearer token; unknown email and wrong password get the same 401")
  void login() {
    http.post("/api/v1/auth/register", null, registration("login@example.org"));
    Http.Response ok = http.post("/api/v1/auth/login", null, new JsonObject().put("email", "LOGIN@example.org").put("password", Users.PASSWORD));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().getString("tokenType")).isEqualTo("Bearer");
    assertThat(ok.json().getInteger("expiresIn")).isPositive();
    Http.Response me = http.get("/api/v1/me", ok.json().getString("accessToken"));
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("email")).isEqualTo("login@example.org");
    assertThat(me.json().getJsonArray("roles")).containsExactly("citizen");
    assertThat(me.json().getJsonArray("organisations")).isEmpty();

    Http.Response wrong = http.post("/api/v1/auth/login", null, new JsonObject().put("email", "login@example.org").put("password", "not the password"));
    Http.Response unknown = http.post("/api/v1/auth/login", null, new JsonObject().put("email", "nobody@example.org").put("password", "not the password"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
  }

  @Test
  @DisplayName("repeated failed sign-ins answer 429 with Retry-After, per account and address")
  void throttling() {
    http.post("/api/v1/auth/register", null, registration("target@example.org"));
    JsonObject wrong = new JsonObject().put("email", "target@example.org").put("password", "guess guess guess");
    for (int i = 0; i < AccountService.PER_ACCOUNT_AND_ADDRESS.maxAttempts(); i++) {
      assertThat(http.post("/api/v1/auth/login", null, wrong).status()).isEqualTo(401);
    }
    Http.Response blocked = http.post("/api/v1/auth/login", null, wrong);
    assertThat(blocked.status()).isEqualTo(429);
    assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 900L);
    Http.Response rightButBlocked = http.post("/api/v1/auth/login", null, wrong.copy().put("password", Users.PASSWORD));
    assertThat(rightButBlocked.status()).as("the attacker's address stays blocked").isEqualTo(429);

    Http fromElsewhere = http.from("127.0.0.2");
    Http.Response owner = fromElsewhere.post("/api/v1/auth/login", null, wrong.copy().put("password", Users.PASSWORD));
    assertThat(owner.status()).as("the owner signing in from another address is not locked out").isEqualTo(200);
  }

  @Test
  @DisplayName("every answer that may carry personal data says Cache-Control: no-store; public lists for anonymous callers do not")
  void personalAnswersAreNotStored() {
    Users.User person = users.orgAdmin("company", true);
    String token = person.token();
    java.util.Map<String, Http.Response> personal = new java.util.LinkedHashMap<>();
    personal.put("me", http.get("/api/v1/me", token));
    personal.put("edit me", http.patch("/api/v1/me", token, new JsonObject().put("title", "Tester")));
    personal.put("export", http.get("/api/v1/me/export", token));
    personal.put("notifications", http.get("/api/v1/me/notifications", token));
    personal.put("my trainings", http.get("/api/v1/me/trainings", token));
    personal.put("me without a token", http.get("/api/v1/me", null));
    personal.put("sign-in", http.post("/api/v1/auth/login", null, new JsonObject().put("email", person.email()).put("password", Users.PASSWORD)));
    personal.put("failed sign-in", http.post("/api/v1/auth/login", null, new JsonObject().put("email", "nobody@example.org").put("password", "x")));
    personal.put("register", http.post("/api/v1/auth/register", null, registration("cache-" + java.util.UUID.randomUUID() + "@example.org")));
    personal.put("members", http.get("/api/v1/organisations/" + person.organisationId() + "/members", token));
    personal.put("own organisation", http.get("/api/v1/organisations/" + person.organisationId(), token));
    personal.put("organisations as signed in", http.get("/api/v1/organisations", token));
    personal.put("a profile as signed in", http.get("/api/v1/people/" + person.id(), token));
    personal.put("cookie visitor", http.raw(HttpMethod.GET, "/api/v1/organisations",
        MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + token), null));
    java.util.List<String> stored = new java.util.ArrayList<>();
    personal.forEach((name, response) -> {
      if (!"no-store".equals(response.header("Cache-Control"))) stored.add(name + " (" + response.status() + "): " + response.header("Cache-Control"));
    });
    assertThat(stored).isEmpty();
    assertThat(http.get("/api/v1/organisations", null).header("Cache-Control")).as("a public list").isNull();
  }

  @Test
  @DisplayName("a signed-out token stops working at once")
  void logout() {
    Users.User person = users.citizen("logout");
    assertThat(http.post("/api/v1/auth/logout", person.token(), null).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/me", person.token()).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/auth/logout", person.token(), null).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("/me needs a token; PATCH /me edits the profile and rejects unknown visibility levels")
  void profile() {
    assertThat(http.get("/api/v1/me", null).status()).isEqualTo(401);
    Users.User person = users.citizen("profile");
    Http.Response edited = http.patch("/api/v1/me", person.token(), new JsonObject()
        .put("title", "Sairaanhoitaja").put("expertise", "Etämonitorointi").put("languages", new JsonArray().add("fi").add("sv"))
        .put("visibility", new JsonObject().put("title", "public").put("name", "public")));
    assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    assertThat(edited.json().getJsonObject("profile").getString("title")).isEqualTo("Sairaanhoitaja");
    Http.Response bad = http.patch("/api/v1/me", person.token(), new JsonObject()
        .put("visibility", new JsonObject().put("title", "everyone")).put("languages", "fi"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .contains("visibility.title", "languages");

    Http.Response asAnonymous = http.get("/api/v1/people/" + person.id(), null);
    assertThat(asAnonymous.status()).isEqualTo(200);
    assertThat(asAnonymous.json().getString("title")).isEqualTo("Sairaanhoitaja");
    assertThat(asAnonymous.json().containsKey("expertise")).as("members-only field hidden from the public").isFalse();
    Users.User member = users.orgMember("care");
    assertThat(http.get("/api/v1/people/" + person.id(), member.token()).json().getString("expertise")).isEqualTo("Etämonitorointi");
    http.patch("/api/v1/me", person.token(), new JsonObject().put("visibility", new JsonObject().put("expertise", "private")));
    assertThat(http.get("/api/v1/people/" + person.id(), member.token()).json().containsKey("expertise")).isFalse();
  }

  @Test
  @DisplayName("export returns everything stored about the person; erase removes name and email from every table")
  void exportAndErase() {
    Users.User person = users.orgAdmin("company", false);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/follows", person.token(),
        new JsonObject().put("categories", new io.vertx.core.json.JsonArray().add("remote-monitoring"))).status()).isEqualTo(200);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/notification-settings", person.token(),
        new JsonObject().put("settings", new JsonObject().put("training.changed", "daily"))).status()).isEqualTo(200);
    Http.Response export = http.get("/api/v1/me/export", person.token());
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.json().getJsonObject("account").getString("email")).isEqualTo(person.email());
    assertThat(export.json().getJsonArray("organisations")).hasSize(1);
    assertThat(export.json().getJsonArray("sessions")).isNotEmpty();
    assertThat(export.json().getJsonArray("activity")).isNotEmpty();
    assertThat(export.json().getJsonArray("enrolments")).isNotNull();
    assertThat(export.json().getJsonArray("messagesSent")).isNotNull();
    assertThat(export.json().getJsonArray("topicsFollowed").getJsonObject(0).getString("category")).isEqualTo("remote-monitoring");
    assertThat(export.json().getJsonArray("notificationSettings").getJsonObject(0).getString("delivery")).isEqualTo("daily");
    assertThat(export.json().getJsonArray("mail").getJsonObject(0).getString("template"))
        .as("the verification mail is listed, without its link").isEqualTo("verify-email");
    assertThat(export.text()).doesNotContain("token=");

    Http.Response withoutPassword = http.delete("/api/v1/me", person.token());
    assertThat(withoutPassword.status()).as("erasing asks for the password again").isEqualTo(400);
    assertThat(withoutPassword.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");
    assertThat(http.call(HttpMethod.DELETE, "/api/v1/me", person.token(), new JsonObject().put("password", "not my password"))
        .status()).as("a wrong password").isEqualTo(403);
    assertThat(http.get("/api/v1/me", person.token()).status()).as("nothing was erased").isEqualTo(200);
    assertThat(http.call(HttpMethod.DELETE, "/api/v1/me", person.token(), new JsonObject().put("password", Users.PASSWORD))
        .status()).isEqualTo(204);
    assertThat(http.get("/api/v1/me", person.token()).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/auth/login", null, new JsonObject().put("email", person.email()).put("password", Users.PASSWORD))
        .status()).isEqualTo(401);
    assertThat(app.dumpContains(person.email())).as("the erased email is nowhere in the database").isFalse();
    assertThat(app.dumpContains(person.name())).as("the erased name is nowhere in the database").isFalse();
    assertThat(app.count("SELECT count(*) FROM organisation WHERE id = '" + person.organisationId() + "'"))
        .as("the organisation they founded stays").isEqualTo(1);
    assertThat(http.post("/api/v1/auth/register", null, registration(person.email())).status())
        .as("the email can be used again").isEqualTo(201);
  }

  @Test
  @DisplayName("erasing an account gives up its seats and waitlist places in trainings to come, as cancellations do")
  void erasureLeavesTrainings() {
    Users.User staff = users.staff("seinajoki");
    String full = http.post("/api/v1/trainings", staff.token(), training(1)).json().getString("id");
    String roomy = http.post("/api/v1/trainings", staff.token(), training(2)).json().getString("id");
    Users.User seated = users.citizen("seated");
    Users.User next = users.citizen("next");
    Users.User last = users.citizen("last");
    for (Users.User person : java.util.List.of(seated, next, last)) {
      assertThat(http.post("/api/v1/trainings/" + full + "/enrolments", person.token(), new JsonObject()).status()).isEqualTo(201);
    }
    assertThat(http.post("/api/v1/trainings/" + roomy + "/enrolments", seated.token(), new JsonObject()).status()).isEqualTo(201);
    assertThat(http.get("/api/v1/trainings/" + full, null).json().getLong("waitlistLength")).isEqualTo(2);
    assertThat(http.get("/api/v1/trainings/" + roomy, null).json().getLong("seatsLeft")).isEqualTo(1);

    assertThat(http.call(HttpMethod.DELETE, "/api/v1/me", last.token(), new JsonObject().put("password", Users.PASSWORD))
        .status()).isEqualTo(204);
    assertThat(http.get("/api/v1/trainings/" + full, null).json().getLong("waitlistLength")).as("the waitlist place is gone")
        .isEqualTo(1);

    assertThat(http.call(HttpMethod.DELETE, "/api/v1/me", seated.token(), new JsonObject().put("password", Users.PASSWORD))
        .status()).isEqualTo(204);
    JsonObject after = http.get("/api/v1/trainings/" + full, null).json();
    assertThat(after.getLong("seatsLeft")).isZero();
    assertThat(after.getLong("waitlistLength")).isZero();
    assertThat(http.get("/api/v1/trainings/" + full, next.token()).json().getJsonObject("myEnrolment").getString("status"))
        .as("the first on the waitlist is offered the freed seat").isEqualTo("offered");
    assertThat(http.get("/api/v1/trainings/" + roomy, null).json().getLong("seatsLeft")).as("the other seat is free").isEqualTo(2);
    assertThat(app.count("SELECT count(*) FROM enrolment WHERE account_id IN ('" + seated.id() + "', '" + last.id() + "')"
        + " AND status <> 'cancelled'")).isZero();
  }

  @Test
  @DisplayName("the bootstrap admin exists, signs in, and has the admin role")
  void bootstrapAdmin() {
    Http.Response me = http.get("/api/v1/me", users.login("admin@ntc.test", TestApp.ADMIN_PASSWORD));
    assertThat(me.json().getJsonArray("roles")).contains("admin");
    assertThat(app.count("SELECT count(*) FROM account WHERE email = 'admin@ntc.test' AND is_admin")).isEqualTo(1);
  }

  @Test
  @DisplayName("the admin grants staff at a contact point; staff then read the audit log")
  void staffAndAudit() {
    Users.User person = users.citizen("future-staff");
    assertThat(http.get("/api/v1/audit", person.token()).status()).isEqualTo(403);
    Http.Response bad = http.post("/api/v1/admin/staff", users.admin().token(),
        new JsonObject().put("userId", person.id()).put("contactPoint", "vaasa"));
    assertThat(bad.status()).isEqualTo(400);
    Http.Response granted = http.post("/api/v1/admin/staff", users.admin().token(),
        new JsonObject().put("userId", person.id()).put("contactPoint", "umea"));
    assertThat(granted.status()).isEqualTo(200);
    assertThat(granted.json().getString("contactPoint")).isEqualTo("umea");
    Http.Response me = http.get("/api/v1/me", person.token());
    assertThat(me.json().getJsonArray("roles")).contains("staff");
    assertThat(me.json().getString("contactPoint")).isEqualTo("umea");
    Http.Response audit = http.get("/api/v1/audit?pageSize=100", person.token());
    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.json().getJsonArray("items").stream().map(e -> ((JsonObject) e).getString("action")))
        .contains("staff.granted", "auth.login", "account.registered");
    assertThat(audit.text()).doesNotContain(Users.PASSWORD).doesNotContain(person.email()).doesNotContain(person.token());
    assertThat(http.post("/api/v1/admin/staff", users.admin().token(),
        new JsonObject().put("userId", java.util.UUID.randomUUID().toString()).put("contactPoint", "umea")).status()).isEqualTo(404);
  }

  private void assertInvalid(JsonObject body, String... fields) {
    Http.Response response = http.post("/api/v1/auth/register", null, body);
    assertThat(response.status()).as(body.encode()).isEqualTo(400);
    assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .as(response.text()).contains(fields);
  }
}
