package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Db;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;

/** The catalogue's long statements stay prepared on their connection instead of being parsed and planned at every call. */
class CatalogueStatementsTest extends ApiTest {
  private static final String KEPT = "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = $1";

  @Test
  @DisplayName("the facet counts and a text search, longer than the client keeps by default, are kept; the whole catalogue's counts' plan too on the lookup pool")
  void longStatementsKept(Vertx vertx) {
    ShowcaseSearchSql filtered = ShowcaseSearchSql.of(ShowcaseSearch.from(MultiMap.caseInsensitiveMultiMap().add("category", "self-care")));
    ShowcaseSearchSql all = ShowcaseSearchSql.of(ShowcaseSearch.from(MultiMap.caseInsensitiveMultiMap()));
    ShowcaseSearchSql text = ShowcaseSearchSql.of(ShowcaseSearch.from(MultiMap.caseInsensitiveMultiMap()
        .add("q", "kotihoito").add("country", "FI")));
    assertThat(filtered.counts().length()).as("longer than the client's default limit").isGreaterThan(2048);
    assertThat(twice(lookups(vertx), filtered.counts(), filtered.params())).as("kept prepared").isNotNull();

    // The whole catalogue's counts (V51) have no values: planned once, that plan kept.
    Row lookup = twice(lookups(vertx), all.counts(), all.params());
    assertThat(lookup).as("kept prepared").isNotNull();
    assertThat(lookup.getLong("custom_plans")).as("planned once, its plan kept").isZero();
    assertThat(lookup.getLong("generic_plans")).isEqualTo(2);

    Row together = twice(Db.pool(vertx, Database.external(app.dbUrl()).connectOptions()), text.pageAndCounts(), text.pageParams());
    assertThat(together).as("a text search's page and counts, one statement, kept prepared").isNotNull();
    assertThat(together.getLong("custom_plans")).as("planned for its values each time").isEqualTo(2);
  }

  @Test
  @DisplayName("a filtered catalogue page is kept prepared on the read client and planned for its values each time")
  void filteredPagePlannedForItsValues(Vertx vertx) {
    ShowcaseSearchSql filtered = ShowcaseSearchSql.of(ShowcaseSearch.from(MultiMap.caseInsensitiveMultiMap().add("country", "FI")));
    Row page = twice(Db.readClient(vertx, Database.external(app.dbUrl()).connectOptions(), "test-reads-" + UUID.randomUUID()),
        filtered.page(), filtered.pageParams());
    assertThat(page).as("kept prepared").isNotNull();
    assertThat(page.getLong("custom_plans")).as("planned for its values each time").isEqualTo(2);
    assertThat(page.getLong("generic_plans")).isZero();
  }

  private static SqlClient lookups(Vertx vertx) {
    return Db.lookupClient(vertx, Database.external(app.dbUrl()).connectOptions(), "test-lookups-" + UUID.randomUUID());
  }

  /** Runs the statement twice, one at a time, on a client of its own (so on its one connection); what that connection keeps of it, or null. */
  private static Row twice(SqlClient client, String sql, Tuple params) {
    try {
      Http.awaitResult(client.preparedQuery(sql).execute(params));
      Http.awaitResult(client.preparedQuery(sql).execute(params));
      var rows = Http.awaitResult(client.preparedQuery(KEPT).execute(Tuple.of(sql))).iterator();
      return rows.hasNext() ? rows.next() : null;
    } finally {
      Http.awaitResult(client.close());
    }
  }

  /** Runs the statement twice on one connection of a fresh pool; what the connection keeps of it, or null. */
  private static Row twice(Pool pool, String sql, Tuple params) {
    try {
      SqlConnection connection = Http.awaitResult(pool.getConnection());
      try {
        Http.awaitResult(connection.preparedQuery(sql).execute(params));
        Http.awaitResult(connection.preparedQuery(sql).execute(params));
        var rows = Http.awaitResult(connection.preparedQuery(KEPT).execute(Tuple.of(sql))).iterator();
        return rows.hasNext() ? rows.next() : null;
      } finally {
        Http.awaitResult(connection.close());
      }
    } finally {
      Http.awaitResult(pool.close());
    }
  }
}
