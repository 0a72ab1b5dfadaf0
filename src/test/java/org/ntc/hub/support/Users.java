package org.ntc.hub.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers people of every role against a test node and signs them in. Every person, email and
 * organisation is new and named uniquely, so tests sharing a node never meet each other's.
 */
public final class Users {
  public static final String PASSWORD = "correct horse battery staple";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  public record User(String id, String email, String name, String token, String organisationId) {}

  /** The bootstrap admin's session per node (by port), kept across tests: signing in costs a password hash. */
  private static final Map<Integer, User> ADMINS = new ConcurrentHashMap<>();

  private final Http http;
  private User admin;

  public Users(Http http) {
    this.http = http;
  }

  public synchronized User admin() {
    if (admin == null) {
      User known = ADMINS.get(http.port());
      admin = known != null && http.get("/api/v1/me", known.token()).status() == 200 ? known : signInAdmin();
      ADMINS.put(http.port(), admin);
    }
    return admin;
  }

  private User signInAdmin() {
    String token = login("admin@ntc.test", TestApp.ADMIN_PASSWORD);
    JsonObject me = http.get("/api/v1/me", token).json();
    return new User(me.getString("id"), "admin@ntc.test", me.getString("name"), token, null);
  }

  /** A registered person who followed the link mailed to them, as everyone who writes must. */
  public User citizen(String label) {
    User person = unverified(label);
    verify(person.email());
    return person;
  }

  /** A registered person who has not yet followed the verification link: they may browse, not write. */
  public User unverified(String label) {
    int n = COUNTER.incrementAndGet();
    String email = label + "-" + n + "@example.org";
    String name = "Test " + label + " (" + n + ")";
    Http.Response created = http.post("/api/v1/auth/register", null,
        new JsonObject().put("email", email).put("password", PASSWORD).put("name", name));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return new User(created.json().getString("id"), email, name, login(email, PASSWORD), null);
  }

  /** Follows the newest verification link mailed to this address, as its owner would. */
  public void verify(String email) {
    Http.Response verified = http.post("/api/v1/auth/verify-email", null, new JsonObject().put("token", link(email, "verify-email")));
    assertThat(verified.status()).as(verified.text()).isEqualTo(204);
  }

  /**
   * The token of the newest link to {@code page} ({@code verify-email} or {@code reset-password})
   * mailed to this address. A reset link is queued just after the answer, so it is waited for.
   */
  public String link(String email, String page) {
    return link(email, page, null);
  }

  /** As {@link #link(String, String)}, waiting for a link other than {@code previous}: the one a second request sent. */
  public String link(String email, String page, String previous) {
    Pattern link = Pattern.compile("/" + page + "\\?token=([A-Za-z0-9_-]+)");
    return Eventually.value("a " + page + " link mailed to " + email, Duration.ofSeconds(10), () -> {
      Http.Response outbox = http.get("/api/v1/admin/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8), admin().token());
      assertThat(outbox.status()).as(outbox.text()).isEqualTo(200);
      for (Object item : outbox.json().getJsonArray("items")) {
        Matcher found = link.matcher(((JsonObject) item).getString("text"));
        if (found.find()) return found.group(1);
      }
      return null;
    }, token -> token != null && !token.equals(previous));
  }

  /**
   * What the outbox holds for this address, newest first, apart from the link that proved it at
   * registration: the mail a test of some other feature expects.
   */
  public JsonArray mailTo(String email) {
    Http.Response outbox = http.get("/api/v1/admin/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8), admin().token());
    assertThat(outbox.status()).as(outbox.text()).isEqualTo(200);
    JsonArray kept = new JsonArray();
    outbox.json().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(item -> !item.getString("text").contains("/verify-email?token=")).forEach(kept::add);
    return kept;
  }

  public User staff(String contactPoint) {
    User person = citizen("staff");
    Http.Response granted = http.post("/api/v1/admin/staff", admin().token(),
        new JsonObject().put("userId", person.id()).put("contactPoint", contactPoint));
    assertThat(granted.status()).as(granted.text()).isEqualTo(200);
    return person;
  }

  /** The admin of a new organisation of this type, verified by staff unless told otherwise. */
  public User orgAdmin(String type, boolean verified) {
    User person = citizen(type);
    Http.Response org = http.post("/api/v1/organisations", person.token(), new JsonObject()
        .put("name", "Org " + type + " " + COUNTER.incrementAndGet()).put("type", type).put("country", "FI"));
    assertThat(org.status()).as(org.text()).isEqualTo(201);
    String orgId = org.json().getString("id");
    if (verified) {
      Http.Response verify = http.post("/api/v1/organisations/" + orgId + "/verify", admin().token(), null);
      assertThat(verify.status()).as(verify.text()).isEqualTo(200);
    }
    return new User(person.id(), person.email(), person.name(), person.token(), orgId);
  }

  /** A plain member (not admin) of a new verified organisation of this type. */
  public User orgMember(String type) {
    User admin = orgAdmin(type, true);
    User person = citizen(type + "-member");
    Http.Response added = http.post("/api/v1/organisations/" + admin.organisationId() + "/members", admin.token(),
        new JsonObject().put("email", person.email()).put("role", "member"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    return new User(person.id(), person.email(), person.name(), person.token(), admin.organisationId());
  }

  public String login(String email, String password) {
    Http.Response response = http.post("/api/v1/auth/login", null, new JsonObject().put("email", email).put("password", password));
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json().getString("accessToken");
  }
}
