package org.ntc.hub.realtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The event types a stream may subscribe to, and which of them are private. */
public final class Topics {
  public static final String SHOWCASE_PUBLISHED = "showcase.published";
  public static final String SHOWCASE_WITHDRAWN = "showcase.withdrawn";
  public static final String TRAINING_SEATS = "training.seats";
  public static final String MODERATION_QUEUE = "moderation.queue";
  public static final String ANNOUNCEMENT_POSTED = "announcement.posted";
  public static final String DUTY_CHANGED = "contactpoint.duty";
  public static final String ORGANISATION_VERIFIED = "organisation.verified";
  public static final String NOTIFICATION = "notification";
  public static final String CHALLENGE_PUBLISHED = "challenge.published";
  public static final String PILOT_UPDATED = "pilot.updated";
  public static final String TRAINING_CHANGED = "training.changed";
  /** A question entered the shared advice queue, or its state, place or handler changed: staff alone. */
  public static final String ADVICE_QUEUE = "advice.queue";
  /**
   * Not topics: never sent to browsers nor replayed. They reach every node's streams and end
   * those of a viewer who signed out, was erased, or whose rights changed.
   */
  public static final String SESSION_ENDED = "session.ended";
  public static final String VIEWER_CHANGED = "viewer.changed";

  public static final List<String> ALL = List.of(SHOWCASE_PUBLISHED, SHOWCASE_WITHDRAWN, TRAINING_SEATS, MODERATION_QUEUE, ANNOUNCEMENT_POSTED,
      DUTY_CHANGED, ORGANISATION_VERIFIED, NOTIFICATION, CHALLENGE_PUBLISHED, PILOT_UPDATED, TRAINING_CHANGED, ADVICE_QUEUE);

  /** Events after which the public catalogue reads differently. */
  public static final Set<String> CATALOGUE = Set.of(SHOWCASE_PUBLISHED, SHOWCASE_WITHDRAWN,
      ORGANISATION_VERIFIED, MODERATION_QUEUE, PILOT_UPDATED);

  private Topics() {}

  static Set<String> publicOnes() {
    Set<String> topics = new LinkedHashSet<>(ALL);
    topics.remove(MODERATION_QUEUE);
    topics.remove(ADVICE_QUEUE);
    topics.remove(NOTIFICATION);
    return topics;
  }
}
