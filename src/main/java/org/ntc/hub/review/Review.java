package org.ntc.hub.review;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;

/** A "we tried it" review with its author, their organisation, and the company's answer if there is one. */
public record Review(UUID id, UUID showcaseId, UUID showcaseOrganisationId, UUID authorId, String authorName,
                     UUID organisationId, String organisationName, String country, ReviewSetting setting,
                     ReviewDuration duration, String worked, String didNotWork, Recommendation recommend, String lang,
                     OffsetDateTime createdAt, OffsetDateTime updatedAt, String answer, String answeredByName,
                     OffsetDateTime answeredAt, String hiddenReason, OffsetDateTime hiddenAt) {

  static final String COLUMNS = """
      r.id, r.showcase_id, s.organisation_id AS showcase_organisation_id, r.author_id, a.name AS author_name,
      r.organisation_id, o.name AS organisation_name, o.country, r.setting, r.duration, r.worked, r.did_not_work,
      r.recommend, r.lang, r.created_at, r.updated_at, r.answer, b.name AS answered_by_name, r.answered_at,
      r.hidden_reason, r.hidden_at""";
  static final String FROM = """
      FROM showcase_review r JOIN showcase s ON s.id = r.showcase_id JOIN account a ON a.id = r.author_id
        JOIN organisation o ON o.id = r.organisation_id LEFT JOIN account b ON b.id = r.answered_by""";

  static Review fromRow(Row row) {
    return new Review(row.getUUID("id"), row.getUUID("showcase_id"), row.getUUID("showcase_organisation_id"),
        row.getUUID("author_id"), row.getString("author_name"), row.getUUID("organisation_id"), row.getString("organisation_name"),
        row.getString("country"), Coded.of(ReviewSetting.class, row.getString("setting")),
        Coded.of(ReviewDuration.class, row.getString("duration")), row.getString("worked"), row.getString("did_not_work"),
        Coded.of(Recommendation.class, row.getString("recommend")), row.getString("lang"), row.getOffsetDateTime("created_at"),
        row.getOffsetDateTime("updated_at"), row.getString("answer"), row.getString("answered_by_name"),
        row.getOffsetDateTime("answered_at"), row.getString("hidden_reason"), row.getOffsetDateTime("hidden_at"));
  }

  public boolean hidden() {
    return hiddenAt != null;
  }

  public boolean answered() {
    return answeredAt != null;
  }

  /** Its author, and staff, see a hidden review; everyone sees a shown one. */
  public boolean visibleTo(Viewer viewer) {
    return !hidden() || viewer.staff() || authorId.equals(viewer.id());
  }

  public boolean writtenBy(Viewer viewer) {
    return viewer.signedIn() && authorId.equals(viewer.id());
  }

  /** The review as the API gives it; why it is hidden only to its author and staff, who alone see it then. */
  public JsonObject toJson(Viewer viewer, String lang) {
    JsonObject json = new JsonObject().put("id", id.toString()).put("showcaseId", showcaseId.toString())
        .put("author", new JsonObject().put("name", authorName))
        .put("organisation", new JsonObject().put("id", organisationId.toString()).put("name", organisationName).put("country", country))
        .put("setting", setting.code()).put("settingLabel", I18n.text(lang, "review.setting." + setting.code()))
        .put("duration", duration.code()).put("durationLabel", I18n.text(lang, "review.duration." + duration.code()))
        .put("worked", worked).put("didNotWork", didNotWork)
        .put("recommend", recommend.code()).put("recommendLabel", I18n.text(lang, "review.recommend." + recommend.code()))
        .put("lang", this.lang).put("createdAt", Times.rfc3339(createdAt)).put("updatedAt", Times.rfc3339(updatedAt))
        .put("mine", writtenBy(viewer));
    json.put("answer", answered() ? new JsonObject().put("text", answer).put("answeredAt", Times.rfc3339(answeredAt))
        .put("by", answeredByName) : null);
    json.put("hidden", hidden() ? new JsonObject().put("reason", hiddenReason).put("hiddenAt", Times.rfc3339(hiddenAt)) : null);
    return json;
  }
}
