package org.ntc.hub.account;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.mail.Mail;
import org.ntc.hub.mail.MailService;
import org.ntc.hub.platform.AttemptLimits;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;

/**
 * Proving an address, resetting a forgotten password, changing password and address. Every
 * mail goes out through the outbox in the transaction of the change; links carry a random
 * single-use token of which only the hash is kept.
 */
public final class AccountLifecycle {
  private static final Logger LOG = Logger.getLogger(AccountLifecycle.class.getName());
  static final Duration VERIFY_VALID = Duration.ofHours(48);
  static final Duration RESET_VALID = Duration.ofHours(1);
  /** New verification links for one account: five an hour. */
  static final AttemptLimits.Limit RESENDS_PER_ACCOUNT = new AttemptLimits.Limit(3600, 5, 3600, 3600);
  /** Reset requests from one address, whatever the email: over this, 429. */
  static final AttemptLimits.Limit RESETS_PER_ADDRESS = new AttemptLimits.Limit(3600, 20, 3600, 3600);
  /** Reset mails to one address: over this the answer stays 202 but no more mail goes, so nobody floods an inbox. */
  static final AttemptLimits.Limit RESETS_PER_EMAIL = new AttemptLimits.Limit(3600, 3, 3600, 3600);
  private static final String WRONG_LINK = "is unknown, expired or already used; ask for a new link";

  private final AccountService accounts;
  private final AccountRepository repository;
  private final AccountTokens tokens;
  private final EventLog events;
  private final MailService mail;
  private final Clock clock;

  /** The address as the settings page shows it: proven or not, and any new one waiting for its link. */
  public record Status(String email, boolean verified, Optional<String> pendingEmail) {}

  public AccountLifecycle(AccountService accounts, AccountRepository repository, EventLog events, MailService mail,
                          Clock clock) {
    this.accounts = accounts;
    this.repository = repository;
    this.tokens = new AccountTokens(repository.pool());
    this.events = events;
    this.mail = mail;
    this.clock = clock;
  }

  /** In the registration's transaction: the link that proves the new address. */
  public Future<Void> arrived(SqlClient tx, UUID accountId, String email, String name, String locale) {
    return verification(tx, accountId, email, name, locale);
  }

