package org.ntc.hub.account;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.MemberRole;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;

/** The one statement every signed-in request asks: the person by their session, with memberships and, for pages, the unread count. */
final class ViewerLookup {
  /**
   * Asked at every signed-in request, so nothing in it sorts or joins: an ordered aggregate set up a
   * sort at every call, and gathering the memberships with a join and an aggregate cost more than the
   * rest of the lookup together, so they are kept on the account row (V48) and put in name order here
   * ({@link #BY_NAME}), as the database's C collation orders them.
   */
  private static final String PERSON = """
      SELECT a.id, a.email, a.name, a.locale, a.is_admin, a.staff_contact_point, a.email_verified_at IS NOT NULL AS email_verified,
             a.memberships AS orgs""";
  private static final String BY_SESSION = """

      FROM session s
      JOIN account a ON a.id = s.account_id
      WHERE s.id = $1 AND s.account_id = $2 AND s.expires_at > now() AND a.erased_at IS NULL""";
  /** For pages, whose header shows how many notifications are unread. */
  static final String SQL = PERSON + """
      ,
             (SELECT count(*) FROM notification n WHERE n.account_id = a.id AND n.read_at IS NULL) AS unread""" + BY_SESSION;
  /** For the API and streams, which never show that count: counting it was a third of what remained of the lookup. */
  static final String WITHOUT_UNREAD = PERSON + BY_SESSION;
  /** Names in the order of the database's C collation: by Unicode code point, as their UTF-8 bytes compare. */
  static final Comparator<Viewer.Membership> BY_NAME = (a, b) -> byCodePoint(a.organisationName(), b.organisationName());

  private ViewerLookup() {}

  static Viewer viewer(Row row, UUID sessionId) {
    List<Viewer.Membership> memberships = new ArrayList<>();
    JsonArray orgs = orgs(row.getValue("orgs"));
    for (int i = 0; i < orgs.size(); i++) {
      JsonObject o = orgs.getJsonObject(i);
      memberships.add(new Viewer.Membership(UUID.fromString(o.getString("id")), o.getString("name"),
          Coded.of(OrganisationType.class, o.getString("type")), Coded.of(MemberRole.class, o.getString("role")),
          o.getBoolean("verified")));
    }
    if (memberships.size() > 1) memberships.sort(BY_NAME);
    return new Viewer(row.getUUID("id"), sessionId, row.getString("email"), row.getString("name"),
        row.getString("locale"), row.getBoolean("is_admin"), Optional.ofNullable(row.getString("staff_contact_point")).map(Site::of),
        List.copyOf(memberships), unread(row), row.getBoolean("email_verified"));
  }

  private static long unread(Row row) {
    int at = row.getColumnIndex("unread");
    return at < 0 ? Viewer.UNCOUNTED : row.getLong(at);
  }

  static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) return Integer.compare(x, y);
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** The memberships as the client hands them over; none is {@code NULL}, as an aggregate over no rows is. */
  private static JsonArray orgs(Object value) {
    if (value instanceof JsonArray array) return array;
    if (value instanceof String s) return new JsonArray(s);
    return new JsonArray();
  }
}
