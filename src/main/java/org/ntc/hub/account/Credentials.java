package org.ntc.hub.account;

import io.vertx.core.json.JsonObject;
import org.ntc.hub.platform.FieldErrors;

/** A sign-in attempt. Only the shape is checked: any wrong value gets the same 401. */
public record Credentials(String email, String password) {
  public static Credentials from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    String email = errors.text(body, "email", 1, 254, true);
    String password = password(body, errors);
    errors.throwIfAny();
    return new Credentials(email.toLowerCase(), password);
  }

  /** The password a signed-in person gives again to confirm a step that cannot be undone. */
  public static String confirmation(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    String password = password(body, errors);
    errors.throwIfAny();
    return password;
  }

  private static String password(JsonObject body, FieldErrors errors) {
    Object password = body.getValue("password");
    if (password == null || "".equals(password)) errors.add("password", "is required");
    else if (!(password instanceof String)) errors.add("password", "must be a string");
    else if (((String) password).length() > Passwords.MAX_LENGTH) errors.add("password", "is too long");
    return password instanceof String text ? text : null;
  }

  @Override
  public String toString() {
    return "Credentials[hidden]";
  }
}
