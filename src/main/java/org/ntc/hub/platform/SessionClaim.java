package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A verified token whose session a route confirms in its own statement, rather than in a lookup
 * of its own before it ({@link Authentication#confirmedByRoute}). Such a route's answer is the
 * same for every caller, so it needs to know only that the session still holds, not who holds it:
 * asked with the answer, in the same snapshot, that costs no second statement. Until the route
 * confirms it, the caller is treated as a visitor; a session that no longer holds ends a bearer's
 * request with 401 and a browser's cookie, exactly as when {@link Authentication} looks it up.
 */
public record SessionClaim(UUID accountId, UUID sessionId, boolean bearer) {
  private static final String COLUMN = "session_holds";

  /**
   * Whether the session (parameter {@code at}) of the account (the next one) is still signed in: the
   * conditions the person's own lookup asks, but that the account is not erased, which needs no join
   * to the account: an account marked erased loses its sessions in the same statement, and none is made
   * for an erased account (V52). Without the join, PostgreSQL's CPU for a catalogue page fell by about an
   * eighth. Both NULL for a visitor: then false, at the cost of one probe.
   */
  private static String holds(int at) {
    return "EXISTS (SELECT 1 FROM session s WHERE s.id = $" + at + "::uuid AND s.account_id = $" + (at + 1)
        + "::uuid AND s.expires_at > now())";
  }

  /** Statements made by {@link #around}, by what they wrap: each kind of page is wrapped once. */
  private static final Map<Wrapped, String> MADE = new ConcurrentHashMap<>();
  /** More kinds than a catalogue has (a few hundred): beyond them a statement is made each time, not kept. */
  private static final int MOST_KEPT = 2048;

  private record Wrapped(String sql, int at) {}

  /**
   * The statement with one more column, after its own, saying whether the claimed session holds; its
   * parameters {@code at} and the next (see {@link #values}). It answers at least one row: when the
   * statement has none, one whose other columns are all NULL, so an empty page needs no second
   * statement to know whether the session holds. Its rows keep their order: a subquery that sorts or
   * limits is never merged into the query around it, and a join on nothing but {@code true} can only be
   * a nested loop, here over the one row of the check. The same text comes back for the same statement,
   * as one string: the client finds its prepared statement by the text, and a string made afresh for
   * each request (some pages' are over 1,500 characters) was built and hashed each time.
   */
  public static String around(String sql, int at) {
    Wrapped wrapped = new Wrapped(sql, at);
    String made = MADE.get(wrapped);
    if (made != null) return made;
    made = "SELECT q.*, c." + COLUMN + " FROM (SELECT " + holds(at) + " AS " + COLUMN + ") AS c LEFT JOIN (" + sql
        + ") AS q ON true";
    if (MADE.size() >= MOST_KEPT) return made;
    String kept = MADE.putIfAbsent(wrapped, made);
    return kept == null ? made : kept;
  }

  /** The statement's values (a tuple made for this execution) followed by the claim's: NULLs when there is none. */
  public static Tuple values(Tuple values, SessionClaim claim) {
    return claim == null ? values.addValue(null).addValue(null) : values.addUUID(claim.sessionId()).addUUID(claim.accountId());
  }

  /** Succeeds when there is no claim or its session holds, as the rows of a statement made with {@link #around} say. */
  public static Future<Void> confirm(RowSet<Row> rows, SessionClaim claim) {
    if (claim == null) return Future.succeededFuture();
    var first = rows.iterator();
    return first.hasNext() && Boolean.TRUE.equals(first.next().getBoolean(COLUMN)) ? Future.succeededFuture()
        : Future.failedFuture(new Unauthenticated(Authentication.SESSION_ENDED));
  }
}
