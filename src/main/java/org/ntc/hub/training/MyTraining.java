package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;

/** One of a person's enrolments, with the training's title and times. */
public record MyTraining(UUID trainingId, PoolSite site, EnrolmentStatus status, boolean attended, Localised title,
                         Site contactPoint, OffsetDateTime startsAt, OffsetDateTime endsAt, TrainingStatus trainingStatus,
                         OffsetDateTime offerExpiresAt) {

  static MyTraining fromRow(Row row) {
    return new MyTraining(row.getUUID("training_id"), Coded.of(PoolSite.class, row.getString("site")),
        Coded.of(EnrolmentStatus.class, row.getString("status")), row.getOffsetDateTime("attended_at") != null,
        Localised.of(row.getJsonObject("title")), Site.of(row.getString("contact_point")),
        row.getOffsetDateTime("starts_at"), row.getOffsetDateTime("ends_at"),
        Coded.of(TrainingStatus.class, row.getString("training_status")), row.getOffsetDateTime("offer_expires_at"));
  }

  public boolean cancelled() {
    return trainingStatus == TrainingStatus.CANCELLED;
  }

  /** A seat offered to the person, still to be accepted by {@link #offerExpiresAt()}. */
  public boolean offered() {
    return status == EnrolmentStatus.OFFERED && !cancelled();
  }

  /** Until when the offered seat can be accepted, in the reader's language and the contact point's zone. */
  public String offerDeadline(String lang) {
    return offerExpiresAt == null ? null : Times.shown(offerExpiresAt, contactPoint.zone(), lang);
  }

  /** The enrolment's state in the reader's language; a cancelled training says so instead. */
  public String statusLabel(String lang) {
    return cancelled() ? I18n.text(lang, "training.cancelledShort") : status.label(lang);
  }

  /** Times in the training's contact point's zone, as on the training itself. */
  JsonObject toJson() {
    JsonObject json = new JsonObject().put("trainingId", trainingId.toString())
        .put("site", site.code()).put("status", status.code())
        .put("attended", attended).put("trainingStatus", trainingStatus.code())
        .put("title", title.toJson()).put("contactPoint", contactPoint.id()).put("timeZone", contactPoint.zone().getId())
        .put("startsAt", Times.rfc3339(startsAt, contactPoint.zone()))
        .put("endsAt", Times.rfc3339(endsAt, contactPoint.zone()));
    if (status == EnrolmentStatus.OFFERED) json.put("offerExpiresAt", Times.rfc3339(offerExpiresAt, contactPoint.zone()));
    return json;
  }
}
