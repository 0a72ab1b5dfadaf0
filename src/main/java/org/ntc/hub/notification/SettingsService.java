package org.ntc.hub.notification;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.mail.MailLinks;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Viewer;

/**
 * A person's own choices: how each kind of notification reaches them by mail and which topics
 * they follow. Everyone signed in chooses for themselves only; a signed unsubscribe link from a
 * mail turns one kind (or the whole digest) off without signing in.
 */
public final class SettingsService {
  /** What an unsubscribe link names instead of a kind: every kind that comes in the daily digest. */
  public static final String DIGEST = "digest";

  private final SettingsRepository settings;
  private final MailLinks links;
  private final List<String> categories;

  /** What an unsubscribe link turns off, and for whom. */
  public record Unsubscribing(UUID accountId, Optional<NotificationKind> kind) {
    public boolean digest() {
      return kind.isEmpty();
    }
  }

  /** @param categories the taxonomy's categories, the topics one may follow */
  public SettingsService(SettingsRepository settings, MailLinks links, List<String> categories) {
    this.settings = settings;
    this.links = links;
    this.categories = categories;
  }

  public List<String> categories() {
    return categories;
  }

  public Future<NotificationSettings> settings(Viewer viewer) {
    viewer.requireSignedIn();
    return settings.settings(settings.pool(), viewer.id());
  }

  public Future<NotificationSettings> change(Viewer viewer, SettingsChange change) {
    viewer.requireSignedIn();
    return settings.pool().withTransaction(tx -> settings.choose(tx, viewer.id(), change.changes()))
        .compose(done -> settings(viewer));
  }

  public Future<FollowedTopics> topics(Viewer viewer) {
    viewer.requireSignedIn();
    return settings.topics(settings.pool(), viewer.id()).map(FollowedTopics::new);
  }

  public Future<FollowedTopics> follow(Viewer viewer, TopicsChange change) {
    viewer.requireSignedIn();
    return settings.pool().withTransaction(tx -> settings.follow(tx, viewer.id(), change.categories()))
        .compose(done -> topics(viewer));
  }

  /** The settings page's one form: deliveries and topics together, all or nothing. */
  public Future<Void> save(Viewer viewer, SettingsChange change, TopicsChange topics) {
    viewer.requireSignedIn();
    return settings.pool().withTransaction(tx -> settings.choose(tx, viewer.id(), change.changes())
        .compose(done -> settings.follow(tx, viewer.id(), topics.categories())));
  }

  /** What the token of an unsubscribe link says; a token this server did not make, or naming nothing one can turn off, is refused. */
  public Unsubscribing unsubscribing(String token) {
    Optional<MailLinks.Unsubscribe> read = links.read(token);
    Optional<NotificationKind> kind = read.flatMap(u -> Coded.find(NotificationKind.class, u.what()))
        .filter(NotificationKind::configurable);
    if (read.isEmpty() || (kind.isEmpty() && !DIGEST.equals(read.get().what()))) {
      FieldErrors errors = new FieldErrors();
      errors.add("token", "is not a valid unsubscribe link");
      errors.throwIfAny();
    }
    return new Unsubscribing(read.get().accountId(), kind);
  }

  /** The kinds the link would still turn off: none once it has been followed. */
  public Future<List<NotificationKind>> turnsOff(Unsubscribing link) {
    return settings.settings(settings.pool(), link.accountId()).map(now -> link.kind()
        .map(kind -> now.of(kind) == Delivery.OFF ? List.<NotificationKind>of() : List.of(kind))
        .orElseGet(now::daily));
  }

  /** Turns off what the link names; following it again changes nothing. */
  public Future<Void> unsubscribe(Unsubscribing link) {
    return settings.pool().withTransaction(tx -> settings.settings(tx, link.accountId()).compose(now -> {
      Map<NotificationKind, Delivery> off = new EnumMap<>(NotificationKind.class);
      (link.digest() ? now.daily() : List.of(link.kind().get())).forEach(kind -> off.put(kind, Delivery.OFF));
      return settings.choose(tx, link.accountId(), off);
    }));
  }

  /** When a person erases their account, their settings and followed topics are deleted in its transaction. */
  public Future<Void> forget(SqlClient tx, UUID accountId) {
    return settings.forget(tx, accountId);
  }
}
