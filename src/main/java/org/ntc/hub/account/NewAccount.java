package org.ntc.hub.account;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;

/** A registration: checked here, at the edge, field by field. */
public record NewAccount(String email, String password, String name, String locale) {
  private static final Set<String> FIELDS = Set.of("email", "password", "name", "locale");

  public static NewAccount from(JsonObject body, String fallbackLocale) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String email = errors.email(body, "email", true);
    String name = errors.text(body, "name", 1, 120, true);
    String locale = errors.oneOf(body, "locale", Set.copyOf(I18n.LANGUAGES), false);
    String password = null;
    Object raw = body.getValue("password");
    if (raw == null) {
      errors.add("password", "is required");
    } else if (!(raw instanceof String s)) {
      errors.add("password", "must be a string");
    } else {
      password = s;
      Passwords.weakness(s, email, name).ifPresent(why -> errors.add("password", why));
    }
    errors.throwIfAny();
    return new NewAccount(email, password, name, locale == null ? fallbackLocale : locale);
  }

  @Override
  public String toString() {
    return "NewAccount[" + name + "]";
  }
}
