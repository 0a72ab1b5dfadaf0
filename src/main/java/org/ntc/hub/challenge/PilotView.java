package org.ntc.hub.challenge;

import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import org.ntc.hub.platform.Localised;

/** A pilot with what its page names: the need, the showcase, both organisations, and when it was started and last changed. */
public record PilotView(Pilot pilot, Localised challengeTitle, Localised showcaseTitle, String companyName, String careName,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

  static PilotView fromRow(Row row) {
    return new PilotView(Pilot.fromRow(row), Localised.of(row.getJsonObject("challenge_title")),
        Localised.of(row.getJsonObject("showcase_title")), row.getString("company_name"), row.getString("care_name"),
        row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
  }

  PilotView publicView() {
    return new PilotView(pilot.publicView(), challengeTitle, showcaseTitle, companyName, careName, createdAt, updatedAt);
  }
}
