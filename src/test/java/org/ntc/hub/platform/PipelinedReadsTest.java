package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;

/** The person's lookup and the catalogue's page are sent down a few shared connections without waiting for each answer. */
class PipelinedReadsTest extends ApiTest {
  private static final String BACKEND = "SELECT pg_backend_pid() AS pid, pg_sleep(0.02)";

  @Test
  @DisplayName("statements asked at once share the pipelined client's connections, where the pool takes one per statement")
  void concurrentStatementsShareConnections(Vertx vertx) {
    String name = "test-lookups-" + UUID.randomUUID();
    SqlClient lookups = Db.lookupClient(vertx, Database.external(app.dbUrl()).connectOptions(), name);
    try {
      assertThat(backends(() -> lookups.query(BACKEND).execute().map(rows -> rows.iterator().next().getInteger("pid"))))
          .as("backends that answered 24 statements asked at once").hasSizeBetween(1, Db.PIPELINED_CONNECTIONS);
    } finally {
      Http.awaitResult(lookups.close());
    }
    Pool pool = Db.pool(vertx, Database.external(app.dbUrl()).connectOptions());
    try {
      assertThat(backends(() -> pool.query(BACKEND).execute().map(rows -> rows.iterator().next().getInteger("pid"))))
          .as("the pool, for comparison").hasSizeGreaterThan(Db.PIPELINED_CONNECTIONS);
    } finally {
      Http.awaitResult(pool.close());
    }
  }

  @Test
  @DisplayName("a statement that fails in a pipeline fails only itself: the statements sent with it are answered")
  void failureStaysWithItsStatement(Vertx vertx) {
    SqlClient reads = Db.readClient(vertx, Database.external(app.dbUrl()).connectOptions(), "test-reads-" + UUID.randomUUID());
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String sql = i % 3 == 1 ? "SELECT 1 / (0 * $1::int)" : "SELECT $1::int";
        answers.add(reads.preparedQuery(sql).execute(Tuple.of(i)).map(rows -> rows.iterator().next().getInteger(0)));
      }
      Http.awaitResult(Future.join(answers).otherwiseEmpty());
      for (int i = 0; i < answers.size(); i++) {
        if (i % 3 == 1) assertThat(answers.get(i).cause()).isInstanceOf(PgException.class);
        else assertThat(answers.get(i).result()).isEqualTo(i);
      }
    } finally {
      Http.awaitResult(reads.close());
    }
  }

  private static Set<Integer> backends(Supplier<Future<Integer>> statement) {
    List<Future<Integer>> pids = new ArrayList<>();
    for (int i = 0; i < 24; i++) pids.add(statement.get());
    Http.awaitResult(Future.all(pids));
    Set<Integer> distinct = new HashSet<>();
    for (Future<Integer> pid : pids) distinct.add(pid.result());
    return distinct;
  }
}
