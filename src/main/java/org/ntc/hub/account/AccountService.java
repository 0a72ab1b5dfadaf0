package org.ntc.hub.account;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ntc.hub.platform.Secrets;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.platform.AttemptLimits;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Role;
import org.ntc.hub.platform.Tokens;
import org.ntc.hub.platform.Unauthenticated;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;

/** Registration, sign-in and out, one's own data, and staff grants. */
public final class AccountService {
  private final Clock clock;
  /** Sign-in guesses at one account from one address: five per 15 minutes, then 15 minutes' wait. */
  static final AttemptLimits.Limit PER_ACCOUNT_AND_ADDRESS = new AttemptLimits.Limit(15 * 60, 5, 15 * 60, 15 * 60);
  /** Sign-in attempts from one address, whatever the account. */
  static final AttemptLimits.Limit PER_ADDRESS = new AttemptLimits.Limit(15 * 60, 50, 15 * 60, 15 * 60);
  /**
   * Guesses at one account from everywhere, for attackers with many addresses. The lock is short
   * (one minute, doubling while the guessing goes on, at most five) and does not apply where the
   * account has signed in before, so its owner is not shut out.
   */
  static final AttemptLimits.Limit PER_ACCOUNT = new AttemptLimits.Limit(15 * 60, 20, 60, 5 * 60);
  static final AttemptLimits.Limit REGISTRATIONS_PER_ADDRESS = new AttemptLimits.Limit(3600, 100, 3600, 3600);
  /** "This email has an account" tells who is registered: few such answers per address and hour. */
  public static final AttemptLimits.Limit EMAIL_TAKEN_ANSWERS_PER_ADDRESS = new AttemptLimits.Limit(3600, 10, 3600, 3600);
  public static final String BOOTSTRAP_ADMIN_NAME = "Administrator";
  private static final String WRONG_CREDENTIALS = "The email or password is wrong";
  private static final String TOO_MANY_SIGN_INS = "Too many failed sign-ins; try again later";
  private static final String TOO_MANY_REGISTRATIONS = "Too many new accounts from this address; try again later";

  private final AccountRepository accounts;
  private final AttemptLimits limits;
  private final PasswordHashing hashing;
  private final Tokens tokens;
  private final EventLog events;
  private final byte[] failureKey;

  /** What another feature holds of a person that must go when they erase their account, in the erasure's transaction. */
  public interface Departure {
    Future<Void> leave(SqlClient tx, UUID accountId);
  }

  private Departure departure = (tx, accountId) -> Future.succeededFuture();

  /** What else a registration brings, in its transaction: the mail with the link that proves the address. */
  public interface Arrival {
    Future<Void> arrived(SqlClient tx, UUID accountId, String email, String name, String locale);
  }

  private Arrival arrival = (tx, accountId, email, name, locale) -> Future.succeededFuture();
  private final ExportSections exports = new ExportSections();

  public record SignedIn(String token, int expiresIn) {
    public JsonObject toJson() {
      return new JsonObject().put("accessToken", token).put("tokenType", "Bearer").put("expiresIn", expiresIn);
    }
  }

  /** A new account: every one starts as a citizen. */
  public record Registered(UUID id, String email, String name) {
    public JsonObject toJson() {
      return new JsonObject().put("id", id.toString()).put("email", email).put("name", name)
          .put("roles", new JsonArray().add(Role.CITIZEN.code()));
    }
  }

