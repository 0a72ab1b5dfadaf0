package org.ntc.hub.account;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** The requests of the account lifecycle, each checked at the edge field by field; passwords are never printed. */
final class LifecycleRequests {
  private LifecycleRequests() {}

  /** A single-use token from a mailed link. Its shape is all that is checked here; the service knows if it is real. */
  record TokenUse(String token) {
    static TokenUse from(JsonObject body) {
      FieldErrors errors = new FieldErrors();
      errors.onlyKnown(body, Set.of("token"));
      String token = tokenOf(body, errors);
      errors.throwIfAny();
      return new TokenUse(token);
    }
  }

  /** "I forgot my password": the address a link should go to, if an account has it. */
  record ResetRequest(String email) {
    static ResetRequest from(JsonObject body) {
      FieldErrors errors = new FieldErrors();
      errors.onlyKnown(body, Set.of("email"));
      String email = errors.email(body, "email", true);
      errors.throwIfAny();
      return new ResetRequest(email);
    }
  }

  /** A new password, with the token from the reset mail. */
  record ResetConfirm(String token, String password) {
    static ResetConfirm from(JsonObject body) {
      FieldErrors errors = new FieldErrors();
      errors.onlyKnown(body, Set.of("token", "password"));
      String token = tokenOf(body, errors);
      String password = newPassword(body, "password", errors);
      errors.throwIfAny();
      return new ResetConfirm(token, password);
    }

    @Override
    public String toString() {
      return "ResetConfirm[hidden]";
    }
  }

  /** A signed-in person's new password, given with the one they have now. */
  record PasswordChange(String currentPassword, String password) {
    static PasswordChange from(JsonObject body) {
      FieldErrors errors = new FieldErrors();
      errors.onlyKnown(body, Set.of("currentPassword", "password"));
      String current = given(body, "currentPassword", errors);
      String password = newPassword(body, "password", errors);
      errors.throwIfAny();
      return new PasswordChange(current, password);
    }

    @Override
    public String toString() {
      return "PasswordChange[hidden]";
    }
  }

  /** A signed-in person's new address, with their password. */
  record EmailChange(String email, String password) {
    static EmailChange from(JsonObject body) {
      FieldErrors errors = new FieldErrors();
      errors.onlyKnown(body, Set.of("email", "password"));
      String email = errors.email(body, "email", true);
      String password = given(body, "password", errors);
      errors.throwIfAny();
      return new EmailChange(email, password);
    }

    @Override
    public String toString() {
      return "EmailChange[" + email + "]";
    }
  }

  private static String tokenOf(JsonObject body, FieldErrors errors) {
    Object token = body.getValue("token");
    if (token == null || "".equals(token)) errors.add("token", "is required");
    else if (!(token instanceof String text) || text.length() > 200) errors.add("token", "is not a valid link");
    return token instanceof String text && text.length() <= 200 ? text : null;
  }

  private static String given(JsonObject body, String field, FieldErrors errors) {
    Object password = body.getValue(field);
    if (password == null || "".equals(password)) errors.add(field, "is required");
    else if (!(password instanceof String text)) errors.add(field, "must be a string");
    else if (text.length() > Passwords.MAX_LENGTH) errors.add(field, "is too long");
    return password instanceof String text && text.length() <= Passwords.MAX_LENGTH ? text : null;
  }

  private static String newPassword(JsonObject body, String field, FieldErrors errors) {
    Object raw = body.getValue(field);
    if (raw == null) {
      errors.add(field, "is required");
      return null;
    }
    if (!(raw instanceof String password)) {
      errors.add(field, "must be a string");
      return null;
    }
    Passwords.weakness(password, null, null).ifPresent(why -> errors.add(field, why));
    return password;
  }
}
