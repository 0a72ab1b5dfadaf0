package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Viewer;

/**
 * The conversation after a visitor writes to a company: the organisation's members answer in
 * the platform, and the sender reads the answers on their account page and hears of each one.
 * Only the organisation's members read or answer its messages; only the sender sees their own.
 */
public final class MessageService {
  private final MessageRepository messages;
  private final NotificationService notifications;

  public MessageService(MessageRepository messages, NotificationService notifications) {
    this.messages = messages;
    this.notifications = notifications;
  }

  /** A member's answer, told to the sender in the same transaction; a message of another organisation is not found. */
  public Future<MessageReply> reply(UUID organisationId, UUID messageId, NewReply reply, Viewer viewer) {
    viewer.requireSignedIn();
    if (!viewer.memberOf(organisationId)) {
      return Future.failedFuture(new Forbidden("Only the organisation's members answer its messages"));
    }
    UUID id = UUID.randomUUID();
    return messages.received(messageId, organisationId)
        .map(found -> found.orElseThrow(() -> new NotFound("message", messageId)))
        .compose(received -> messages.pool().withTransaction(tx -> messages
                .insertReply(tx, id, messageId, organisationId, viewer.id(), reply.text())
                .compose(at -> tell(tx, received, organisationId).map(at))))
        .map(at -> new MessageReply(id, messageId, reply.text(), at, viewer.name(), organisationName(viewer, organisationId)));
  }

  /** The viewer's own messages to companies, newest first, each with the replies it got. */
  public Future<MyMessages> sent(Viewer viewer, Paging paging) {
    viewer.requireSignedIn();
    Future<List<MyMessage>> items = messages.sent(viewer.id(), paging)
        .compose(found -> messages.replies(found.stream().map(MyMessage::id).toList())
            .map(replies -> found.stream().map(m -> m.withReplies(replies.getOrDefault(m.id(), List.of()))).toList()));
    Future<Long> total = messages.sentCount(viewer.id());
    return Future.all(items, total).map(done -> new MyMessages(items.result(), total.result(), paging));
  }

  /** What an erased account leaves: its messages to companies go, with their replies. */
  public Future<Void> forgetSender(SqlClient tx, UUID accountId) {
    return messages.forgetSender(tx, accountId);
  }

  private Future<Void> tell(SqlClient tx, MessageRepository.Received received, UUID organisationId) {
    if (received.senderId() == null) return Future.succeededFuture();
    JsonObject about = new JsonObject().put("messageId", received.id().toString())
        .put("showcaseId", received.showcaseId().toString()).put("organisationId", organisationId.toString())
        .put("title", received.showcaseTitle());
    return notifications.toAccount(tx, received.senderId(), NotificationKind.SHOWCASE_MESSAGE_ANSWERED, about);
  }

  private static String organisationName(Viewer viewer, UUID organisationId) {
    return viewer.memberships().stream().filter(m -> m.organisationId().equals(organisationId))
        .map(Viewer.Membership::organisationName).findFirst().orElse(null);
  }
}