  public AccountService(Vertx vertx, AccountRepository accounts, Tokens tokens, EventLog events, String signingSecret,
                        Clock clock) {
    this.clock = clock;
    this.accounts = accounts;
    this.limits = new AttemptLimits(accounts.pool());
    this.hashing = new PasswordHashing(vertx);
    this.tokens = tokens;
    this.events = events;
    this.failureKey = signingSecret.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * One more feature's departure. It adds to those already told, never replaces them, so the order
   * in which features are wired cannot silently drop one; the same as {@link #alsoOnErase}.
   */
  public AccountService onErase(Departure departure) {
    return alsoOnErase(departure);
  }

  /**
   * Registers a citizen. Every attempt counts against the address's hourly limit before anything
   * is looked up, and answers that an email is taken have a small limit of their own; once that is
   * reached the address hears 429 for every registration, so it cannot go on telling registered
   * emails from others.
   */
  public Future<Registered> register(NewAccount account, String address) {
    UUID id = UUID.randomUUID();
    return limits.requireUnlocked(emailTakenKey(address), TOO_MANY_REGISTRATIONS)
        .compose(ok -> limits.require("register:" + address, REGISTRATIONS_PER_ADDRESS, TOO_MANY_REGISTRATIONS))
        .compose(ok -> accounts.emailTaken(account.email()))
        .compose(taken -> taken ? emailTaken(address) : hash(account.password()))
        .compose(hash -> accounts.pool().withTransaction(tx -> accounts.insert(tx, id, account.email(), hash, account.name(),
                account.locale(), false, false)
            .compose(done -> AuditLog.record(tx, id, AuditAction.ACCOUNT_REGISTERED, id, address, null))
            .compose(done -> arrival.arrived(tx, id, account.email(), account.name(), account.locale()))))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? emailTaken() : err))
        .map(done -> new Registered(id, account.email(), account.name()));
  }

  <T> Future<T> emailTaken(String address) {
    return limits.require(emailTakenKey(address), EMAIL_TAKEN_ANSWERS_PER_ADDRESS, TOO_MANY_REGISTRATIONS)
        .compose(ok -> Future.failedFuture(emailTaken()));
  }

  /** Creates the bootstrap admin unless an account with that email exists; never changes a password. */
  public Future<Boolean> ensureAdmin(String email, String password) {
    String normalised = email.trim().toLowerCase();
    UUID id = UUID.randomUUID();
    return accounts.emailTaken(normalised).compose(taken -> taken ? Future.succeededFuture(false)
        : hash(password).compose(hash -> accounts.pool().withTransaction(tx ->
                accounts.insert(tx, id, normalised, hash, BOOTSTRAP_ADMIN_NAME, "en", true, true)
                    .compose(done -> AuditLog.record(tx, null, AuditAction.ADMIN_BOOTSTRAPPED, id, null, null))))
            .map(true));
  }

  public Future<SignedIn> login(Credentials credentials, String address) {
    String emailHash = emailHash(credentials.email());
    return checkPassword(credentials.email(), credentials.password(), emailHash, address, AuditAction.AUTH_LOGIN_FAILED)
        .compose(accountId -> accountId.isPresent() ? startSession(accountId.get(), emailHash, address)
            : Future.failedFuture(new Unauthenticated(WRONG_CREDENTIALS)));
  }

  /**
   * The account whose password this is, or empty (the failure counted and audited). The attempt
   * is admitted by the limits before any hashing, so parallel guesses cannot outrun them.
   */
  Future<Optional<UUID>> checkPassword(String email, String password, String emailHash, String address,
                                               AuditAction failureAction) {
    return admit(emailHash, address)
        .compose(ok -> accounts.credentials(email))
        .compose(found -> {
          Optional<UUID> accountId = found.map(AccountRepository.StoredPassword::accountId);
          String hash = found.map(AccountRepository.StoredPassword::hash).orElse(null);
          return hashing.run(() -> Passwords.verifyOrDecoy(password, hash))
              .compose(matches -> matches && accountId.isPresent() ? Future.succeededFuture(accountId)
                  : failed(accountId, address, failureAction));
        });
  }

  /** Counts the attempt: per account and address, per address, and per account unless the owner has signed in from here. */
  private Future<Void> admit(String emailHash, String address) {
    return limits.require(pairKey(emailHash, address), PER_ACCOUNT_AND_ADDRESS, TOO_MANY_SIGN_INS)
        .compose(ok -> limits.require(addressKey(address), PER_ADDRESS, TOO_MANY_SIGN_INS))
        .compose(ok -> accounts.signedInFrom(emailHash, addressHash(address)))
        .compose(known -> known ? Future.succeededFuture()
            : limits.require(accountKey(emailHash), PER_ACCOUNT, TOO_MANY_SIGN_INS));
  }

