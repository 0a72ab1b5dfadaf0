package org.ntc.hub.account;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Tokens;
import org.ntc.hub.platform.TooManyAttempts;
import org.ntc.hub.platform.Unauthenticated;
import org.ntc.hub.platform.Viewer;

/** Registration, sign-in and out, one's own data, and staff grants. */
public final class AccountService {
  static final int FAILURE_WINDOW_SECONDS = 15 * 60;
  static final int MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
  static final int MAX_FAILURES_PER_ADDRESS = 50;
  static final int MAX_REGISTRATIONS_PER_ADDRESS_AND_HOUR = 100;
  public static final String BOOTSTRAP_ADMIN_NAME = "Administrator";
  private static final String WRONG_CREDENTIALS = "The email or password is wrong";

  private final Vertx vertx;
  private final AccountRepository accounts;
  private final Tokens tokens;
  private final byte[] failureKey;

  public record SignedIn(String token, int expiresIn) {
    public JsonObject toJson() {
      return new JsonObject().put("accessToken", token).put("tokenType", "Bearer").put("expiresIn", expiresIn);
    }
  }

  public AccountService(Vertx vertx, AccountRepository accounts, Tokens tokens, String signingSecret) {
    this.vertx = vertx;
    this.accounts = accounts;
    this.tokens = tokens;
    this.failureKey = signingSecret.getBytes(StandardCharsets.UTF_8);
  }

