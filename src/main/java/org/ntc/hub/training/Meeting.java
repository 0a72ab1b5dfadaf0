package org.ntc.hub.training;

import io.vertx.sqlclient.Row;
import java.util.UUID;
import org.ntc.hub.platform.Coded;

/** A one-to-one meeting at a matchmaking day, as stored: the slot is its index from the day's start. */
public record Meeting(UUID id, UUID trainingId, int slot, MeetingStatus status, UUID requesterOrg, String requester,
                      UUID requesterAccount, UUID inviteeOrg, String invitee, Integer table) {

  static final String COLUMNS = """
      m.id, m.training_id, m.slot, m.status, m.requester_org, r.name AS requester, m.requester_account, m.invitee_org,
      i.name AS invitee, m.table_no""";

  static Meeting fromRow(Row row) {
    return new Meeting(row.getUUID("id"), row.getUUID("training_id"), row.getInteger("slot"),
        Coded.of(MeetingStatus.class, row.getString("status")), row.getUUID("requester_org"), row.getString("requester"),
        row.getUUID("requester_account"), row.getUUID("invitee_org"), row.getString("invitee"), row.getInteger("table_no"));
  }

  boolean live() {
    return status == MeetingStatus.REQUESTED || status == MeetingStatus.ACCEPTED;
  }
}
