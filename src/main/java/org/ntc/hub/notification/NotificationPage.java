package org.ntc.hub.notification;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.Paging;

/** One page of a person's notifications, newest first, with how many they have and how many are unread. */
public record NotificationPage(List<Notification> items, long total, long unread, Paging paging) {

  public JsonObject toJson(String lang) {
    return paging.page(items.stream().map(n -> n.toJson(lang)).toList(), total).put("unread", unread);
  }
}
