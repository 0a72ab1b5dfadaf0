package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import io.vertx.core.Vertx;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Db;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

/** The signed-in person's lookup, asked at every request: their organisations in name order, without a sort in the database. */
class ViewerLookupTest extends ApiTest {

  @Test
  @DisplayName("a person's organisations come in the database's name order (by code point), though the lookup sorts nothing")
  void organisationsInNameOrder() {
    User person = users.citizen("viewer-order");
    String tag = UUID.randomUUID().toString().substring(0, 6);
    // Upper case before lower (Z before a), and a letter beyond the 16-bit range after one just below it: the C collation's order.
    List<String> names = new ArrayList<>(List.of("beta " + tag, "Zeta " + tag, "\uD835\uDC00 math " + tag,
        "alpha " + tag, "\uFB01 ligature " + tag));
    for (String name : names) {
      Http.Response created = http.post("/api/v1/organisations", person.token(),
          new JsonObject().put("name", name).put("type", "care").put("country", "FI"));
      assertThat(created.status()).as(created.text()).isEqualTo(201);
    }
    JsonArray organisations = http.get("/api/v1/me", person.token()).json().getJsonArray("organisations");
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < organisations.size(); i++) seen.add(organisations.getJsonObject(i).getString("name"));

    names.sort((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
    assertThat(seen).containsExactlyElementsOf(names);
    assertThat(seen.get(0)).startsWith("Zeta");
    assertThat(seen.get(4)).startsWith("\uD835\uDC00");
  }

  @Test
  @DisplayName("on the lookup client the lookup keeps its plan: planned for its first calls, then never again")
  void planKept(Vertx vertx) {
    // A client of its own, asked one statement at a time: every statement goes down its one connection.
    SqlClient lookups = Db.lookupClient(vertx, Database.external(app.dbUrl()).connectOptions(), "test-lookups-" + UUID.randomUUID());
    try {
      Tuple params = Tuple.of(UUID.randomUUID(), UUID.randomUUID());
      for (int i = 0; i < 8; i++) Http.awaitResult(lookups.preparedQuery(ViewerLookup.SQL).execute(params));
      Row kept = Http.awaitResult(lookups.preparedQuery(
          "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = $1")
          .execute(Tuple.of(ViewerLookup.SQL))).iterator().next();
      assertThat(kept.getLong("generic_plans")).as("calls answered from the kept plan").isGreaterThanOrEqualTo(3);
      assertThat(kept.getLong("custom_plans")).as("planned only for its first calls").isLessThanOrEqualTo(5);
    } finally {
      Http.awaitResult(lookups.close());
    }
  }

  @Test
  @DisplayName("the node asks for the signed-in person on its pipelined lookup connections, at most two of them")
  void nodeLooksUpPeopleOnPipelinedConnections() {
    User person = users.citizen("viewer-pipelined");
    List<Future<Http.Response>> answers = new ArrayList<>();
    for (int i = 0; i < 32; i++) answers.add(http.callAsync(HttpMethod.GET, "/api/v1/me", person.token(), null));
    for (Future<Http.Response> answer : answers) assertThat(Http.awaitResult(answer).status()).isEqualTo(200);

    String named = "FROM pg_stat_activity WHERE datname = current_database() AND application_name = '" + Db.LOOKUP_CLIENT_NAME + "'";
    assertThat(app.count("SELECT count(*) " + named)).as("the node's lookup connections")
        .isBetween(1L, (long) Db.PIPELINED_CONNECTIONS);
    assertThat(app.count("SELECT count(*) " + named + " AND query = '" + ViewerLookup.WITHOUT_UNREAD.replace("'", "''") + "'"))
        .as("which ran the person's lookup").isPositive();
  }

  @Test
  @DisplayName("the lookup has no ordered aggregate or sort, and its memberships are the ones the account holds")
  void noSortInTheLookup() {
    assertThat(ViewerLookup.SQL).doesNotContainIgnoringCase("ORDER BY").doesNotContainIgnoringCase("GROUP BY");
    assertThat(ViewerLookup.WITHOUT_UNREAD).doesNotContainIgnoringCase("ORDER BY").doesNotContainIgnoringCase("GROUP BY");
    assertThat(ViewerLookup.byCodePoint("\uFB01", "\uD835\uDC00")).isNegative();
    assertThat("\uFB01".compareTo("\uD835\uDC00")).as("where UTF-16 order differs").isPositive();
    assertThat(ViewerLookup.byCodePoint("ab", "a")).isPositive();
    assertThat(ViewerLookup.byCodePoint("Z", "a")).isNegative();
    assertThat(ViewerLookup.byCodePoint("same", "same")).isZero();
  }
}
