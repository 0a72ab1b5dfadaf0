package org.ntc.hub.notification;

import io.vertx.core.json.JsonObject;
import org.ntc.hub.platform.Coded;

/**
 * What a notification says, and the page it leads to: each kind names the id in its payload
 * that points at the thing it is about. Its code ({@code showcase.changes-requested}) is stored
 * and picks the sentence {@code notification.<code>} in the reader's language.
 */
public enum NotificationKind implements Coded {
  SHOWCASE_PUBLISHED(Page.SHOWCASE),
  SHOWCASE_CHANGES_REQUESTED(Page.SHOWCASE),
  SHOWCASE_ARCHIVED(Page.SHOWCASE),
  SHOWCASE_RESTORED(Page.SHOWCASE),
  SHOWCASE_CONTACTED(Page.SHOWCASE),
  ORGANISATION_VERIFIED(Page.ORGANISATION),
  ENROLMENT_CONFIRMED(Page.TRAINING),
  TRAINING_PUBLISHED(Page.TRAINING),
  TRAINING_CHANGES_REQUESTED(Page.TRAINING),
  CHALLENGE_PUBLISHED(Page.NEED),
  CHALLENGE_CHANGES_REQUESTED(Page.NEED),
  CHALLENGE_ANSWERED(Page.NEED),
  CHALLENGE_MATCHING(Page.NEED, Delivery.DAILY),
  PILOT_UPDATED(Page.PILOT),
  SHOWCASE_MESSAGE_ANSWERED(Page.ACCOUNT_MESSAGES),
  CHALLENGE_CLOSED(Page.NEED),
  TRAINING_CHANGED(Page.TRAINING),
  TRAINING_CANCELLED(Page.TRAINING),
  ENROLMENT_OFFERED(Page.TRAINING, Delivery.IMMEDIATELY, false),
  ENROLMENT_OFFER_LAPSED(Page.TRAINING),
  TRAINING_REMINDER(Page.TRAINING),
  /** A showcase newly published in a topic the person follows. */
  SHOWCASE_IN_FOLLOWED_TOPIC(Page.SHOWCASE, Delivery.DAILY),
  /** A need newly published in a topic the person follows. */
  CHALLENGE_IN_FOLLOWED_TOPIC(Page.NEED, Delivery.DAILY),
  /** NTC's verification of a showcase's claim expires within a month. */
  CLAIM_EXPIRING(Page.SHOWCASE),
  /** A library entry newly published in a topic the person follows. */
  LIBRARY_ENTRY_IN_FOLLOWED_TOPIC(Page.LIBRARY, Delivery.DAILY),
  /** A pilot at the person's care organisation completed: record whether the organisation now uses the technology. */
  ADOPTION_PROPOSED(Page.ADOPTION_FORM),
  /** A new question to the centre reached the person's contact point. */
  ADVICE_REQUESTED(Page.ADVICE),
  /** Another contact point handed a question over to the person's. */
  ADVICE_HANDED_OVER(Page.ADVICE),
  /** Staff answered the person's question to the centre. */
  ADVICE_ANSWERED(Page.ADVICE),
  /** A place on a visit to a contact point is booked. */
  VISIT_BOOKED(Page.VISITS),
  /** A booked visit was cancelled by the contact point. */
  VISIT_CANCELLED(Page.VISITS),
  /** A care professional reviewed the company's showcase ("we tried it"). */
  SHOWCASE_REVIEWED(Page.SHOWCASE),
  /** The company answered the person's review. */
  REVIEW_ANSWERED(Page.SHOWCASE),
  /** Staff hid the person's review, with a reason. */
  REVIEW_HIDDEN(Page.SHOWCASE),
  /** Another care organisation co-signed the organisation's need: "we have this need too". */
  CHALLENGE_COSIGNED(Page.NEED),
  /** A company answered a need the person follows. */
  FOLLOWED_NEED_ANSWERED(Page.NEED, Delivery.DAILY),
  /** A pilot started on a need the person follows. */
  FOLLOWED_NEED_PILOTED(Page.NEED, Delivery.DAILY),
  /** An organisation the person follows published a showcase. */
  FOLLOWED_ORGANISATION_SHOWCASE(Page.SHOWCASE, Delivery.DAILY),
  /** An organisation the person follows published a need. */
  FOLLOWED_ORGANISATION_NEED(Page.NEED, Delivery.DAILY),
  /** An organisation the person follows published a training. */
  FOLLOWED_ORGANISATION_TRAINING(Page.TRAINING, Delivery.DAILY),
  /** Someone else wrote in a theme group the person is a member of. */
  GROUP_POST(Page.GROUP_THREAD, Delivery.DAILY),
  /** A moderator hid the person's post in a theme group, with a reason shown on the post. */
  GROUP_POST_HIDDEN(Page.GROUP_THREAD),
  /** Another organisation asks the person's organisation for a one-to-one meeting at a matchmaking day. */
  MEETING_REQUESTED(Page.MATCHMAKING),
  /** The organisation asked accepted the person's meeting request. */
  MEETING_ACCEPTED(Page.MATCHMAKING),
  /** The organisation asked declined the person's meeting request. */
  MEETING_DECLINED(Page.MATCHMAKING),
  // networks: follow anything
  /** Another organisation co-signed a need the person follows. */
  FOLLOWED_NEED_COSIGNED(Page.NEED, Delivery.DAILY),
  /** A need the person follows was closed. */
  FOLLOWED_NEED_CLOSED(Page.NEED, Delivery.DAILY),
  // networks: trainings in followed topics
  /** A training newly public that covers a showcase in a topic the person follows. */
  TRAINING_IN_FOLLOWED_TOPIC(Page.TRAINING, Delivery.DAILY);