  /** Follows a verification link: the address it names becomes the account's, proven. */
  public Future<Void> verify(String token, String address) {
    OffsetDateTime now = now();
    return repository.pool().withTransaction(tx -> tokens.use(tx, token, AccountTokens.VERIFY_EMAIL, now)
            .compose(spent -> spent.isEmpty() ? Future.<Void>failedFuture(new Invalid("token", WRONG_LINK))
                : tokens.verify(tx, spent.get().accountId(), spent.get().email(), now)
                    .compose(live -> live ? AuditLog.record(tx, spent.get().accountId(), AuditAction.ACCOUNT_EMAIL_VERIFIED,
                        spent.get().accountId(), address, null) : Future.failedFuture(new Invalid("token", WRONG_LINK)))
                    .compose(done -> events.viewerChanged(tx, spent.get().accountId()))))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err)
            ? new Conflict("Another account took this email address meanwhile; nothing was changed") : err));
  }

  /**
   * A new link to prove the address: to the new address waiting for its link if there is one
   * (an unproven person may have corrected a mistyped address), else to the account's own while
   * it is unproven; a proven address with nothing waiting is a conflict.
   */
  public Future<Void> resend(Viewer viewer) {
    viewer.requireSignedIn();
    return tokens.pendingEmail(viewer.id(), now()).compose(pending -> {
      if (viewer.emailVerified() && pending.isEmpty()) {
        return Future.failedFuture(new Conflict("Your email address is already confirmed"));
      }
      String to = pending.orElse(viewer.email());
      return accounts.limits().require("verification:" + viewer.id(), RESENDS_PER_ACCOUNT,
              "Too many new links asked for; try again later")
          .compose(ok -> repository.pool().withTransaction(tx ->
              verification(tx, viewer.id(), to, viewer.name(), viewer.locale())));
    });
  }

  /**
   * "I forgot my password". The answer is the same whether or not an account has the address;
   * only a client asking too often from one address hears 429, and an address that has had its
   * three links this hour gets no more mail.
   */
  public Future<Void> requestReset(String email, String address) {
    return accounts.limits().require("password-reset-from:" + address, RESETS_PER_ADDRESS,
            "Too many password resets asked for from here; try again later")
        .map(ok -> {
          // The answer leaves before the account is even looked up: neither its words nor its
          // timing may tell whether the address has an account.
          tokens.personByEmail(email)
              .compose(person -> person.isEmpty() ? Future.<Void>succeededFuture()
                  : accounts.limits().count("password-reset:" + accounts.emailHash(email), RESETS_PER_EMAIL)
                      .compose(wait -> wait > 0 ? Future.succeededFuture() : sendReset(person.get())))
              .onFailure(err -> LOG.log(Level.WARNING, "a password reset link could not be queued", err));
          return null;
        });
  }

  private Future<Void> sendReset(AccountTokens.Person person) {
    String token = AccountTokens.newToken();
    OffsetDateTime now = now();
    return repository.pool().withTransaction(tx -> tokens.issue(tx, token, person.id(), AccountTokens.PASSWORD_RESET,
            person.email(), now, now.plus(RESET_VALID))
        .compose(done -> mail.queue(tx, Mail.transactional(person.id(), person.email(), person.locale(),
            AccountMails.PASSWORD_RESET, new JsonObject().put("name", person.name()).put("token", token)))));
  }

  /**
   * A new password from a reset link: every session of the account ends, the other reset links
   * die, and the address the link came to counts as proven.
   */
  public Future<Void> confirmReset(LifecycleRequests.ResetConfirm reset, String address) {
    OffsetDateTime now = now();
    return accounts.hash(reset.password()).compose(hash -> repository.pool().withTransaction(tx ->
        tokens.use(tx, reset.token(), AccountTokens.PASSWORD_RESET, now)
            .compose(spent -> spent.isEmpty() ? Future.failedFuture(new Invalid("token", WRONG_LINK))
                : tokens.person(spent.get().accountId()))
            .compose(person -> person.isEmpty() ? Future.failedFuture(new Invalid("token", WRONG_LINK))
                : newPassword(tx, person.get(), reset.password(), hash, now, address))));
  }

  private Future<Void> newPassword(SqlClient tx, AccountTokens.Person person, String password, String hash, OffsetDateTime now,
                                   String address) {
    Optional<String> weakness = Passwords.weakness(password, person.email(), person.name());
    if (weakness.isPresent()) return Future.failedFuture(new Invalid("password", weakness.get()));
    UUID id = person.id();
    return tokens.setPassword(tx, id, hash, person.email(), now)
        .compose(done -> tokens.retire(tx, id, AccountTokens.PASSWORD_RESET, now))
        .compose(done -> tokens.endSessions(tx, id, null))
        .compose(ended -> events.sessionEnded(tx, id, null))
        .compose(done -> accounts.forgiveSignIns(tx, person.email()))
        .compose(done -> AuditLog.record(tx, id, AuditAction.ACCOUNT_PASSWORD_RESET, id, address, null))
        .compose(done -> passwordChangedMail(tx, person));
  }

  /** A signed-in person's new password: their other sessions end, this one stays. */
  public Future<Void> changePassword(Viewer viewer, LifecycleRequests.PasswordChange change, String address) {
    viewer.requireSignedIn();
    Optional<String> weakness = Passwords.weakness(change.password(), viewer.email(), viewer.name());
    if (weakness.isPresent()) return Future.failedFuture(new Invalid("password", weakness.get()));
    return confirmed(viewer, change.currentPassword(), "currentPassword", AuditAction.ACCOUNT_PASSWORD_CHANGE_REFUSED, address)
        .compose(ok -> accounts.hash(change.password()))
        .compose(hash -> repository.pool().withTransaction(tx -> tokens.setPassword(tx, viewer.id(), hash, null, now())
            .compose(done -> tokens.retire(tx, viewer.id(), AccountTokens.PASSWORD_RESET, now()))
            .compose(done -> tokens.endSessions(tx, viewer.id(), viewer.sessionId()))
            .compose(ended -> endStreams(tx, viewer.id(), ended))
            .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.ACCOUNT_PASSWORD_CHANGED, viewer.id(), address, null))
            .compose(done -> passwordChangedMail(tx, new AccountTokens.Person(viewer.id(), viewer.email(), viewer.name(),
                viewer.locale(), viewer.emailVerified())))));
  }

  /**
   * A signed-in person's new address: it is used once the link mailed to it is followed; the
   * old address is told at once, so a stolen session cannot take the account quietly.
   */
  public Future<Void> changeEmail(Viewer viewer, LifecycleRequests.EmailChange change, String address) {
    viewer.requireSignedIn();
    if (change.email().equals(viewer.email())) return Future.failedFuture(new Invalid("email", "is already your address"));
    return confirmed(viewer, change.password(), "password", AuditAction.AUTH_LOGIN_FAILED, address)
        .compose(ok -> repository.emailTaken(change.email()))
        .compose(taken -> taken ? accounts.<Void>emailTaken(address)
            : repository.pool().withTransaction(tx -> verification(tx, viewer.id(), change.email(), viewer.name(), viewer.locale())
                .compose(done -> mail.queue(tx, Mail.transactional(viewer.id(), viewer.email(), viewer.locale(),
                    AccountMails.EMAIL_CHANGED, new JsonObject().put("name", viewer.name()).put("newEmail", change.email()))))
                .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.ACCOUNT_EMAIL_CHANGE_REQUESTED, viewer.id(),
                    address, null))));
  }

  /** What the settings page shows of the address. */
  public Future<Status> status(Viewer viewer) {
    viewer.requireSignedIn();
    return tokens.pendingEmail(viewer.id(), now())
        .map(pending -> new Status(viewer.email(), viewer.emailVerified(), pending.filter(p -> !p.equals(viewer.email()))));
  }

  /** The password given again, checked as a sign-in is (and counted against the same limits). */
  private Future<Void> confirmed(Viewer viewer, String password, String field, AuditAction refusal, String address) {
    return accounts.checkPassword(viewer.email(), password, accounts.emailHash(viewer.email()), address, refusal)
        .compose(id -> id.filter(viewer.id()::equals).isPresent() ? Future.<Void>succeededFuture()
            : Future.failedFuture(new Invalid(field, "is wrong")));
  }

  private Future<Void> verification(SqlClient tx, UUID accountId, String email, String name, String locale) {
    String token = AccountTokens.newToken();
    OffsetDateTime now = now();
    return tokens.issue(tx, token, accountId, AccountTokens.VERIFY_EMAIL, email, now, now.plus(VERIFY_VALID))
        .compose(done -> mail.queue(tx, Mail.transactional(accountId, email, locale, AccountMails.VERIFY_EMAIL,
            new JsonObject().put("name", name).put("token", token))));
  }

  private Future<Void> passwordChangedMail(SqlClient tx, AccountTokens.Person person) {
    return mail.queue(tx, Mail.transactional(person.id(), person.email(), person.locale(), AccountMails.PASSWORD_CHANGED,
        new JsonObject().put("name", person.name())));
  }

  private Future<Void> endStreams(SqlClient tx, UUID accountId, List<UUID> sessions) {
    Future<Void> all = Future.succeededFuture();
    for (UUID session : sessions) all = all.compose(done -> events.sessionEnded(tx, accountId, session));
    return all;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