  public Future<JsonObject> register(NewAccount account, String address) {
    UUID id = UUID.randomUUID();
    return accounts.recentRegistrationsFrom(address)
        .compose(recent -> recent >= MAX_REGISTRATIONS_PER_ADDRESS_AND_HOUR
            ? Future.failedFuture(new TooManyAttempts("Too many new accounts from this address; try again later", 3600))
            : accounts.emailTaken(account.email()))
        .compose(taken -> taken ? Future.failedFuture(emailTaken()) : hash(account.password()))
        .compose(hash -> accounts.pool().withTransaction(tx -> accounts.insert(tx, id, account.email(), hash, account.name(),
                account.locale(), false)
            .compose(done -> AuditLog.record(tx, id, "account.registered", "account", id, address, null))))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? emailTaken() : err))
        .map(done -> new JsonObject().put("id", id.toString()).put("email", account.email()).put("name", account.name())
            .put("roles", new JsonArray().add("citizen")));
  }

  /** Creates the bootstrap admin unless an account with that email exists; never changes a password. */
  public Future<Boolean> ensureAdmin(String email, String password) {
    String normalised = email.trim().toLowerCase();
    UUID id = UUID.randomUUID();
    return accounts.emailTaken(normalised).compose(taken -> taken ? Future.succeededFuture(false)
        : hash(password).compose(hash -> accounts.pool().withTransaction(tx ->
                accounts.insert(tx, id, normalised, hash, BOOTSTRAP_ADMIN_NAME, "en", true)
                    .compose(done -> AuditLog.record(tx, null, "admin.bootstrapped", "account", id, null, null))))
            .map(true));
  }

  public Future<SignedIn> login(Credentials credentials, String address) {
    String emailHash = emailHash(credentials.email());
    return throttle(emailHash, address)
        .compose(ok -> accounts.credentials(credentials.email()))
        .compose(found -> {
          String hash = found.map(r -> r.getString("password_hash")).orElse(null);
          return vertx.executeBlocking(() -> Passwords.verifyOrDecoy(credentials.password(), hash), false)
              .compose(matches -> matches && found.isPresent()
                  ? startSession(found.get().getUUID("id"), emailHash, address)
                  : failed(found.map(r -> r.getUUID("id")), emailHash, address));
        });
  }

  public Future<Void> logout(Viewer viewer, String address) {
    viewer.requireSignedIn();
    return accounts.pool().withTransaction(tx -> accounts.deleteSession(tx, viewer.sessionId())
        .compose(done -> AuditLog.record(tx, viewer.id(), "auth.logout", "account", viewer.id(), address, null)));
  }

  public Future<JsonObject> me(Viewer viewer) {
    viewer.requireSignedIn();
    return accounts.byId(viewer.id()).map(account -> meJson(viewer, account));
  }

  public Future<JsonObject> updateProfile(Viewer viewer, ProfileChange change) {
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
    }).compose(done -> accounts.byId(viewer.id())).map(account -> meJson(viewer, account));
  }

  /** Everything stored about the person, as one JSON document. */
  public Future<JsonObject> export(Viewer viewer) {
    viewer.requireSignedIn();
    return Future.all(accounts.byId(viewer.id()), accounts.memberships(viewer.id()), accounts.sessions(viewer.id()),
            accounts.actions(viewer.id()), accounts.activityElsewhere(viewer.id()))
        .map(all -> {
          Account account = all.resultAt(0);
          return new JsonObject()
              .put("exportedAt", OffsetDateTime.now().toString())
              .put("account", new JsonObject().put("id", account.id().toString()).put("email", account.email())
                  .put("name", account.name()).put("locale", account.locale()).put("createdAt", account.createdAt().toString())
                  .put("admin", account.admin()).put("staffContactPoint", account.staffContactPoint().orElse(null)))
              .put("profile", account.profileJson())
              .put("organisations", new JsonArray(all.<java.util.List<JsonObject>>resultAt(1)))
              .put("sessions", new JsonArray(all.<java.util.List<JsonObject>>resultAt(2)))
              .put("activity", new JsonArray(all.<java.util.List<JsonObject>>resultAt(3)))
              .mergeIn(all.<JsonObject>resultAt(4));
        });
  }

  /** Erases the person: name, email and credentials go; what they published stays, unattributed. */
  public Future<Void> erase(Viewer viewer, String address) {
    viewer.requireSignedIn();
    return accounts.pool().withTransaction(tx -> accounts.erase(tx, viewer.id())
        .compose(done -> AuditLog.record(tx, viewer.id(), "account.erased", "account", viewer.id(), null, null)));
  }

  public Future<JsonObject> grantStaff(Viewer viewer, UUID userId, String contactPoint, String address) {
    viewer.requireAdmin();
    return accounts.pool().withTransaction(tx -> accounts.setStaff(tx, userId, contactPoint)
            .compose(done -> AuditLog.record(tx, viewer.id(), "staff.granted", "account", userId, address,
                new JsonObject().put("contactPoint", contactPoint))))
        .compose(done -> staffJson(userId));
  }

  public Future<Void> revokeStaff(Viewer viewer, UUID userId, String address) {
    viewer.requireAdmin();
    return accounts.pool().withTransaction(tx -> accounts.setStaff(tx, userId, null)
        .compose(done -> AuditLog.record(tx, viewer.id(), "staff.revoked", "account", userId, address, null)));
  }

  /** A person's profile as this viewer may see it: each field by the person's own choice. */
  public Future<JsonObject> profile(UUID id, Viewer viewer) {
    return Future.all(accounts.byId(id), accounts.memberships(id)).map(all -> {
      Account account = all.resultAt(0);
      boolean self = id.equals(viewer.id());
      JsonObject json = new JsonObject().put("id", id.toString());
      JsonObject visibility = account.visibility();
      if (visible("name", visibility, viewer, self)) json.put("name", account.name());
      if (visible("title", visibility, viewer, self)) json.put("title", account.title());
      if (visible("expertise", visibility, viewer, self)) json.put("expertise", account.expertise());
      if (visible("languages", visibility, viewer, self)) json.put("languages", new JsonArray(account.languages()));
      if (visible("organisations", visibility, viewer, self)) {
        JsonArray orgs = new JsonArray();
        all.<java.util.List<JsonObject>>resultAt(1).stream()
            .filter(o -> o.getBoolean("verified") || viewer.staff() || viewer.memberOf(UUID.fromString(o.getString("id"))))
            .forEach(orgs::add);
        json.put("organisations", orgs);
      }
      if (json.size() == 1 && !viewer.staff()) throw new NotFound("person", id);
      return json;
    });
  }

  private static boolean visible(String field, JsonObject visibility, Viewer viewer, boolean self) {
    if (self || viewer.staff()) return true;
    String level = visibility.getString(field, "members");
    return level.equals("public") || (level.equals("members") && viewer.centreMember());
  }

  private Future<JsonObject> staffJson(UUID userId) {
    return accounts.byId(userId).map(account -> new JsonObject().put("id", account.id().toString())
        .put("name", account.name()).put("email", account.email())
        .put("contactPoint", account.staffContactPoint().orElse(null)));
  }

  private JsonObject meJson(Viewer viewer, Account account) {
    JsonArray organisations = new JsonArray();
    viewer.memberships().forEach(m -> organisations.add(new JsonObject().put("id", m.organisationId().toString())
        .put("name", m.organisationName()).put("type", m.type()).put("role", m.role()).put("verified", m.verified())));
    JsonObject json = new JsonObject()
        .put("id", account.id().toString())
        .put("email", account.email())
        .put("name", account.name())
        .put("locale", account.locale())
        .put("roles", new JsonArray(viewer.roles()))
        .put("organisations", organisations)
        .put("profile", account.profileJson());
    account.staffContactPoint().ifPresent(cp -> json.put("contactPoint", cp));
    return json;
  }

  private Future<Void> throttle(String emailHash, String address) {
    return Future.all(accounts.recentFailures(emailHash, address, FAILURE_WINDOW_SECONDS),
            accounts.recentFailuresFrom(address, FAILURE_WINDOW_SECONDS))
        .compose(all -> {
          AccountRepository.Failures forAccount = all.resultAt(0);
          AccountRepository.Failures fromAddress = all.resultAt(1);
          if (forAccount.count() >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS) return Future.failedFuture(tooMany(forAccount));
          if (fromAddress.count() >= MAX_FAILURES_PER_ADDRESS) return Future.failedFuture(tooMany(fromAddress));
          return Future.succeededFuture();
        });
  }

  private static TooManyAttempts tooMany(AccountRepository.Failures failures) {
    long wait = Duration.between(OffsetDateTime.now(), failures.oldest().plusSeconds(FAILURE_WINDOW_SECONDS)).toSeconds();
    return new TooManyAttempts("Too many failed sign-ins; try again later", Math.max(1, wait));
  }

  private Future<SignedIn> startSession(UUID accountId, String emailHash, String address) {
    UUID sessionId = UUID.randomUUID();
    return accounts.pool().withTransaction(tx -> accounts.insertSession(tx, sessionId, accountId, Tokens.LIFETIME_SECONDS)
            .compose(done -> accounts.clearFailures(tx, emailHash, address))
            .compose(done -> AuditLog.record(tx, accountId, "auth.login", "account", accountId, address, null)))
        .map(done -> new SignedIn(tokens.issue(accountId, sessionId), Tokens.LIFETIME_SECONDS));
  }

  private Future<SignedIn> failed(Optional<UUID> accountId, String emailHash, String address) {
    Future<Void> audit = accountId
        .map(id -> AuditLog.record(accounts.pool(), id, "auth.login-failed", "account", id, address, null))
        .orElse(Future.succeededFuture());
    return Future.all(accounts.recordFailure(emailHash, address), audit)
        .compose(done -> Future.failedFuture(new Unauthenticated(WRONG_CREDENTIALS)));
  }

  private Future<String> hash(String password) {
    return vertx.executeBlocking(() -> Passwords.hash(password), false);
  }

  private String emailHash(String email) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(failureKey, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(email.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Conflict emailTaken() {
    return new Conflict("An account with this email already exists");
  }
}