  /** A page of the site, and the payload field holding the id that completes its address. */
  private enum Page {
    SHOWCASE("/showcases/", "showcaseId"),
    ORGANISATION("/organisations/", "organisationId"),
    TRAINING("/trainings/", "trainingId"),
    NEED("/challenges/", "challengeId"),
    PILOT("/pilots/", "pilotId"),
    /** The account page's messages: the thread is private, so the link names no id. */
    ACCOUNT_MESSAGES("/account#messages", null),
    LIBRARY("/library/", "entryId"),
    /** The showcase's adoption form, prefilled from the pilot the payload names. */
    ADOPTION_FORM("/showcases/", "showcaseId"),
    /** A question to the centre and its thread. */
    ADVICE("/ask/", "requestId"),
    /** The person's booked visits: the booking is private, so the link names no id. */
    VISITS("/account/visits", null),
    /** A theme group's thread, at the post the payload names. */
    GROUP_THREAD("/groups/", "groupId"),
    /** A matchmaking day's meetings. */
    MATCHMAKING("/trainings/", "trainingId");

    private final String path;
    private final String idField;

    Page(String path, String idField) {
      this.path = path;
      this.idField = idField;
    }
  }

  private final Page page;
  private final Delivery byDefault;
  private final boolean configurable;

  NotificationKind(Page page) {
    this(page, Delivery.IMMEDIATELY);
  }

  NotificationKind(Page page, Delivery byDefault) {
    this(page, byDefault, true);
  }

  /** A kind that is not configurable is mailed at once to everyone: it asks for an answer by a deadline. */
  NotificationKind(Page page, Delivery byDefault, boolean configurable) {
    this.page = page;
    this.byDefault = byDefault;
    this.configurable = configurable;
  }

  /** How it is mailed to someone who has not chosen. */
  public Delivery byDefault() {
    return byDefault;
  }

  /** Whether people choose how it reaches them, and may unsubscribe from it. */
  public boolean configurable() {
    return configurable;
  }

  /** {@code SHOWCASE_CHANGES_REQUESTED} → {@code showcase.changes-requested}: the subject, then what happened. */
  @Override
  public String code() {
    return Coded.eventCodeOf(this);
  }

  /** The page about the notification's subject; the account page when the payload lacks its id. */
  public String link(JsonObject payload) {
    if (page.idField == null) return page.path;
    String id = payload.getString(page.idField);
    if (id == null) return "/account";
    if (page == Page.ADOPTION_FORM) return page.path + id + "/adoption" + (payload.containsKey("pilotId") ? "?pilot=" + payload.getString("pilotId") : "");
    if (page == Page.GROUP_THREAD && payload.containsKey("threadId")) {
      return page.path + id + "/threads/" + payload.getString("threadId")
          + (payload.containsKey("postId") ? "#post-" + payload.getString("postId") : "");
    }
    if (page == Page.MATCHMAKING) return page.path + id + "/matchmaking";
    return page.path + id;
  }

  /** The path of the page it leads to without its id ({@code /showcases/}), which sorts kinds into groups for people to choose. */
  public String pagePath() {
    return page.path;
  }
}
