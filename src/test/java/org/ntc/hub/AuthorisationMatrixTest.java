package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
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

  @Test
  @DisplayName("each route of accounts and organisations answers each role as the contract says")
  void matrix() {
    Map<String, Supplier<User>> makers = new LinkedHashMap<>();
    makers.put("anonymous", () -> null);
    makers.put("citizen", () -> users.citizen("citizen"));
    makers.put("company", () -> users.orgMember("company"));
    makers.put("professional", () -> users.orgMember("care"));
    makers.put("otherOrgAdmin", () -> users.orgAdmin("research", true));
    makers.put("staff", () -> users.staff("seinajoki"));
    makers.put("admin", () -> users.admin());
    Map<String, User> people = new LinkedHashMap<>();
    for (String role : ROLES) people.put(role, makers.get(role).get());
    Map<User, String> roleOf = new HashMap<>();
    people.forEach((role, person) -> {
      if (person != null) roleOf.put(person, role);
    });
    User admin = people.get("admin");

    User owner = users.orgAdmin("company", true);
    String verifiedOrg = owner.organisationId();
    String unverifiedOrg = users.orgAdmin("company", false).organisationId();
    User subject = users.citizen("subject");

    new AuthorisationMatrix(people)
        .row("register", u -> http.post("/api/v1/auth/register", tokenOf(u), new JsonObject()
            .put("email", "new-" + UUID.randomUUID() + "@example.org").put("password", Users.PASSWORD).put("name", "N")), all(201))
        .row("login", u -> http.post("/api/v1/auth/login", tokenOf(u),
            new JsonObject().put("email", subject.email()).put("password", Users.PASSWORD)), all(200))
        .row("me", u -> http.get("/api/v1/me", tokenOf(u)), signedIn(200))
        .row("edit me", u -> http.patch("/api/v1/me", tokenOf(u), new JsonObject().put("title", "Tester")), signedIn(200))
        .row("export", u -> http.get("/api/v1/me/export", tokenOf(u)), signedIn(200))
        .row("create organisation", u -> http.post("/api/v1/organisations", tokenOf(u),
            new JsonObject().put("name", "Org " + UUID.randomUUID()).put("type", "care").put("country", "SE")), signedIn(201))
        .row("list organisations", u -> http.get("/api/v1/organisations", tokenOf(u)), all(200))
        .row("read verified organisation", u -> http.get("/api/v1/organisations/" + verifiedOrg, tokenOf(u)), all(200))
        .row("read unverified organisation", u -> http.get("/api/v1/organisations/" + unverifiedOrg, tokenOf(u)),
            staffOnly(200, 404, 404))
        .row("edit organisation", u -> http.patch("/api/v1/organisations/" + verifiedOrg, tokenOf(u),
            new JsonObject().put("website", "https://example.org")), staffOnly(200, 403, 401))
        .row("verify organisation", u -> http.post("/api/v1/organisations/" + users.orgAdmin("care", false).organisationId()
            + "/verify", tokenOf(u), null), staffOnlyHidden(200))
        .row("add member", u -> http.post("/api/v1/organisations/" + verifiedOrg + "/members", tokenOf(u),
            new JsonObject().put("email", users.citizen("joiner").email()).put("role", "member")), expect(401, 403, 403, 403, 403, 403, 403))
        .row("list members", u -> http.get("/api/v1/organisations/" + verifiedOrg + "/members", tokenOf(u)), staffOnly(200, 403, 401))
        .row("remove member", u -> http.delete("/api/v1/organisations/" + verifiedOrg + "/members/" + owner.id(), tokenOf(u)),
            expect(401, 403, 403, 403, 403, 403, 403))
        .row("read a members-only person", u -> http.get("/api/v1/people/" + subject.id(), tokenOf(u)),
            expect(404, 404, 200, 200, 200, 200, 200))
        .row("grant staff", u -> http.post("/api/v1/admin/staff", tokenOf(u),
            new JsonObject().put("userId", subject.id()).put("contactPoint", "umea")), expect(401, 403, 403, 403, 403, 403, 200))
        .row("revoke staff", u -> http.delete("/api/v1/admin/staff/" + subject.id(), tokenOf(u)), expect(401, 403, 403, 403, 403, 403, 204))
        .row("audit log", u -> http.get("/api/v1/audit", tokenOf(u)), staffOnly(200, 403, 401))
        // Each signs out a session of their own, and a new person of each role erases their account (the admin stays).
        .row("sign out", u -> http.post("/api/v1/auth/logout",
            u == null ? null : users.login(u.email(), u.equals(admin) ? TestApp.ADMIN_PASSWORD : Users.PASSWORD), null), signedIn(204))
        .row("erase me", u -> http.call(HttpMethod.DELETE, "/api/v1/me", u == null ? null : makers.get(roleOf.get(u)).get().token(),
            new JsonObject().put("password", Users.PASSWORD)), expect(401, 204, 204, 204, 204, 204, AuthorisationMatrix.NOT_ASKED))
        .assertAsContracted();

    Http.Response addedByOwner = http.post("/api/v1/organisations/" + verifiedOrg + "/members", owner.token(),
        new JsonObject().put("email", subject.email()).put("role", "member"));
    assertThat(addedByOwner.status()).as("the organisation's own admin adds members").isEqualTo(201);
    assertThat(http.patch("/api/v1/organisations/" + verifiedOrg, owner.token(), new JsonObject().put("website", "https://owner.example"))
        .status()).isEqualTo(200);
    assertThat(http.get("/api/v1/organisations/" + verifiedOrg + "/members", subject.token()).status())
        .as("a member sees the member list").isEqualTo(200);
  }

  private static int[] all(int status) {
    return expect(status, status, status, status, status, status, status);
  }

  private static int[] signedIn(int status) {
    return expect(401, status, status, status, status, status, status);
  }

  /** Staff and admins get {@code allowed}; other signed-in people {@code denied}; anonymous {@code anonymous}. */
  private static int[] staffOnly(int allowed, int denied, int anonymous) {
    return expect(anonymous, denied, denied, denied, denied, allowed, allowed);
  }

  private static int[] staffOnlyHidden(int allowed) {
    return expect(401, 403, 403, 403, 403, allowed, allowed);
  }

  /** Statuses in the order of {@link #ROLES}. */
  private static int[] expect(int... statuses) {
    return statuses;
  }
}