  public Future<Void> logout(Viewer viewer, String address) {
    viewer.requireSignedIn();
    return accounts.pool().withTransaction(tx -> accounts.deleteSession(tx, viewer.sessionId())
        .compose(done -> events.sessionEnded(tx, viewer.id(), viewer.sessionId()))
        .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.AUTH_LOGOUT, viewer.id(), address, null)));
  }

  public Future<Me> me(Viewer viewer) {
    viewer.requireSignedIn();
    return accounts.byId(viewer.id()).map(account -> Me.of(viewer, account));
  }

  public Future<Me> updateProfile(Viewer viewer, ProfileChange change) {
    viewer.requireSignedIn();
    return accounts.byId(viewer.id()).compose(current -> {
      JsonObject visibility = current.visibility().copy();
      if (change.visibility() != null) visibility.mergeIn(change.visibility());
      return accounts.updateProfile(accounts.pool(), viewer.id(),
          change.has("name") ? change.name() : current.name(),
          change.has("title") ? change.title() : current.title(),
          change.has("expertise") ? change.expertise() : current.expertise(),
          change.has("languages") ? change.languages() : current.languages(),
          change.locale() != null ? change.locale() : current.locale(),
          visibility);
    }).compose(done -> me(viewer));
  }

  /** Everything stored about the person, as one JSON document. */
  public Future<PersonalData> export(Viewer viewer) {
    viewer.requireSignedIn();
    UUID id = viewer.id();
    Future<Account> account = accounts.byId(id);
    Future<List<Viewer.Membership>> organisations = accounts.memberships(id);
    Future<List<PersonalData.Session>> sessions = accounts.sessions(id);
    Future<List<PersonalData.Action>> activity = accounts.actions(id);
    Future<PersonalData.Elsewhere> elsewhere = accounts.activityElsewhere(id);
    Future<java.util.Map<String, List<JsonObject>>> participation = exports.after(accounts.participation(id), id);
    return Future.all(account, organisations, sessions, activity, elsewhere, participation)
        .map(all -> new PersonalData(OffsetDateTime.now(clock), account.result(), organisations.result(), sessions.result(),
            activity.result(), elsewhere.result(), participation.result()));
  }

  /**
   * Erases the person once they give their password again (a token alone is not enough): their
   * places in trainings to come are given up as cancellations are, then name, email, credentials
   * and sign-in traces go; what they published stays, unattributed. All in one transaction.
   */
  public Future<Void> erase(Viewer viewer, String password, String address) {
    viewer.requireSignedIn();
    String emailHash = emailHash(viewer.email());
    return checkPassword(viewer.email(), password, emailHash, address, AuditAction.ACCOUNT_ERASE_REFUSED)
        .compose(accountId -> accountId.filter(viewer.id()::equals).isPresent() ? Future.<Void>succeededFuture()
            : Future.failedFuture(new Forbidden("The password is wrong; nothing was erased")))
        .compose(confirmed -> accounts.pool().withTransaction(tx -> departing(tx, viewer.id())
            .compose(done -> accounts.erase(tx, viewer.id()))
            // After the erasure, which removes the account's private events, or this one would go too.
            .compose(done -> events.sessionEnded(tx, viewer.id(), null))
            .compose(done -> limits.clear(tx, List.of(pairKey(emailHash, address), accountKey(emailHash))))
            .compose(done -> accounts.forgetSignIns(tx, emailHash))
            .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.ACCOUNT_ERASED, viewer.id(), null, null))));
  }

  /** A person's profile as this viewer may see it: each field by the person's own choice. */
  public Future<Profile> profile(UUID id, Viewer viewer) {
    Future<Account> account = accounts.byId(id);
    Future<List<Viewer.Membership>> memberships = accounts.memberships(id);
    return Future.all(account, memberships).map(all -> {
      boolean self = id.equals(viewer.id());
      Set<String> shown = ProfileChange.FIELDS_WITH_VISIBILITY.stream()
          .filter(field -> self || viewer.staff() || account.result().visibilityOf(field).shows(viewer))
          .collect(Collectors.toUnmodifiableSet());
      List<Viewer.Membership> organisations = memberships.result().stream()
          .filter(m -> m.verified() || viewer.staff() || viewer.memberOf(m.organisationId()))
          .toList();
      Profile profile = new Profile(account.result(), organisations, shown);
      if (profile.showsNothing() && !viewer.staff()) throw new NotFound("person", id);
      return profile;
    });
  }

  private Future<SignedIn> startSession(UUID accountId, String emailHash, String address) {
    UUID sessionId = UUID.randomUUID();
    // An account erased since its password was checked gets no session, and its sign-in fails as a wrong one does.
    return accounts.pool().withTransaction(tx -> accounts.insertSession(tx, sessionId, accountId, Tokens.LIFETIME_SECONDS)
            .compose(made -> made ? signedIn(tx, emailHash, address) : Future.failedFuture(new Unauthenticated(WRONG_CREDENTIALS)))
            .compose(done -> AuditLog.record(tx, accountId, AuditAction.AUTH_LOGIN, accountId, address, null)))
        .map(done -> new SignedIn(tokens.issue(accountId, sessionId), Tokens.LIFETIME_SECONDS));
  }

  /** The right password lifts the account's limits and makes this address one the owner uses. */
  private Future<Void> signedIn(SqlClient tx, String emailHash, String address) {
    return limits.clear(tx, List.of(pairKey(emailHash, address), accountKey(emailHash)))
        .compose(done -> limits.forgive(tx, addressKey(address)))
        .compose(done -> accounts.rememberSignIn(tx, emailHash, addressHash(address)));
  }

  private Future<Optional<UUID>> failed(Optional<UUID> accountId, String address, AuditAction action) {
    Future<Void> audit = accountId
        .map(id -> AuditLog.record(accounts.pool(), id, action, id, address, null))
        .orElse(Future.succeededFuture());
    return Future.all(audit, limits.forgetOld(), accounts.forgetOldSignIns()).map(done -> Optional.empty());
  }

  private static String pairKey(String emailHash, String address) {
    return "sign-in:" + emailHash + ":" + address;
  }

  private static String addressKey(String address) {
    return "sign-in-from:" + address;
  }

  private static String accountKey(String emailHash) {
    return "sign-in:" + emailHash;
  }

  private static String emailTakenKey(String address) {
    return "email-taken:" + address;
  }

  Future<String> hash(String password) {
    return hashing.run(() -> Passwords.hash(password));
  }

  String emailHash(String email) {
    return keyedHash("email\n" + email);
  }

  private String addressHash(String address) {
    return keyedHash("address\n" + address);
  }

  private String keyedHash(String text) {
    return HexFormat.of().formatHex(Secrets.hmacSha256(failureKey, text));
  }


  private static Conflict emailTaken() {
    return new Conflict("An account with this email already exists");
  }

  /** More features' departures, after those already told, in the order given: each runs in the erasure's transaction. */
  public AccountService alsoOnErase(Departure... more) {
    for (Departure next : more) {
      Departure first = departure;
      departure = (tx, accountId) -> first.leave(tx, accountId).compose(done -> next.leave(tx, accountId));
    }
    return this;
  }

  /** One more feature's lists in the export, each under its key. */
  public AccountService alsoExport(java.util.function.Function<UUID, Future<java.util.Map<String, List<JsonObject>>>> lists) {
    exports.add(lists);
    return this;
  }

  /** Every feature's departure, in the order they were wired, in the erasure's transaction. */
  Future<Void> departing(SqlClient tx, UUID accountId) {
    return departure.leave(tx, accountId);
  }

  /** One more thing a registration does in its transaction. */
  public AccountService onArrival(Arrival arrival) {
    this.arrival = arrival;
    return this;
  }

  /** A new password lifts the account's sign-in locks, as a right password does. */
  Future<Void> forgiveSignIns(SqlClient tx, String email) {
    return limits.clear(tx, List.of(accountKey(emailHash(email))));
  }

  AttemptLimits limits() {
    return limits;
  }
}
