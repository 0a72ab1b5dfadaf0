package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/**
 * Every route of the accounts and organisations section, called by every role, against the
 * status the contract promises. Mismatches are collected and reported together.
 */
class AuthorisationMatrixTest extends ApiTest {
  static final List<String> ROLES = List.of("anonymous", "citizen", "company", "professional", "otherOrgAdmin", "staff", "admin");

  /** One route: how to call it as a given person, and the status each role should get. */
  record Case(String name, HttpMethod method, Function<User, String> path, Function<User, JsonObject> body,
              Map<String, Integer> expected) {}

  @Test
  @DisplayName("each route of accounts and organisations answers each role as the contract says")
  void matrix() {
    Map<String, Function<Void, User>> makers = new LinkedHashMap<>();
    makers.put("anonymous", v -> null);
    makers.put("citizen", v -> users.citizen("citizen"));
    makers.put("company", v -> users.orgMember("company"));
    makers.put("professional", v -> users.orgMember("care"));
    makers.put("otherOrgAdmin", v -> users.orgAdmin("research", true));
    makers.put("staff", v -> users.staff("seinajoki"));
    makers.put("admin", v -> users.admin());
    Map<String, User> people = new LinkedHashMap<>();
    makers.forEach((role, make) -> people.put(role, make.apply(null)));

    User owner = users.orgAdmin("company", true);
    String verifiedOrg = owner.organisationId();
    String unverifiedOrg = users.orgAdmin("company", false).organisationId();
    User subject = users.citizen("subject");

    List<Case> cases = List.of(
        new Case("register", HttpMethod.POST, u -> "/api/v1/auth/register",
            u -> new JsonObject().put("email", "new-" + UUID.randomUUID() + "@example.org").put("password", Users.PASSWORD).put("name", "N"),
            all(201)),
        new Case("login", HttpMethod.POST, u -> "/api/v1/auth/login",
            u -> new JsonObject().put("email", subject.email()).put("password", Users.PASSWORD), all(200)),
        new Case("me", HttpMethod.GET, u -> "/api/v1/me", u -> null, signedIn(200)),
        new Case("edit me", HttpMethod.PATCH, u -> "/api/v1/me", u -> new JsonObject().put("title", "Tester"), signedIn(200)),
        new Case("export", HttpMethod.GET, u -> "/api/v1/me/export", u -> null, signedIn(200)),
        new Case("create organisation", HttpMethod.POST, u -> "/api/v1/organisations",
            u -> new JsonObject().put("name", "Org " + UUID.randomUUID()).put("type", "care").put("country", "SE"), signedIn(201)),
        new Case("list organisations", HttpMethod.GET, u -> "/api/v1/organisations", u -> null, all(200)),
        new Case("read verified organisation", HttpMethod.GET, u -> "/api/v1/organisations/" + verifiedOrg, u -> null, all(200)),
        new Case("read unverified organisation", HttpMethod.GET, u -> "/api/v1/organisations/" + unverifiedOrg, u -> null,
            staffOnly(200, 404, 404)),
        new Case("edit organisation", HttpMethod.PATCH, u -> "/api/v1/organisations/" + verifiedOrg,
            u -> new JsonObject().put("website", "https://example.org"), staffOnly(200, 403, 401)),
        new Case("verify organisation", HttpMethod.POST,
            u -> "/api/v1/organisations/" + users.orgAdmin("care", false).organisationId() + "/verify", u -> null,
            staffOnlyHidden(200)),
        new Case("add member", HttpMethod.POST, u -> "/api/v1/organisations/" + verifiedOrg + "/members",
            u -> new JsonObject().put("email", users.citizen("joiner").email()).put("role", "member"), expect(401, 403, 403, 403, 403, 403, 403)),
        new Case("list members", HttpMethod.GET, u -> "/api/v1/organisations/" + verifiedOrg + "/members", u -> null,
            staffOnly(200, 403, 401)),
        new Case("remove member", HttpMethod.DELETE, u -> "/api/v1/organisations/" + verifiedOrg + "/members/" + owner.id(),
            u -> null, expect(401, 403, 403, 403, 403, 403, 403)),
        new Case("read a members-only person", HttpMethod.GET, u -> "/api/v1/people/" + subject.id(), u -> null,
            expect(404, 404, 200, 200, 200, 200, 200)),
        new Case("grant staff", HttpMethod.POST, u -> "/api/v1/admin/staff",
            u -> new JsonObject().put("userId", subject.id()).put("contactPoint", "umea"), expect(401, 403, 403, 403, 403, 403, 200)),
        new Case("revoke staff", HttpMethod.DELETE, u -> "/api/v1/admin/staff/" + subject.id(), u -> null,
            expect(401, 403, 403, 403, 403, 403, 204)),
        new Case("audit log", HttpMethod.GET, u -> "/api/v1/audit", u -> null, staffOnly(200, 403, 401)),
        new Case("sign out", HttpMethod.POST, u -> "/api/v1/auth/logout", u -> null, signedIn(204)),
        new Case("erase me", HttpMethod.DELETE, u -> "/api/v1/me", u -> new JsonObject().put("password", Users.PASSWORD),
            signedIn(204)));

    List<String> mismatches = new ArrayList<>();
    for (Case c : cases) {
      for (String role : ROLES) {
        User person = people.get(role);
        String token = person == null ? null : person.token();
        if (c.name().equals("sign out") && person != null) token = users.login(person.email(), role.equals("admin")
            ? TestApp.ADMIN_PASSWORD : Users.PASSWORD);
        if (c.name().equals("erase me") && person != null) {
          if (role.equals("admin")) continue;
          token = makers.get(role).apply(null).token();
        }
        Http.Response response = http.call(c.method(), c.path().apply(person), token, c.body().apply(person));
        int expected = c.expected().get(role);
        if (response.status() != expected) {
          mismatches.add(c.name() + " as " + role + ": expected " + expected + ", got " + response.status() + " " + response.text());
        }
      }
    }
    assertThat(mismatches).isEmpty();

    Http.Response addedByOwner = http.post("/api/v1/organisations/" + verifiedOrg + "/members", owner.token(),
        new JsonObject().put("email", subject.email()).put("role", "member"));
    assertThat(addedByOwner.status()).as("the organisation's own admin adds members").isEqualTo(201);
    assertThat(http.patch("/api/v1/organisations/" + verifiedOrg, owner.token(), new JsonObject().put("website", "https://owner.example"))
        .status()).isEqualTo(200);
    assertThat(http.get("/api/v1/organisations/" + verifiedOrg + "/members", subject.token()).status())
        .as("a member sees the member list").isEqualTo(200);
  }

  private static Map<String, Integer> all(int status) {
    return expect(status, status, status, status, status, status, status);
  }

  private static Map<String, Integer> signedIn(int status) {
    return expect(401, status, status, status, status, status, status);
  }

  /** Staff and admins get {@code allowed}; other signed-in people {@code denied}; anonymous {@code anonymous}. */
  private static Map<String, Integer> staffOnly(int allowed, int denied, int anonymous) {
    return expect(anonymous, denied, denied, denied, denied, allowed, allowed);
  }

  private static Map<String, Integer> staffOnlyHidden(int allowed) {
    return expect(401, 403, 403, 403, 403, allowed, allowed);
  }

  private static Map<String, Integer> expect(int... statuses) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < ROLES.size(); i++) map.put(ROLES.get(i), statuses[i]);
    return map;
  }
}
