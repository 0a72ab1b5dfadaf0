package org.ntc.hub.account;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.MemberRole;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;

/** Accounts, sessions and where each signed in. */
public final class AccountRepository {
  private static final String INSERT = """
      INSERT INTO account (id, email, password_hash, name, locale, is_admin, email_verified_at)
      VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END)""";
  private static final String CREDENTIALS = """
      SELECT id, password_hash FROM account WHERE email = $1 AND erased_at IS NULL""";
  private static final String EMAIL_TAKEN = "SELECT 1 FROM account WHERE email = $1";
  private static final String BY_ID = "SELECT " + Account.COLUMNS + " FROM account WHERE id = $1 AND erased_at IS NULL";
  private static final String MEMBERSHIPS = """
      SELECT o.id, o.name, o.type, o.verified, m.role
      FROM membership m JOIN organisation o ON o.id = m.organisation_id
      WHERE m.account_id = $1 ORDER BY o.name""";
  /**
   * Only for an account not erased, whose row it holds shared until the transaction ends: an erasure
   * (marking the account erased deletes its sessions, V52) waits for it and then deletes the session, or
   * it waits for the erasure and then finds the account erased and makes nothing. So no session of an
   * erased account exists, which the check of a session claimed with a request relies on ({@code SessionClaim}).
   */
  private static final String INSERT_SESSION = """
      INSERT INTO session (id, account_id, expires_at)
      SELECT $1, a.id, now() + make_interval(secs => $3) FROM account a WHERE a.id = $2 AND a.erased_at IS NULL FOR SHARE""";
  private static final String DELETE_SESSION = "DELETE FROM session WHERE id = $1";
  private static final String SESSIONS_OF = "SELECT created_at, expires_at FROM session WHERE account_id = $1 ORDER BY created_at";
  private static final String ACTIONS_OF = """
      SELECT at, action, target_type, target_id, address FROM audit_log WHERE actor_id = $1 ORDER BY id""";
  private static final String SIGNED_IN_FROM = """
      SELECT 1 FROM sign_in_known WHERE email_hash = $1 AND address_hash = $2 AND last_at > now() - interval '30 days'""";
  private static final String REMEMBER_SIGN_IN = """
      INSERT INTO sign_in_known (email_hash, address_hash) VALUES ($1, $2)
      ON CONFLICT (email_hash, address_hash) DO UPDATE SET last_at = now()""";
  private static final String FORGET_OLD_SIGN_INS = "DELETE FROM sign_in_known WHERE last_at < now() - interval '30 days'";
  private static final String FORGET_SIGN_INS = "DELETE FROM sign_in_known WHERE email_hash = $1";
  private static final String UPDATE_PROFILE = """
      UPDATE account SET name = $2, title = $3, expertise = $4, languages = $5, locale = $6, visibility = $7
      WHERE id = $1 AND erased_at IS NULL""";
  private static final String SET_STAFF = """
      UPDATE account SET staff_contact_point = $2 WHERE id = $1 AND erased_at IS NULL""";
  private static final String ERASE = """
      UPDATE account SET email = NULL, name = NULL, password_hash = NULL, title = NULL, expertise = NULL,
             languages = '{}', staff_contact_point = NULL, is_admin = false, erased_at = now()
      WHERE id = $1 AND erased_at IS NULL""";
  private static final String ERASE_MEMBERSHIPS = "DELETE FROM membership WHERE account_id = $1";
  private static final String ERASE_AUDIT_ADDRESSES = "UPDATE audit_log SET address = NULL WHERE actor_id = $1";
  private static final String ERASE_FEED = "DELETE FROM calendar_feed WHERE account_id = $1";
  private static final String ERASE_NOTIFICATIONS = "DELETE FROM notification WHERE account_id = $1";
  private static final String ERASE_PRIVATE_EVENTS = "DELETE FROM event_log WHERE account_id = $1";
  private static final String ERASE_DUTY = "DELETE FROM staff_duty WHERE account_id = $1";
  private static final String ERASE_TOKENS = "DELETE FROM account_token WHERE account_id = $1";
  private static final String ENROLMENTS_OF = """
      SELECT e.training_id, t.title, t.starts_at, e.site, e.status, e.created_at, e.attended_at
      FROM enrolment e JOIN training t ON t.id = e.training_id WHERE e.account_id = $1 ORDER BY e.created_at""";
  private static final String MESSAGES_SENT = """
      SELECT c.id, c.showcase_id, c.organisation_id, c.message, c.created_at,
             COALESCE((SELECT jsonb_agg(jsonb_build_object('text', r.text, 'at', r.created_at) ORDER BY r.created_at, r.id)
                       FROM showcase_contact_reply r WHERE r.contact_id = c.id), '[]'::jsonb) AS replies
      FROM showcase_contact c WHERE c.sender_id = $1 ORDER BY c.created_at""";
  private static final String REPLIES_WRITTEN = """
      SELECT contact_id, organisation_id, text, created_at FROM showcase_contact_reply WHERE author_id = $1 ORDER BY created_at""";
  private static final String NOTIFICATIONS_OF = """
      SELECT kind, payload, created_at, read_at FROM notification WHERE account_id = $1 ORDER BY created_at""";
  private static final String SETTINGS_OF = "SELECT kind, delivery FROM notification_setting WHERE account_id = $1 ORDER BY kind";
  private static final String TOPICS_OF = "SELECT category, created_at FROM topic_follow WHERE account_id = $1 ORDER BY category";
  /** The mail sent or kept for the person: what and when, never a link's token. */
  private static final String MAIL_OF = """
      SELECT template, to_address, status, created_at, sent_at FROM mail_outbox WHERE account_id = $1 ORDER BY created_at""";
  /** The person's questions to the centre with the thread they see: internal notes are staff's, not theirs. */
  private static final String ADVICE_OF = """
      SELECT r.id, r.kind, r.topic, r.description, r.language, r.country, r.status, r.contact_point, r.created_at, r.closed_at,
             coalesce((SELECT jsonb_agg(jsonb_build_object('fromStaff', m.from_staff, 'text', m.text, 'at', m.created_at)
                                        ORDER BY m.created_at, m.id)
                       FROM advice_message m WHERE m.request_id = r.id AND NOT m.internal), '[]'::jsonb) AS messages
      FROM advice_request r WHERE r.requester_id = $1 ORDER BY r.created_at, r.id""";
  private static final String BOOKINGS_OF = """
      SELECT b.slot_id, s.contact_point, s.kind, s.starts_at, s.ends_at, b.status, b.created_at, b.cancelled_at
      FROM visit_booking b JOIN visit_slot s ON s.id = b.slot_id WHERE b.account_id = $1 ORDER BY b.created_at, b.id""";
  /** Theme groups, reviews, co-signatures, follows and matchmaking: each list the person's own rows, as they see them. */
  private static final String GROUPS_OF = """
      SELECT g.id, g.name, m.joined_at FROM group_member m JOIN theme_group g ON g.id = m.group_id
      WHERE m.account_id = $1 ORDER BY m.joined_at, g.id""";
  private static final String THREADS_OF = """
      SELECT id, group_id, title, created_at FROM group_thread WHERE author_id = $1 ORDER BY created_at, id""";
  private static final String POSTS_OF = """
      SELECT p.id, p.thread_id, t.group_id, p.text, p.created_at, p.hidden_at, p.hidden_reason
      FROM group_post p JOIN group_thread t ON t.id = p.thread_id WHERE p.author_id = $1 ORDER BY p.created_at, p.id""";
  private static final String REPORTS_OF = """
      SELECT post_id, reason, created_at, resolved_at FROM group_post_report WHERE reporter_id = $1 ORDER BY created_at, id""";
  private static final String REVIEWS_OF = """
      SELECT id, showcase_id, organisation_id, setting, duration, worked, did_not_work, recommend, lang, created_at,
             updated_at, answer, answered_at, hidden_reason, hidden_at
      FROM showcase_review WHERE author_id = $1 ORDER BY created_at, id""";
  private static final String ANSWERS_OF = """
      SELECT id, showcase_id, answer, answered_at FROM showcase_review WHERE answered_by = $1 ORDER BY answered_at, id""";
  private static final String USEFUL_OF = """
      SELECT showcase_id, created_at FROM showcase_useful WHERE account_id = $1 ORDER BY created_at, showcase_id""";
  private static final String COSIGNS_OF = """
      SELECT challenge_id, organisation_id, scale, note, created_at, updated_at FROM challenge_cosign
      WHERE signed_by = $1 ORDER BY created_at, challenge_id""";
  private static final String NEEDS_FOLLOWED = """
      SELECT challenge_id, created_at FROM need_follower WHERE account_id = $1 ORDER BY created_at, challenge_id""";
  private static final String ORGANISATIONS_FOLLOWED = """
      SELECT f.organisation_id, o.name, f.created_at FROM organisation_follower f JOIN organisation o ON o.id = f.organisation_id
      WHERE f.account_id = $1 ORDER BY f.created_at, f.organisation_id""";
  private static final String PROFILES_OF = """
      SELECT training_id, organisation_id, offers, seeks, updated_at FROM matchmaking_profile
      WHERE account_id = $1 ORDER BY updated_at, training_id""";
  /** Meetings the person asked for or accepted: the other side is an organisation, named as the person saw it. */
  private static final String MEETINGS_OF = """
      SELECT m.id, m.training_id, t.title, t.starts_at + make_interval(mins => m.slot * t.meeting_minutes) AS starts_at,
             t.meeting_minutes, m.status, m.table_no, m.created_at, m.decided_at, m.requester_account = $1 AS asked,
             CASE WHEN m.requester_account = $1 THEN m.requester_org ELSE m.invitee_org END AS organisation_id,
             o.name AS with_organisation
      FROM meeting m JOIN training t ON t.id = m.training_id
      JOIN organisation o ON o.id = CASE WHEN m.requester_account = $1 THEN m.invitee_org ELSE m.requester_org END
      WHERE m.requester_account = $1 OR m.invitee_account = $1 ORDER BY m.created_at, m.id""";
  private static final String ANNOUNCEMENTS_BY = """
      SELECT contact_point, text, posted_at FROM announcement WHERE author_id = $1 ORDER BY posted_at""";

