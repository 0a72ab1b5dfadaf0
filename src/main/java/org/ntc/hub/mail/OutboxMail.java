package org.ntc.hub.mail;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Coded;

/** A mail as the outbox keeps it; {@link MailRenderer} composes its subject and bodies. */
public record OutboxMail(UUID id, UUID accountId, String to, String lang, String template, JsonObject payload,
                         String unsubscribe, MailStatus status, int attempts, String lastError, OffsetDateTime createdAt,
                         OffsetDateTime sentAt) {
  static final String COLUMNS = """
      id, account_id, to_address, lang, template, payload, unsubscribe, status, attempts, last_error, created_at, sent_at""";

  static OutboxMail fromRow(Row row) {
    return new OutboxMail(row.getUUID("id"), row.getUUID("account_id"), row.getString("to_address"), row.getString("lang"),
        row.getString("template"), row.getJsonObject("payload"), row.getString("unsubscribe"),
        Coded.of(MailStatus.class, row.getString("status")), row.getInteger("attempts"), row.getString("last_error"),
        row.getOffsetDateTime("created_at"), row.getOffsetDateTime("sent_at"));
  }

  /** Transactional mail answers something the person did; any other can be unsubscribed from. */
  public boolean transactional() {
    return unsubscribe == null;
  }
}
