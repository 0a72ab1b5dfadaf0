package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/** The memberships kept on the account row (V48), which the signed-in person's lookup reads instead of gathering them. */
class MembershipsOnAccountTest extends ApiTest {
  /** Accounts whose kept memberships differ from what the tables hold, compared as sets of objects. */
  private static final String DIFFERING = """
      SELECT count(*) FROM account a WHERE
        (SELECT coalesce(jsonb_agg(e::jsonb ORDER BY e::jsonb::text), '[]') FROM json_array_elements(a.memberships) e)
        IS DISTINCT FROM
        (SELECT coalesce(jsonb_agg(e::jsonb ORDER BY e::jsonb::text), '[]') FROM json_array_elements(ntc_account_memberships(a.id)) e)""";

  /** Names made in a test end with this, so they are its own on the shared node. */
  private final String tag = UUID.randomUUID().toString().substring(0, 6);
  private static final String ADD = "INSERT INTO membership (organisation_id, account_id, role) VALUES ($1, $2, 'member')";

  @Test
  @DisplayName("a person's memberships follow their organisations: joined, renamed, retyped, verified and left")
  void membershipsFollowTheirOrganisations() {
    User person = users.citizen("kept-memberships");
    String id = http.post("/api/v1/organisations", person.token(),
        new JsonObject().put("name", "Kept care " + tag).put("type", "care").put("country", "FI")).json().getString("id");
    assertThat(organisations(person)).singleElement().satisfies(o -> {
      assertThat(o.getString("name")).isEqualTo("Kept care " + tag);
      assertThat(o.getBoolean("verified")).isFalse();
    });

    app.execute("UPDATE organisation SET name = 'Renamed care " + tag + "', type = 'research', verified = true WHERE id = '" + id + "'");
    assertThat(organisations(person)).singleElement().satisfies(o -> {
      assertThat(o.getString("name")).isEqualTo("Renamed care " + tag);
      assertThat(o.getString("type")).isEqualTo("research");
      assertThat(o.getBoolean("verified")).isTrue();
    });

    app.execute("DELETE FROM membership WHERE organisation_id = '" + id + "'");
    assertThat(organisations(person)).isEmpty();
    assertThat(app.count(DIFFERING)).as("accounts whose kept memberships differ from the tables").isZero();
  }

  @Test
  @DisplayName("two memberships added at once, the second waiting for the first, are both kept")
  void concurrentMembershipsAreBothKept(Vertx vertx) {
    User founder = users.citizen("kept-founder");
    User joiner = users.citizen("kept-joiner");
    String first = organisation(founder, "First " + tag);
    String second = organisation(founder, "Second " + tag);
    // The second waits for the account row the first holds, then must see the first's membership.
    secondWaitsForFirst(vertx, ADD, Tuple.of(UUID.fromString(first), UUID.fromString(joiner.id())),
        ADD, Tuple.of(UUID.fromString(second), UUID.fromString(joiner.id())));
    assertThat(organisations(joiner)).extracting(o -> o.getString("name")).containsExactly("First " + tag, "Second " + tag);
    assertThat(app.count(DIFFERING)).as("accounts whose kept memberships differ from the tables").isZero();
  }

  @Test
  @DisplayName("a membership added while its organisation is being verified and renamed keeps the new name and verification")
  void membershipAddedDuringVerification(Vertx vertx) {
    User founder = users.citizen("kept-verified-founder");
    String id = organisation(founder, "Unverified " + tag);
    User joiner = users.citizen("kept-verified-joiner");
    // The new membership waits for the verification, then reads the organisation as it left it.
    secondWaitsForFirst(vertx, "UPDATE organisation SET verified = true, name = $2 WHERE id = $1",
        Tuple.of(UUID.fromString(id), "Verified " + tag), ADD, Tuple.of(UUID.fromString(id), UUID.fromString(joiner.id())));
    assertThat(organisations(joiner)).singleElement().satisfies(o -> {
      assertThat(o.getString("name")).isEqualTo("Verified " + tag);
      assertThat(o.getBoolean("verified")).isTrue();
    });
    assertThat(organisations(founder)).singleElement().satisfies(o -> assertThat(o.getBoolean("verified")).isTrue());
  }

  @Test
  @DisplayName("an erased person keeps no memberships, and their organisation's other members keep theirs")
  void erasureLeavesNoMemberships() {
    User founder = users.citizen("kept-erase-founder");
    User leaver = users.citizen("kept-erase-leaver");
    String id = organisation(founder, "Erasing " + UUID.randomUUID().toString().substring(0, 6));
    app.execute("INSERT INTO membership (organisation_id, account_id, role) VALUES ('" + id + "', '" + leaver.id() + "', 'member')");
    assertThat(organisations(leaver)).hasSize(1);
    assertThat(http.call(HttpMethod.DELETE, "/api/v1/me", leaver.token(), new JsonObject().put("password", Users.PASSWORD))
        .status()).isEqualTo(204);
    assertThat(app.count("SELECT count(*) FROM account WHERE id = '" + leaver.id() + "' AND memberships::text = '[]'")).isEqualTo(1);
    assertThat(organisations(founder)).hasSize(1);
    assertThat(app.count(DIFFERING)).as("accounts whose kept memberships differ from the tables").isZero();
  }

  @Test
  @DisplayName("the API's lookup does not count unread notifications, and reading that count from it fails loudly")
  void apiLookupCountsNoUnread() {
    Viewer uncounted = new Viewer(UUID.randomUUID(), UUID.randomUUID(), "a@example.org", "A", "fi", false, Optional.empty(),
        List.of(), Viewer.UNCOUNTED, true);
    assertThatThrownBy(uncounted::unreadNotifications).isInstanceOf(IllegalStateException.class);
    assertThat(ViewerLookup.WITHOUT_UNREAD).doesNotContain("notification").doesNotContainIgnoringCase("JOIN membership");
    assertThat(ViewerLookup.SQL).contains("notification").doesNotContainIgnoringCase("JOIN membership");
  }

  /**
   * Runs {@code first} in a transaction left open, then {@code second} in a transaction of its own on
   * another connection; checks that the second waits, then commits the first and lets the second finish.
   */
  private static void secondWaitsForFirst(Vertx vertx, String first, Tuple firstValues, String second, Tuple secondValues) {
    Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(2)).connectingTo(Database.external(app.dbUrl()).connectOptions())
        .using(vertx).build();
    try {
      SqlConnection one = Http.awaitResult(pool.getConnection());
      SqlConnection two = Http.awaitResult(pool.getConnection());
      Http.awaitResult(one.query("BEGIN").execute());
      Http.awaitResult(one.preparedQuery(first).execute(firstValues));
      Future<?> waiting = two.query("BEGIN").execute().compose(begun -> two.preparedQuery(second).execute(secondValues))
          .compose(done -> two.query("COMMIT").execute());
      Http.awaitResult(vertx.timer(300));
      assertThat(waiting.isComplete()).as("the second waits for the first").isFalse();
      Http.awaitResult(one.query("COMMIT").execute());
      Http.awaitResult(waiting);
    } finally {
      Http.awaitResult(pool.close());
    }
  }

  private String organisation(User founder, String name) {
    Http.Response created = http.post("/api/v1/organisations", founder.token(),
        new JsonObject().put("name", name).put("type", "care").put("country", "SE"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  private List<JsonObject> organisations(User person) {
    JsonArray all = http.get("/api/v1/me", person.token()).json().getJsonArray("organisations");
    return all.stream().map(o -> (JsonObject) o).toList();
  }
}
