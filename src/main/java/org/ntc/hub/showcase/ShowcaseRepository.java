package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.SessionClaim;

/** Showcases, their transitions and contact messages. Search SQL lives in {@link ShowcaseSearchSql}. */
public final class ShowcaseRepository {
  /**
   * How a text search is planned, for its transaction where no text-search pool is paired with the
   * pool ({@link Db#textPool} has the same settings on its connections): no sequential scans (see {@link #onPlan}) and
   * no parallel workers. A worker is a process started for the one query, with its caches cold; the
   * page and the counts already run side by side, and the workers more than doubled PostgreSQL's CPU
   * per text search (1.4 s against 3.3–3.7 s for the same 48 statements at 100,000 showcases).
   */
  static final String TEXT_PLAN = "SELECT set_config('enable_seqscan', 'off', true),"
      + " set_config('max_parallel_workers_per_gather', '0', true)";
  private static final String FROM = " FROM showcase s JOIN organisation o ON o.id = s.organisation_id ";
  private static final String INSERT = """
      INSERT INTO showcase (id, organisation_id, status, content, created_by) VALUES ($1, $2, 'draft', $3, $4)""";
  private static final String BY_ID = "SELECT " + Showcase.COLUMNS + FROM + "WHERE s.id = $1";
  /** Moves to a new state only from one of the expected ones, so two reviewers cannot both act. */
  private static final String TRANSITION = """
      UPDATE showcase SET status = $2, updated_at = now(),
             submitted_at = CASE WHEN $2 = 'pending' THEN now() ELSE submitted_at END
      WHERE id = $1 AND status = ANY($3) RETURNING status""";
  private static final String EDIT = """
      UPDATE showcase SET content = $2, status = $3, updated_at = now(),
             submitted_at = CASE WHEN $3 = 'pending' AND status <> 'pending' THEN now() ELSE submitted_at END
      WHERE id = $1 AND status = ANY($4) RETURNING status""";
  private static final String PUBLISH = """
      UPDATE showcase SET status = 'published', published = content, published_at = COALESCE(published_at, now()),
             updated_at = now()
      WHERE id = $1 AND status = 'pending' RETURNING status""";
  private static final String RECORD_TRANSITION = """
      INSERT INTO showcase_transition (showcase_id, actor_id, from_status, to_status, comment) VALUES ($1, $2, $3, $4, $5)""";
  private static final String HISTORY = """
      SELECT t.at, t.actor_id, a.name AS actor_name, t.from_status, t.to_status, t.comment
      FROM showcase_transition t LEFT JOIN account a ON a.id = t.actor_id
      WHERE t.showcase_id = $1 ORDER BY t.id""";
  /** The latest archiving: the state it left, the reason, when, and whether one of the organisation's members did it. */
  private static final String LAST_ARCHIVING = """
      SELECT t.from_status, t.comment, t.at, a.name AS actor_name,
             EXISTS (SELECT 1 FROM membership m WHERE m.account_id = t.actor_id AND m.organisation_id = s.organisation_id) AS by_member
      FROM showcase_transition t JOIN showcase s ON s.id = t.showcase_id LEFT JOIN account a ON a.id = t.actor_id
      WHERE t.showcase_id = $1 AND t.to_status = 'archived' ORDER BY t.id DESC LIMIT 1""";
  private static final String PENDING = "SELECT " + Showcase.COLUMNS + FROM
      + "WHERE s.status = 'pending' ORDER BY s.submitted_at, s.id";
  private static final String OF_ORGANISATION = "SELECT " + Showcase.COLUMNS + FROM
      + "WHERE s.organisation_id = $1 ORDER BY s.updated_at DESC";
  private static final String COUNT_VIEW = "UPDATE showcase SET view_count = view_count + 1 WHERE id = $1";
  private static final String INSERT_CONTACT = """
      INSERT INTO showcase_contact (id, showcase_id, organisation_id, sender_id, message) VALUES ($1, $2, $3, $4, $5)""";
  private static final String COUNT_CONTACT = "UPDATE showcase SET contact_count = contact_count + 1 WHERE id = $1";
  /**
   * Taken before counting, in its own statement: the count's snapshot must begin after the lock
   * is held, or it misses the messages of whoever held it.
   */
  private static final String LOCK_SENDER = """
      SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended('showcase_contact:' || $1::uuid::text, 0))) AS locked""";
  private static final String RECENT_CONTACTS_BY = """
      SELECT count(*) FROM showcase_contact WHERE sender_id = $1 AND created_at > now() - interval '1 hour'""";
  private static final String MESSAGES = """
      SELECT c.id, c.showcase_id, c.message, c.created_at, a.name AS sender_name, a.email AS sender_email,
             s.content->'title' AS showcase_title
      FROM showcase_contact c JOIN showcase s ON s.id = c.showcase_id LEFT JOIN account a ON a.id = c.sender_id
      WHERE c.organisation_id = $1 ORDER BY c.created_at DESC LIMIT $2 OFFSET $3""";
  private static final String MESSAGE_COUNT = "SELECT count(*) FROM showcase_contact WHERE organisation_id = $1";
  /** The key of the whole catalogue's counts, whose total says how many verified showcases are listed. */
  private static final Object WHOLE_CATALOGUE = ShowcaseSearchSql.of(ShowcaseSearch.from(MultiMap.caseInsensitiveMultiMap())).countsKey();

