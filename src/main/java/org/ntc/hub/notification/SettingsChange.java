package org.ntc.hub.notification;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.FieldErrors;

/** Some of a person's notification settings, to change; the kinds not named keep what they have. */
public record SettingsChange(Map<NotificationKind, Delivery> changes) {
  static final Set<String> FIELDS = Set.of("settings");

  public static SettingsChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    Object value = body.getValue("settings");
    Map<NotificationKind, Delivery> changes = new LinkedHashMap<>();
    if (!(value instanceof JsonObject settings)) {
      errors.add("settings", value == null ? "is required" : "must be an object of kind: delivery");
    } else {
      for (String code : settings.fieldNames()) {
        Optional<NotificationKind> kind = Coded.find(NotificationKind.class, code).filter(NotificationKind::configurable);
        Object delivery = settings.getValue(code);
        Optional<Delivery> chosen = delivery instanceof String s ? Coded.find(Delivery.class, s) : Optional.empty();
        if (kind.isEmpty()) {
          errors.add("settings." + code, "is not a kind of notification one can choose for");
        } else if (chosen.isEmpty()) {
          errors.add("settings." + code, "must be one of immediately, daily, off");
        } else {
          changes.put(kind.get(), chosen.get());
        }
      }
    }
    errors.throwIfAny();
    return new SettingsChange(changes);
  }
}
