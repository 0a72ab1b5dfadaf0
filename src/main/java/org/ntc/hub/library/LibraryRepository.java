package org.ntc.hub.library;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.NotFound;

/** Library entries: the two copies, their state, and the public list. */
public final class LibraryRepository {
  private static final String INSERT = """
      INSERT INTO library_entry (id, kind, organisation_id, status, content, created_by) VALUES ($1, $2, $3, 'draft', $4, $5)""";
  private static final String BY_ID = "SELECT " + LibraryEntry.COLUMNS + LibraryEntry.FROM + "WHERE e.id = $1";
  private static final String EDIT = """
      UPDATE library_entry SET content = $2, status = $3, updated_at = now(),
             submitted_at = CASE WHEN $3 = 'pending' AND status <> 'pending' THEN now() ELSE submitted_at END
      WHERE id = $1 AND status = $4 AND updated_at = $5 RETURNING id""";
  /** Moves to a new state only from one of the expected ones, so two reviewers cannot both act. */
  private static final String TRANSITION = """
      UPDATE library_entry SET status = $2, updated_at = now(), review_comment = COALESCE($4, review_comment),
             submitted_at = CASE WHEN $2 = 'pending' THEN now() ELSE submitted_at END
      WHERE id = $1 AND status = ANY($3) RETURNING id""";
  private static final String PUBLISH = """
      UPDATE library_entry SET status = 'published', published = content, published_at = COALESCE(published_at, now()),
             review_comment = NULL, updated_at = now()
      WHERE id = $1 AND status = ANY($2) RETURNING id""";
  /** The entries a writer works on: their organisations' and their own, in any state, latest change first. */
  private static final String WRITTEN = "SELECT " + LibraryEntry.COLUMNS + LibraryEntry.FROM
      + "WHERE e.organisation_id = ANY($1) OR e.created_by = $2 ORDER BY e.updated_at DESC, e.id LIMIT 50";
  private static final String PENDING = "SELECT " + LibraryEntry.COLUMNS + LibraryEntry.FROM
      + "WHERE e.status = 'pending' ORDER BY e.submitted_at, e.id";
  /** Public entries matching the filters; each query word matches as a prefix of a word in any language's text. */
  private static final String MATCH = " " + """
      WHERE e.published IS NOT NULL AND e.status <> 'archived'
        AND ($1::text IS NULL OR e.kind = $1)
        AND ($2::text IS NULL OR e.published -> 'categories' ? $2)
        AND ($3::text IS NULL OR e.published -> 'countries' ? $3)
        AND (cardinality($4::text[]) = 0 OR jsonb_to_tsvector('simple', e.published, '["string"]')
             @@ to_tsquery('simple', array_to_string(ARRAY(SELECT quote_literal(w) || ':*' FROM unnest($4::text[]) w), ' & ')))""";
  private static final String SEARCH = "SELECT " + LibraryEntry.COLUMNS + LibraryEntry.FROM + MATCH
      + " ORDER BY e.published_at DESC, e.id LIMIT $5 OFFSET $6";
  private static final String COUNT = "SELECT count(*) FROM library_entry e" + MATCH;
  /** The public entries that name something, by the list in the public copy that holds its id. */
  private static final String NAMING = "SELECT " + LibraryEntry.COLUMNS + LibraryEntry.FROM + """
      WHERE e.published IS NOT NULL AND e.status <> 'archived' AND e.published -> $1::text ? $2::text
      ORDER BY e.published_at DESC, e.id LIMIT 20""";
  /** The titles of the public showcases, trainings and needs an entry names. */
  private static final String LINKED = """
      SELECT 'showcase' AS type, s.id, s.published -> 'title' AS title FROM showcase s JOIN organisation o ON o.id = s.organisation_id
       WHERE s.id = ANY($1) AND s.published IS NOT NULL AND s.status <> 'archived' AND o.verified
      UNION ALL
      SELECT 'training', t.id, t.title FROM training t WHERE t.id = ANY($2) AND t.status IN ('published', 'cancelled')
      UNION ALL
      SELECT 'challenge', c.id, c.title FROM challenge c WHERE c.id = ANY($3) AND c.status IN ('published', 'closed')""";

  private final Pool pool;

  public LibraryRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Void> insert(SqlClient client, UUID id, NewEntry entry, UUID author) {
    return client.preparedQuery(INSERT)
        .execute(Tuple.of(id, entry.kind().code(), entry.organisationId(), entry.content().stored(), author)).mapEmpty();
  }

  Future<LibraryEntry> byId(UUID id) {
    return pool.preparedQuery(BY_ID).mapping(LibraryEntry::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("library entry", id)));
  }

  /** True when the entry was still as read ({@code from}, unchanged since) and now holds the edit. */
  Future<Boolean> edit(SqlClient client, LibraryEntry entry, EntryContent content, LibraryStatus to) {
    return client.preparedQuery(EDIT)
        .execute(Tuple.of(entry.id(), content.stored(), to.code(), entry.status().code(), entry.updatedAt()))
        .map(rows -> rows.rowCount() == 1);
  }

  Future<Boolean> transition(SqlClient client, UUID id, LibraryStatus to, Collection<LibraryStatus> from, String comment) {
    return client.preparedQuery(TRANSITION).execute(Tuple.of(id, to.code(), codes(from), comment)).map(rows -> rows.rowCount() == 1);
  }

  Future<Boolean> publish(SqlClient client, UUID id, Collection<LibraryStatus> from) {
    return client.preparedQuery(PUBLISH).execute(Tuple.of(id, (Object) codes(from))).map(rows -> rows.rowCount() == 1);
  }

  Future<List<LibraryEntry>> written(List<UUID> organisationIds, UUID author) {
    return pool.preparedQuery(WRITTEN).mapping(LibraryEntry::fromRow)
        .execute(Tuple.of(organisationIds.toArray(UUID[]::new), author)).map(Db::list);
  }

  Future<List<LibraryEntry>> pending() {
    return pool.preparedQuery(PENDING).mapping(LibraryEntry::fromRow).execute().map(Db::list);
  }

  Future<List<LibraryEntry>> search(EntrySearch search) {
    Tuple params = Tuple.of(search.kindCode(), search.category(), search.country(), search.words(),
        search.paging().pageSize(), search.paging().offset());
    return pool.preparedQuery(SEARCH).mapping(LibraryEntry::fromRow).execute(params).map(Db::list);
  }

  Future<Long> count(EntrySearch search) {
    return pool.preparedQuery(COUNT).execute(Tuple.of(search.kindCode(), search.category(), search.country(), search.words()))
        .map(Db::count);
  }

  Future<List<LibraryEntry>> naming(String list, UUID id) {
    return pool.preparedQuery(NAMING).mapping(LibraryEntry::fromRow).execute(Tuple.of(list, id.toString())).map(Db::list);
  }

  Future<List<Linked>> linked(UUID[] showcases, UUID[] trainings, UUID[] challenges) {
    return pool.preparedQuery(LINKED).mapping(Linked::fromRow).execute(Tuple.of(showcases, trainings, challenges)).map(Db::list);
  }

  /** Something an entry names, with its title. */
  record Linked(String type, UUID id, JsonObject title) {
    static Linked fromRow(Row row) {
      return new Linked(row.getString("type"), row.getUUID("id"), row.getJsonObject("title"));
    }
  }

  private static String[] codes(Collection<LibraryStatus> statuses) {
    return statuses.stream().map(LibraryStatus::code).toArray(String[]::new);
  }
}
