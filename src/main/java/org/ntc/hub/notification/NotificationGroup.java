package org.ntc.hub.notification;

import java.util.Arrays;
import java.util.List;
import org.ntc.hub.platform.Coded;

/** Where the settings page lists a kind of notification: what it is about, as a person thinks of it. */
public enum NotificationGroup implements Coded {
  SHOWCASES,
  ORGANISATION,
  TRAININGS,
  NEEDS_AND_PILOTS,
  MESSAGES,
  FOLLOWED_TOPICS,
  OTHER;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  public static NotificationGroup of(NotificationKind kind) {
    switch (kind) {
      case SHOWCASE_CONTACTED, SHOWCASE_MESSAGE_ANSWERED:
        return MESSAGES;
      case CHALLENGE_MATCHING, SHOWCASE_IN_FOLLOWED_TOPIC, CHALLENGE_IN_FOLLOWED_TOPIC, LIBRARY_ENTRY_IN_FOLLOWED_TOPIC:
        return FOLLOWED_TOPICS;
      case FOLLOWED_NEED_ANSWERED, FOLLOWED_NEED_PILOTED, FOLLOWED_ORGANISATION_SHOWCASE, FOLLOWED_ORGANISATION_NEED,
          FOLLOWED_ORGANISATION_TRAINING, FOLLOWED_NEED_COSIGNED, FOLLOWED_NEED_CLOSED, GROUP_POST:
        return FOLLOWED_TOPICS;
      case TRAINING_IN_FOLLOWED_TOPIC:
        return FOLLOWED_TOPICS;
      default:
        break;
    }
    return switch (kind.pagePath()) {
      case "/showcases/" -> SHOWCASES;
      case "/organisations/" -> ORGANISATION;
      case "/trainings/" -> TRAININGS;
      case "/challenges/", "/pilots/" -> NEEDS_AND_PILOTS;
      default -> OTHER;
    };
  }

  /** The kinds people choose how to hear of, in this group, in the enum's order. */
  public List<NotificationKind> kinds() {
    return Arrays.stream(NotificationKind.values()).filter(NotificationKind::configurable).filter(k -> of(k) == this).toList();
  }
}