  private final Pool pool;

  /** The id and password hash of a live account. */
  record StoredPassword(UUID accountId, String hash) {
    static StoredPassword fromRow(Row row) {
      return new StoredPassword(row.getUUID("id"), row.getString("password_hash"));
    }
  }

  public AccountRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  /** A new account; {@code verified} where its address needs no proof (the bootstrap admin's, from the settings). */
  Future<Void> insert(SqlClient client, UUID id, String email, String passwordHash, String name, String locale, boolean admin,
                      boolean verified) {
    return client.preparedQuery(INSERT).execute(Tuple.of(id, email, passwordHash, name, locale, admin, verified)).mapEmpty();
  }

  Future<Boolean> emailTaken(String email) {
    return pool.preparedQuery(EMAIL_TAKEN).execute(Tuple.of(email)).map(Db::any);
  }

  /** The id and password hash of the live account with this email, if there is one. */
  Future<Optional<StoredPassword>> credentials(String email) {
    return pool.preparedQuery(CREDENTIALS).mapping(StoredPassword::fromRow).execute(Tuple.of(email)).map(Db::first);
  }

  public Future<Account> byId(UUID id) {
    return pool.preparedQuery(BY_ID).mapping(Account::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("person", id)));
  }

  public Future<Optional<Viewer>> viewer(UUID accountId, UUID sessionId, boolean countUnread) {
    return Db.lookups(pool).preparedQuery(countUnread ? ViewerLookup.SQL : ViewerLookup.WITHOUT_UNREAD).mapping(row -> ViewerLookup.viewer(row, sessionId))
        .execute(Tuple.of(sessionId, accountId)).map(Db::first);
  }

  Future<List<Viewer.Membership>> memberships(UUID accountId) {
    return pool.preparedQuery(MEMBERSHIPS).mapping(AccountRepository::membership).execute(Tuple.of(accountId)).map(Db::list);
  }

  private static Viewer.Membership membership(Row row) {
    return new Viewer.Membership(row.getUUID("id"), row.getString("name"), Coded.of(OrganisationType.class, row.getString("type")),
        Coded.of(MemberRole.class, row.getString("role")), row.getBoolean("verified"));
  }

  /** True when the session was made: false when the account was erased meanwhile. */
  Future<Boolean> insertSession(SqlClient client, UUID sessionId, UUID accountId, int lifetimeSeconds) {
    return client.preparedQuery(INSERT_SESSION).execute(Tuple.of(sessionId, accountId, lifetimeSeconds))
        .map(rows -> rows.rowCount() == 1);
  }

  Future<Void> deleteSession(SqlClient client, UUID sessionId) {
    return client.preparedQuery(DELETE_SESSION).execute(Tuple.of(sessionId)).mapEmpty();
  }

  Future<List<PersonalData.Session>> sessions(UUID accountId) {
    return of(SESSIONS_OF, PersonalData.Session::fromRow, accountId);
  }

  Future<List<PersonalData.Action>> actions(UUID accountId) {
    return of(ACTIONS_OF, PersonalData.Action::fromRow, accountId);
  }

  /** Enrolments, messages sent, notifications and announcements: the rest of what an export holds. */
  Future<PersonalData.Elsewhere> activityElsewhere(UUID accountId) {
    Future<List<JsonObject>> enrolments = of(ENROLMENTS_OF, PersonalData.Elsewhere::enrolment, accountId);
    Future<List<JsonObject>> messages = of(MESSAGES_SENT, PersonalData.Elsewhere::messageSent, accountId);
    Future<List<JsonObject>> notifications = of(NOTIFICATIONS_OF, PersonalData.Elsewhere::notification, accountId);
    Future<List<JsonObject>> announcements = of(ANNOUNCEMENTS_BY, PersonalData.Elsewhere::announcement, accountId);
    Future<List<JsonObject>> replies = of(REPLIES_WRITTEN, PersonalData.Elsewhere::replyWritten, accountId);
    Future<List<JsonObject>> settings = of(SETTINGS_OF, PersonalData.Elsewhere::setting, accountId);
    Future<List<JsonObject>> topics = of(TOPICS_OF, PersonalData.Elsewhere::topic, accountId);
    Future<List<JsonObject>> mail = of(MAIL_OF, PersonalData.Elsewhere::mail, accountId);
    Future<List<JsonObject>> advice = of(ADVICE_OF, PersonalData.Elsewhere::adviceRequest, accountId);
    Future<List<JsonObject>> bookings = of(BOOKINGS_OF, PersonalData.Elsewhere::booking, accountId);
    return Future.all(List.of(enrolments, messages, notifications, announcements, replies, settings, topics, mail, advice, bookings))
        .map(all -> new PersonalData.Elsewhere(enrolments.result(), messages.result(), notifications.result(),
            announcements.result(), replies.result(), settings.result(), topics.result(), mail.result(), advice.result(),
            bookings.result()));
  }

  /** What the person did in the features of networks and participation, each list under its export key, in order. */
  Future<Map<String, List<JsonObject>>> participation(UUID accountId) {
    Map<String, Future<List<JsonObject>>> lists = new LinkedHashMap<>();
    lists.put("groupMemberships", of(GROUPS_OF, PersonalData.Participation::group, accountId));
    lists.put("groupThreads", of(THREADS_OF, PersonalData.Participation::thread, accountId));
    lists.put("groupPosts", of(POSTS_OF, PersonalData.Participation::post, accountId));
    lists.put("groupReports", of(REPORTS_OF, PersonalData.Participation::report, accountId));
    lists.put("reviews", of(REVIEWS_OF, PersonalData.Participation::review, accountId));
    lists.put("reviewAnswers", of(ANSWERS_OF, PersonalData.Participation::answer, accountId));
    lists.put("usefulMarks", of(USEFUL_OF, PersonalData.Participation::useful, accountId));
    lists.put("cosignatures", of(COSIGNS_OF, PersonalData.Participation::cosign, accountId));
    lists.put("needsFollowed", of(NEEDS_FOLLOWED, PersonalData.Participation::needFollowed, accountId));
    lists.put("organisationsFollowed", of(ORGANISATIONS_FOLLOWED, PersonalData.Participation::organisationFollowed, accountId));
    lists.put("matchmakingProfiles", of(PROFILES_OF, PersonalData.Participation::profile, accountId));
    lists.put("meetings", of(MEETINGS_OF, PersonalData.Participation::meeting, accountId));
    return Future.all(List.copyOf(lists.values())).map(all -> {
      Map<String, List<JsonObject>> done = new LinkedHashMap<>();
      lists.forEach((key, list) -> done.put(key, list.result()));
      return done;
    });
  }

  /** Every row of one of the account's own lists, mapped. */
  private <T> Future<List<T>> of(String sql, Function<Row, T> mapping, UUID accountId) {
    PreparedQuery<RowSet<T>> query = pool.preparedQuery(sql).mapping(mapping);
    return query.execute(Tuple.of(accountId)).map(Db::list);
  }

  /** Whether the account with this email signed in from this address in the last 30 days. */
  Future<Boolean> signedInFrom(String emailHash, String addressHash) {
    return pool.preparedQuery(SIGNED_IN_FROM).execute(Tuple.of(emailHash, addressHash)).map(Db::any);
  }

  Future<Void> rememberSignIn(SqlClient client, String emailHash, String addressHash) {
    return client.preparedQuery(REMEMBER_SIGN_IN).execute(Tuple.of(emailHash, addressHash)).mapEmpty();
  }

  Future<Void> forgetOldSignIns() {
    return pool.preparedQuery(FORGET_OLD_SIGN_INS).execute().mapEmpty();
  }

  Future<Void> forgetSignIns(SqlClient client, String emailHash) {
    return client.preparedQuery(FORGET_SIGN_INS).execute(Tuple.of(emailHash)).mapEmpty();
  }

  Future<Void> updateProfile(SqlClient client, UUID id, String name, String title, String expertise, List<String> languages,
                             String locale, JsonObject visibility) {
    return client.preparedQuery(UPDATE_PROFILE)
        .execute(Tuple.of(id, name, title, expertise, languages.toArray(String[]::new), locale, visibility))
        .map(rows -> requireOne(rows, id));
  }

  /** Makes the person staff at {@code site}, or (empty) no longer staff anywhere. */
  Future<Void> setStaff(SqlClient client, UUID id, Optional<Site> site) {
    return client.preparedQuery(SET_STAFF).execute(Tuple.of(id, site.map(Site::id).orElse(null))).map(rows -> requireOne(rows, id));
  }

  /** Removes name, email, credentials, sessions, memberships and logged addresses; the id stays for authorship. */
  Future<Void> erase(SqlClient client, UUID id) {
    // Memberships first: their trigger locks the organisation, then the account (V48), the order every
    // other change of a membership takes; erasing the account row first could wait on a removal that waits on it.
    return client.preparedQuery(ERASE_MEMBERSHIPS).execute(Tuple.of(id))
        // Marking the account erased also deletes its sessions, in that statement (V52's trigger).
        .compose(done -> client.preparedQuery(ERASE).execute(Tuple.of(id))).map(rows -> requireOne(rows, id))
        .compose(done -> client.preparedQuery(ERASE_AUDIT_ADDRESSES).execute(Tuple.of(id)))
        .compose(done -> client.preparedQuery(ERASE_FEED).execute(Tuple.of(id)))
        .compose(done -> client.preparedQuery(ERASE_NOTIFICATIONS).execute(Tuple.of(id)))
        .compose(done -> client.preparedQuery(ERASE_PRIVATE_EVENTS).execute(Tuple.of(id)))
        .compose(done -> client.preparedQuery(ERASE_DUTY).execute(Tuple.of(id)))
        .compose(done -> client.preparedQuery(ERASE_TOKENS).execute(Tuple.of(id)))
        .mapEmpty();
  }

  private static Void requireOne(RowSet<Row> rows, UUID id) {
    if (rows.rowCount() == 0) throw new NotFound("person", id);
    return null;
  }

  private static final String BY_EMAIL = "SELECT " + Account.COLUMNS + " FROM account WHERE email = $1 AND erased_at IS NULL";
  private static final String STAFF = """
      SELECT %s FROM account WHERE staff_contact_point IS NOT NULL AND erased_at IS NULL ORDER BY name, id"""
      .formatted(Account.COLUMNS);

  /** The live account with this email, if there is one. */
  Future<Optional<Account>> byEmail(String email) {
    return pool.preparedQuery(BY_EMAIL).mapping(Account::fromRow).execute(Tuple.of(email)).map(Db::first);
  }

  /** Everyone who is staff at a contact point now, by name. */
  Future<List<Account>> staff() {
    return pool.preparedQuery(STAFF).mapping(Account::fromRow).execute().map(Db::list);
  }
}
