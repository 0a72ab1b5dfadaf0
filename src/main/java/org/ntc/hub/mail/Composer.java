package org.ntc.hub.mail;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;

/**
 * What one template's mail says, worked out from the outbox row: its subject, what the
 * templates {@code mail/<template>.txt.hbs} and {@code .html.hbs} are given, and any files.
 * Each feature composes its own mail; the renderer adds the language, links and footer.
 */
@FunctionalInterface
public interface Composer {
  /** @param withAttachments false where only the text is wanted (the outbox as admins read it) */
  Future<Composed> compose(OutboxMail mail, boolean withAttachments);

  /** A file sent along, such as a calendar entry ({@code text/calendar; method=REQUEST}). */
  record Attachment(String name, String contentType, byte[] data) {}

  record Composed(String subject, Map<String, Object> model, List<Attachment> attachments) {
    public static Composed of(String subject, Map<String, Object> model) {
      return new Composed(subject, model, List.of());
    }
  }
}
