package org.ntc.hub.group;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** A post with open reports, as moderators see it: where it is, what it says and why people reported it. */
public record ReportedPost(GroupPost post, UUID groupId, Localised groupName, String threadTitle, List<String> reasons,
                           OffsetDateTime firstReportedAt) {
  static ReportedPost fromRow(Row row) {
    String[] reasons = row.getArrayOfStrings("reasons");
    return new ReportedPost(GroupPost.fromRow(row), row.getUUID("group_id"), Localised.of(row.getJsonObject("group_name")),
        row.getString("thread_title"), reasons == null ? List.of() : Arrays.asList(reasons),
        row.getOffsetDateTime("first_reported_at"));
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("post", post.toJson()).put("groupId", groupId.toString()).put("groupName", groupName.in(lang))
        .put("threadTitle", threadTitle).put("reasons", new JsonArray(reasons))
        .put("firstReportedAt", Times.rfc3339(firstReportedAt));
  }
}
