package org.ntc.hub.support;

/**
 * Mail written straight into the outbox, as a notification would write it: each to its own
 * address, in fi, sv and en in turn, about a showcase of its own, so each is composed afresh.
 */
public final class OutboxRows {
  private OutboxRows() {}

  /** SQL that queues {@code count} notification mails to {@code <tag>-<n>@mail.test}. */
  public static String queue(int count, String tag) {
    return queue(count, tag, 1);
  }

  /** The same, numbered from {@code first}: a steady stream of single mails still varies language and kind. */
  public static String queue(int count, String tag, int first) {
    return """
        INSERT INTO mail_outbox (to_address, lang, template, payload, unsubscribe)
        SELECT '%1$s-' || i || '@mail.test', (ARRAY['fi', 'sv', 'en'])[1 + i %% 3], 'notification',
               jsonb_build_object('kind', (ARRAY['showcase.published', 'training.published', 'organisation.verified'])[1 + (i / 3) %% 3],
                                  'notificationId', gen_random_uuid(), 'recipientName', 'Henkilö ' || i,
                                  'title', jsonb_build_object('fi', 'Kotihoidon esittely ' || i, 'sv', 'Hemvårdsvisning ' || i,
                                                             'en', 'Home care showcase ' || i),
                                  'showcaseId', gen_random_uuid(), 'trainingId', gen_random_uuid(),
                                  'organisationId', gen_random_uuid()),
               'showcase.published'
        FROM generate_series(%3$d, %3$d + %2$d - 1) i""".formatted(tag, count, first);
  }

  /** SQL that queues {@code count} notification mails to one address, the first the newest, a second apart. */
  public static String queueTo(int count, String address) {
    return queue(count, "x").replace("'x-' || i || '@mail.test'", "'" + address + "'")
        .replace("payload, unsubscribe)", "payload, unsubscribe, created_at)")
        .replace("FROM generate_series", ", now() - make_interval(secs => i) FROM generate_series");
  }
}
