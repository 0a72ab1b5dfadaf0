package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Site;

/**
 * The shared advice queue as a working week leaves it, in each asker's language: a new question from
 * a home-care nurse in Seinäjoki, a Swedish question handed over to Umeå and taken there by Johan
 * Lindgren (with the hand-over note and his own), a founder's question answered and waiting for
 * him, a research group's study visit settled and closed, and a visitor's accessibility feedback.
 */
final class AdviceDemo {
  /** Times are {@code minutes} before now. */
  private static final String REQUEST = """
      INSERT INTO advice_request (id, requester_id, topic, description, language, country, organisation_type, status,
                                  contact_point, assignee_id, created_at, first_response_at, closed_at, updated_at, kind,
                                  contact_name, contact_email)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() - make_interval(mins => $11),
              CASE WHEN $12::int IS NULL THEN NULL ELSE now() - make_interval(mins => $12::int) END,
              CASE WHEN $8 = 'closed' THEN now() - make_interval(mins => COALESCE($12::int, $11)) END,
              now() - make_interval(mins => COALESCE($12::int, $11)), $13, $14, $15)
      ON CONFLICT DO NOTHING""";
  private static final String MESSAGE = """
      INSERT INTO advice_message (id, request_id, author_id, from_staff, text, internal, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(mins => $7))
      ON CONFLICT DO NOTHING""";

  private AdviceDemo() {}

  static Future<Void> load(SqlConnection tx) {
    List<Tuple> requests = List.of(
        question(1, 5, "Etämittaus kotihoidon asiakkaille",
            "Kotihoidossamme on noin 40 asiakasta, joilla on sydämen vajaatoiminta. Millä laitteilla verenpaineen ja painon"
                + " etäseuranta kannattaa aloittaa, ja voisimmeko kokeilla niitä testikodissa?",
            "fi", "FI", "care", "new", Site.SEINAJOKI, null, 190, null),
        question(2, 6, "Läkemedelsautomat i hemtjänsten",
            "Vi funderar på läkemedelsautomater för brukare som bor ensamma i glesbygd. Finns det erfarenheter från kommuner"
                + " i Västerbotten, och hur har ni följt upp effekterna?",
            "sv", "SE", "public-sector", "in-progress", Site.UMEA, 2, 1_560, null),
        question(3, 7, "Reimbursement for a remote rehabilitation service",
            "We offer guided video rehabilitation after knee surgery. How do wellbeing services counties in Finland usually"
                + " buy such services, and which evidence do they ask for?",
            "en", "FI", "company", "waiting", Site.SEINAJOKI, 1, 2_950, 1_400),
        question(4, 8, "Studiebesök för vår forskargrupp",
            "Vår forskargrupp i Vasa vill besöka testhemmet i Seinäjoki med sex personer i vår. Går det att ordna på svenska?",
            "sv", "FI", "research", "closed", Site.SEINAJOKI, 1, 8_700, 7_200),
        Tuple.of(id(5), null, "Focus outline hard to see on the map link",
            "On the contact point page the focus outline of the map link is very faint on my screen, so I lose my place when"
                + " I move with the keyboard.", "en", "FI").addString(null).addString("new").addString(Site.SEINAJOKI.id())
            .addUUID(null).addInteger(45).addInteger(null).addString("accessibility-feedback").addString("Mikko")
            .addString("mikko.visitor@example.org"));
    List<Tuple> messages = List.of(
        message(1, 2, 1, true, "Svenskspråkig fråga om glesbygd: Umeå har erfarenhet av läkemedelsautomater, jag lämnar"
            + " över den dit.", 1_500),
        message(2, 2, 2, true, "Jag tar den. Skellefteå och Lycksele har följt upp automaterna i två år; jag skickar"
            + " rapporterna till Karin i morgon.", 900),
        message(3, 3, 1, false, "Thank you, Pekka. Counties usually buy such services through a public tender or a"
            + " dynamic purchasing system, and they ask for results from a pilot in Finnish routine care. Could you tell us"
            + " which counties you have talked to so far?", 1_400),
        message(4, 4, 1, false, "Välkomna! Vi har bokat testhemmet för er grupp och guidningen hålls på svenska.", 7_200));
    return tx.preparedQuery(REQUEST).executeBatch(requests)
        .compose(done -> tx.preparedQuery(MESSAGE).executeBatch(messages))
        .mapEmpty();
  }

  private static Tuple question(int n, int asker, String topic, String description, String language, String country,
                                String askerType, String status, Site site, Integer assignee, int minutesAgo,
                                Integer answeredMinutesAgo) {
    return Tuple.of(id(n), PeopleDemo.id(asker), topic, description, language, country).addString(askerType)
        .addString(status).addString(site.id()).addUUID(assignee == null ? null : PeopleDemo.id(assignee))
        .addInteger(minutesAgo).addInteger(answeredMinutesAgo).addString("question").addString(null).addString(null);
  }

  /** A staff member's message; an internal one is a note only staff see. */
  private static Tuple message(int n, int request, int author, boolean internal, String text, int minutesAgo) {
    return Tuple.of(UUID.fromString(String.format("00000000-0000-4000-b330-%012d", n)), id(request), PeopleDemo.id(author),
        true, text, internal).addInteger(minutesAgo);
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-b320-%012d", n));
  }
}
