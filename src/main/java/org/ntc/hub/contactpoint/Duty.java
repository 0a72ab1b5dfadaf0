package org.ntc.hub.contactpoint;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;

/** Who is on duty at a contact point now, by name. */
public record Duty(Site contactPoint, List<OnDuty> people) {

  /** A staff member on duty, and since when. */
  public record OnDuty(UUID id, String name, String title, OffsetDateTime since) {
    static OnDuty fromRow(Row row) {
      return new OnDuty(row.getUUID("id"), row.getString("name"), row.getString("title"), row.getOffsetDateTime("since"));
    }

    JsonObject toJson() {
      return new JsonObject().put("id", id.toString()).put("name", name).put("title", title).put("since", Times.rfc3339(since));
    }
  }

  boolean includes(UUID accountId) {
    return people.stream().anyMatch(p -> p.id().equals(accountId));
  }

  /** Also the payload of the event that tells every open page. */
  public JsonObject toJson() {
    return new JsonObject().put("contactPoint", contactPoint.id())
        .put("onDuty", new JsonArray(people.stream().map(OnDuty::toJson).toList()));
  }
}