  private final Pool pool;
  private final SearchCountsCache cache;

  public ShowcaseRepository(Pool pool, SearchCountsCache cache) {
    this.pool = pool;
    this.cache = cache;
  }

  /** Called after every change to what the public catalogue contains. */
  void catalogueChanged() {
    cache.invalidate();
  }

  Pool pool() {
    return pool;
  }

  Future<Void> insert(SqlClient client, UUID id, UUID organisationId, ShowcaseContent content, UUID author) {
    return client.preparedQuery(INSERT).execute(Tuple.of(id, organisationId, content.toStored(), author)).mapEmpty();
  }

  public Future<Showcase> byId(UUID id) {
    return pool.preparedQuery(BY_ID).mapping(Showcase::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("showcase", id)));
  }

  /** True when the showcase was in one of {@code from} and is now in {@code to}. */
  Future<Boolean> transition(SqlClient client, UUID id, ShowcaseStatus to, Collection<ShowcaseStatus> from) {
    return client.preparedQuery(TRANSITION).execute(Tuple.of(id, to.code(), codes(from))).map(rows -> rows.rowCount() == 1);
  }

  Future<Boolean> edit(SqlClient client, UUID id, ShowcaseContent content, ShowcaseStatus to, ShowcaseStatus from) {
    return client.preparedQuery(EDIT).execute(Tuple.of(id, content.toStored(), to.code(), codes(List.of(from))))
        .map(rows -> rows.rowCount() == 1);
  }

  Future<Boolean> publish(SqlClient client, UUID id) {
    return client.preparedQuery(PUBLISH).execute(Tuple.of(id)).map(rows -> rows.rowCount() == 1);
  }

  Future<Void> recordTransition(SqlClient client, UUID id, UUID actor, ShowcaseStatus from, ShowcaseStatus to, String comment) {
    return client.preparedQuery(RECORD_TRANSITION)
        .execute(Tuple.of(id, actor, from == null ? null : from.code(), to.code(), comment)).mapEmpty();
  }

  Future<List<ShowcaseTransition>> history(UUID id) {
    return pool.preparedQuery(HISTORY).mapping(ShowcaseTransition::fromRow).execute(Tuple.of(id)).map(Db::list);
  }

  Future<Optional<Archiving>> lastArchiving(UUID id) {
    return pool.preparedQuery(LAST_ARCHIVING).mapping(Archiving::fromRow).execute(Tuple.of(id)).map(Db::first);
  }

  Future<List<Showcase>> pending() {
    return pool.preparedQuery(PENDING).mapping(Showcase::fromRow).execute().map(Db::list);
  }

  Future<List<Showcase>> ofOrganisation(UUID organisationId) {
    return pool.preparedQuery(OF_ORGANISATION).mapping(Showcase::fromRow).execute(Tuple.of(organisationId))
        .map(Db::list);
  }

  Future<Void> countView(UUID id) {
    return pool.preparedQuery(COUNT_VIEW).execute(Tuple.of(id)).mapEmpty();
  }

  /** The sender's messages in the last hour, counted under a per-sender lock held until the transaction ends. */
  Future<Long> recentContactsBy(SqlClient tx, UUID sender) {
    return tx.preparedQuery(LOCK_SENDER).execute(Tuple.of(sender))
        .compose(locked -> tx.preparedQuery(RECENT_CONTACTS_BY).execute(Tuple.of(sender)))
        .map(Db::count);
  }

  Future<Void> insertContact(SqlClient client, UUID id, Showcase showcase, UUID sender, String message) {
    return client.preparedQuery(INSERT_CONTACT).execute(Tuple.of(id, showcase.id(), showcase.organisationId(), sender, message))
        .compose(done -> client.preparedQuery(COUNT_CONTACT).execute(Tuple.of(showcase.id()))).mapEmpty();
  }

  Future<List<ReceivedMessage>> messages(UUID organisationId, Paging paging) {
    return pool.preparedQuery(MESSAGES).mapping(ReceivedMessage::fromRow)
        .execute(Tuple.of(organisationId, paging.pageSize(), paging.offset())).map(Db::list);
  }

  Future<Long> messageCount(UUID organisationId) {
    return pool.preparedQuery(MESSAGE_COUNT).execute(Tuple.of(organisationId)).map(Db::count);
  }

  /**
   * One page of public showcases matching the search, newest first, each with its first approved
   * image; a filtered one (without text or organisation) by {@link ShowcaseListingSql} on the lookup
   * client, choosing its way by the number of hits in {@code counts} (this search's) when they are
   * known already (kept from a recent search), else by the sum the statement reads from the facet rows.
   */
  Future<List<ShowcaseSummary>> search(ShowcaseSearch search, Future<SearchCounts> counts, SessionClaim claim) {
    ShowcaseListingSql listing = ShowcaseListingSql.of(search);
    if (listing != null) {
      // Waiting for counts not yet known would add their time to the page's: the statement sums the hits itself.
      boolean known = listing.gated() && counts.succeeded();
      // Knowing the hits and the catalogue's size, the node picks the page's way itself (ShowcaseListingSql#way).
      SearchCounts catalogue = known ? cache.known(WHOLE_CATALOGUE) : null;
      String page = catalogue != null ? listing.way(counts.result().total(), catalogue.total())
          : known ? listing.sql() : listing.counting();
      Tuple values = known && catalogue == null ? listing.params(counts.result().total()) : listing.countingParams();
      return confirmed(Db.lookups(pool), page, values, claim).map(ShowcaseRepository::summaries);
    }
    ShowcaseSearchSql sql = ShowcaseSearchSql.of(search);
    return onPlan(sql, client -> confirmed(client, sql.page(), sql.pageParams(), claim)).map(ShowcaseRepository::summaries);
  }

  /** A catalogue page's statement, which also confirms the caller's claimed session, if any ({@link SessionClaim}). */
  private static Future<RowSet<Row>> confirmed(SqlClient client, String sql, Tuple values, SessionClaim claim) {
    return client.preparedQuery(SessionClaim.around(sql, values.size() + 1)).execute(SessionClaim.values(values, claim))
        .compose(rows -> SessionClaim.confirm(rows, claim).map(rows));
  }

  private static List<ShowcaseSummary> summaries(RowSet<Row> rows) {
    List<ShowcaseSummary> page = new ArrayList<>(rows.size());
    for (Row row : rows) {
      if (ShowcaseSummary.onRow(row)) page.add(ShowcaseSummary.fromRow(row));
    }
    return page;
  }

  /**
   * Runs a catalogue query; a text query in a transaction that rules out sequential scans:
   * PostgreSQL prices a tsvector match as cheap, but on this table each one reads a kilobyte
   * vector, and the GIN index is several times faster even when a quarter of the rows match.
   * Nor does a text query start parallel workers ({@link #TEXT_PLAN}).
   */
  private <T> Future<T> onPlan(ShowcaseSearchSql sql, Function<SqlClient, Future<T>> query) {
    // Without a value in its WHERE, the page's plan is the same for every request: it may be kept. A page of
    // one organisation's showcases is planned for its values (filtered pages: ShowcaseListingSql, whose one plan
    // is kept, whether their counts are known or not).
    if (!sql.text()) return query.apply(sql.values().isEmpty() ? Db.lookups(pool) : Db.reads(pool));
    // The node's text-search pool has these settings on its connections: one round trip (see Db.textPool).
    Pool texts = Db.texts(pool);
    if (texts != null) return query.apply(texts);
    return pool.withTransaction(tx -> tx.query(TEXT_PLAN).execute().compose(done -> query.apply(tx)));
  }

  /**
   * A text search's page with its total and facet counts, from one statement that gathers the
   * candidates once (the counts are not kept: reading them costs no second scan).
   */
  Future<ShowcaseResults> textSearch(ShowcaseSearch search, SessionClaim claim) {
    ShowcaseSearchSql sql = ShowcaseSearchSql.of(search);
    return onPlan(sql, client -> confirmed(client, sql.pageAndCounts(), sql.pageParams(), claim))
        .map(rows -> sql.pageAndCounts(rows, search.paging()));
  }

  /** The number of hits and the facet counts among them. */
  Future<SearchCounts> counts(ShowcaseSearch search) {
    ShowcaseSearchSql sql = ShowcaseSearchSql.of(search);
    return cache.get(sql.countsKey(), () -> counts(sql));
  }

  private Future<SearchCounts> counts(ShowcaseSearchSql sql) {
    if (sql.countsPlanKept()) {
      return Db.lookups(pool).preparedQuery(sql.counts()).execute(sql.params()).map(sql::counts);
    }
    return onPlan(sql, client -> client.preparedQuery(sql.counts()).execute(sql.params())).map(sql::counts);
  }

  private static String[] codes(Collection<ShowcaseStatus> statuses) {
    return statuses.stream().map(ShowcaseStatus::code).toArray(String[]::new);
  }

  private static final String PUBLISHED_OF = "SELECT " + ShowcaseSummary.LISTING_COLUMNS
      + " FROM showcase_listing l JOIN organisation o ON o.id = l.organisation_id"
      + " WHERE l.organisation_id = $1 ORDER BY l.published_at DESC, l.showcase_id LIMIT 50";

  /** An organisation's public showcases, newest first, for its profile. */
  Future<List<ShowcaseSummary>> publishedOf(UUID organisationId) {
    return pool.preparedQuery(PUBLISHED_OF).mapping(ShowcaseSummary::fromRow).execute(Tuple.of(organisationId)).map(Db::list);
  }
}
