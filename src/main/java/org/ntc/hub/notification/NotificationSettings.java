package org.ntc.hub.notification;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** How a person hears of each configurable kind of notification: what they chose, else the kind's default. */
public record NotificationSettings(Map<NotificationKind, Delivery> chosen) {

  /** The kinds a person chooses for; the others always reach them at once. */
  public static List<NotificationKind> configurable() {
    return Arrays.stream(NotificationKind.values()).filter(NotificationKind::configurable).toList();
  }

  public Delivery of(NotificationKind kind) {
    return chosen.getOrDefault(kind, kind.byDefault());
  }

  /** The kinds that now come in the daily digest. */
  public List<NotificationKind> daily() {
    return configurable().stream().filter(kind -> of(kind) == Delivery.DAILY).toList();
  }

  /** {@code {"settings": {"showcase.published": "immediately", …}}}, every configurable kind with its effective value. */
  public JsonObject toJson() {
    JsonObject settings = new JsonObject();
    configurable().forEach(kind -> settings.put(kind.code(), of(kind).code()));
    return new JsonObject().put("settings", settings);
  }
}
