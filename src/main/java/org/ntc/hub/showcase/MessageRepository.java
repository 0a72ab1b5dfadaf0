package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Paging;

/** Replies to visitors' messages, and each sender's own messages with their replies. */
public final class MessageRepository {
  private static final String REPLIES = """
      SELECT r.id, r.contact_id, r.text, r.created_at, a.name AS author_name, o.name AS organisation_name
      FROM showcase_contact_reply r JOIN organisation o ON o.id = r.organisation_id
      LEFT JOIN account a ON a.id = r.author_id AND a.erased_at IS NULL
      WHERE r.contact_id = ANY($1) ORDER BY r.created_at, r.id""";
  private static final String SENT = """
      SELECT c.id, c.showcase_id, c.message, c.created_at, s.content->'title' AS showcase_title,
             o.id AS organisation_id, o.name AS organisation_name
      FROM showcase_contact c JOIN showcase s ON s.id = c.showcase_id JOIN organisation o ON o.id = c.organisation_id
      WHERE c.sender_id = $1 ORDER BY c.created_at DESC, c.id LIMIT $2 OFFSET $3""";
  private static final String SENT_COUNT = "SELECT count(*) FROM showcase_contact WHERE sender_id = $1";
  private static final String RECEIVED = """
      SELECT c.id, c.sender_id, c.showcase_id, s.content->'title' AS showcase_title
      FROM showcase_contact c JOIN showcase s ON s.id = c.showcase_id
      WHERE c.id = $1 AND c.organisation_id = $2""";
  private static final String INSERT_REPLY = """
      INSERT INTO showcase_contact_reply (id, contact_id, organisation_id, author_id, text) VALUES ($1, $2, $3, $4, $5)
      RETURNING created_at""";
  private static final String FORGET_SENDER = "DELETE FROM showcase_contact WHERE sender_id = $1";

  /** A message an organisation received, as much as a reply needs: whom to tell and about what. */
  record Received(UUID id, UUID senderId, UUID showcaseId, JsonObject showcaseTitle) {}

  private final Pool pool;

  public MessageRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  /** The replies to these messages, grouped by message, oldest first. */
  Future<Map<UUID, List<MessageReply>>> replies(Collection<UUID> messageIds) {
    if (messageIds.isEmpty()) return Future.succeededFuture(Map.of());
    return pool.preparedQuery(REPLIES).mapping(MessageReply::fromRow).execute(Tuple.of(messageIds.toArray(UUID[]::new)))
        .map(rows -> Db.list(rows).stream().collect(Collectors.groupingBy(MessageReply::messageId)));
  }

  /** An inbox page with each message's replies. */
  Future<Inbox> withReplies(Inbox inbox) {
    return replies(inbox.items().stream().map(ReceivedMessage::id).toList())
        .map(found -> new Inbox(inbox.items().stream()
            .map(m -> m.withReplies(found.getOrDefault(m.id(), List.of()))).toList(), inbox.total(), inbox.paging()));
  }

  Future<List<MyMessage>> sent(UUID senderId, Paging paging) {
    return pool.preparedQuery(SENT).mapping(MyMessage::fromRow)
        .execute(Tuple.of(senderId, paging.pageSize(), paging.offset())).map(Db::list);
  }

  Future<Long> sentCount(UUID senderId) {
    return pool.preparedQuery(SENT_COUNT).execute(Tuple.of(senderId)).map(Db::count);
  }

  Future<Optional<Received>> received(UUID messageId, UUID organisationId) {
    return pool.preparedQuery(RECEIVED)
        .mapping(row -> new Received(row.getUUID("id"), row.getUUID("sender_id"), row.getUUID("showcase_id"),
            row.getJsonObject("showcase_title")))
        .execute(Tuple.of(messageId, organisationId)).map(Db::first);
  }

  Future<OffsetDateTime> insertReply(SqlClient tx, UUID id, UUID messageId, UUID organisationId, UUID authorId, String text) {
    return tx.preparedQuery(INSERT_REPLY).execute(Tuple.of(id, messageId, organisationId, authorId, text))
        .map(rows -> rows.iterator().next().getOffsetDateTime("created_at"));
  }

  /** A person's messages to companies go with their account, and the replies to them with the messages. */
  Future<Void> forgetSender(SqlClient tx, UUID senderId) {
    return tx.preparedQuery(FORGET_SENDER).execute(Tuple.of(senderId)).mapEmpty();
  }
}
