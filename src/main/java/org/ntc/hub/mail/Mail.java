package org.ntc.hub.mail;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * A mail to be sent: to whom, in which language, which template and what it says. It is queued
 * in the transaction of the change that causes it and composed when it leaves.
 *
 * @param unsubscribe what a one-click unsubscribe turns off (a notification kind, or {@code digest});
 *                    null for transactional mail (verification, password reset), which always goes
 */
public record Mail(UUID accountId, String to, String lang, String template, JsonObject payload, String unsubscribe) {

  /** Mail a person must get whatever their settings say: it answers something they did. */
  public static Mail transactional(UUID accountId, String to, String lang, String template, JsonObject payload) {
    return new Mail(accountId, to, lang, template, payload, null);
  }
}
