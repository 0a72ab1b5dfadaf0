package org.ntc.hub.insight;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A year of activity in 2025, fixed so the tests know every figure: four organisations (two per
 * country), two showcases, trainings at both contact points with their enrolments, a need with an
 * answer that became a pilot in Seinäjoki (evaluated, outcome published), two adoptions, one
 * library entry; and a third contact point whose name a spreadsheet would read as a formula.
 */
final class InsightCorpus {
  static final String PILOT_TITLE = "Etämittaus kotona";

  private InsightCorpus() {}

  static String id(String key) {
    return UUID.nameUUIDFromBytes(("insight-" + key).getBytes()).toString();
  }

  private static String q(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  static void seed(Consumer<String> sql) {
    List.of(
        "INSERT INTO contact_point (id, name, country, time_zone, street_address, postal_code, city, email, sort_order) VALUES"
            + " ('vaasa', '{\"en\": \"=Vaasa, \\\"West\\\"\", \"fi\": \"=Vaasa, \\\"West\\\"\", \"sv\": \"=Vaasa, \\\"West\\\"\"}',"
            + " 'FI', 'Europe/Helsinki', 'Wolffintie 36', '65200', 'Vaasa', 'vaasa@ntc-hub.example', 3)",
        organisation("C1", "Mittari Oy", "company", "FI", "2025-03-10"),
        organisation("K1", "Lakeuden hyvinvointialue", "care", "FI", "2025-03-12"),
        organisation("K2", "Region Västerbotten vård", "care", "SE", "2025-05-02"),
        organisation("S1", "Trygga Hem AB", "company", "SE", "2025-05-03"),
        showcase("SH1", "C1", PILOT_TITLE, "remote-monitoring", "2025-03-15"),
        showcase("SH2", "S1", "Videobesök hemma", "video-consultation", "2025-05-20"),
        training("T1", "published", "seinajoki", "2025-03-20"),
        training("T2", "published", "umea", "2025-05-10"),
        training("T3", "cancelled", "seinajoki", "2025-03-22"),
        "INSERT INTO training_seat_pool (training_id, site, capacity) VALUES (" + q(id("T1")) + ", 'main', 10), ("
            + q(id("T2")) + ", 'main', 10), (" + q(id("T3")) + ", 'main', 10)",
        account("P1"), account("P2"), account("P3"), account("P4"), account("P5"),
        enrolment("E1", "T1", "P1", "confirmed", true),
        enrolment("E2", "T1", "P2", "confirmed", false),
        enrolment("E3", "T1", "P3", "confirmed", false),
        enrolment("E4", "T1", "P4", "cancelled", false),
        enrolment("E5", "T2", "P5", "confirmed", true),
        enrolment("E6", "T3", "P5", "confirmed", false),
        "INSERT INTO challenge (id, organisation_id, status, title, description, categories, target_groups, country, languages,"
            + " responses_due, published_at) VALUES (" + q(id("N1")) + ", " + q(id("K1")) + ", 'published',"
            + " '{\"fi\": \"Etämittaus\"}', '{\"fi\": \"Kuvaus\"}', ARRAY['remote-monitoring'], ARRAY['older-people'], 'FI',"
            + " ARRAY['fi'], '2025-04-30', '2025-03-05T10:00:00+02')",
        "INSERT INTO challenge_answer (id, challenge_id, showcase_id, organisation_id, proposal, created_at) VALUES ("
            + q(id("A1")) + ", " + q(id("N1")) + ", " + q(id("SH1")) + ", " + q(id("C1")) + ", 'Ehdotus', '2025-03-25T10:00:00+02')",
        "INSERT INTO pilot (id, answer_id, challenge_id, showcase_id, care_organisation_id, company_id, contact_point, test_arena,"
            + " starts_on, ends_on, goals, status, outcome, outcome_published_at, evaluation, evaluated_at) VALUES (" + q(id("PI1"))
            + ", " + q(id("A1")) + ", " + q(id("N1")) + ", " + q(id("SH1")) + ", " + q(id("K1")) + ", " + q(id("C1"))
            + ", 'seinajoki', 'Kotihoito', '2025-04-01', '2025-09-30', '{\"fi\": \"Tavoite\"}', 'completed',"
            + " '{\"fi\": \"Tulos\"}', '2025-10-01T10:00:00+03', '{\"maturity\": {\"level\": \"market-ready\"}, \"domains\":"
            + " {\"safety\": {\"rating\": \"positive\", \"finding\": {\"sv\": \"Inga avvikelser\"}}}}', '2025-10-02T10:00:00+03')",
        adoption("AD1", "SH1", "K1", "fi-etela-pohjanmaa", "routine", "2025-06-01", "PI1"),
        adoption("AD2", "SH2", "K2", "se-vasterbotten", "pilot", "2025-05-25", null),
        "INSERT INTO library_entry (id, kind, organisation_id, status, content, published, published_at) VALUES ("
            + q(id("L1")) + ", 'case', " + q(id("C1")) + ", 'published', '{}', '{\"title\": {\"fi\": \"Tapaus\"}}',"
            + " '2025-05-05T10:00:00+03')")
        .forEach(sql);
  }

  private static String organisation(String key, String name, String type, String country, String created) {
    return "INSERT INTO organisation (id, name, type, country, verified, created_at) VALUES (" + q(id(key)) + ", " + q(name)
        + ", " + q(type) + ", " + q(country) + ", true, " + q(created + "T12:00:00+02") + ")";
  }

  private static String showcase(String key, String org, String title, String category, String published) {
    String content = "jsonb_build_object('title', jsonb_build_object('fi', " + q(title) + "), 'summary', jsonb_build_object('fi', "
        + q(title) + "), 'description', '{}'::jsonb, 'categories', jsonb_build_array(" + q(category)
        + "), 'targetGroups', jsonb_build_array('older-people'), 'countries', jsonb_build_array('FI'), 'languages',"
        + " jsonb_build_array('fi'))";
    return "INSERT INTO showcase (id, organisation_id, status, content, published, published_at) VALUES (" + q(id(key)) + ", "
        + q(id(org)) + ", 'published', " + content + ", " + content + ", " + q(published + "T12:00:00+02") + ")";
  }

  private static String training(String key, String status, String site, String day) {
    return "INSERT INTO training (id, status, title, format, contact_point, starts_at, ends_at, enrolment_closes_at, language,"
        + " audience) VALUES (" + q(id(key)) + ", " + q(status) + ", '{\"fi\": \"Koulutus\"}', 'onsite', " + q(site) + ", "
        + q(day + "T10:00:00+02") + ", " + q(day + "T12:00:00+02") + ", " + q(day + "T09:00:00+02") + ", 'fi', ARRAY['professionals'])";
  }

  private static String account(String key) {
    return "INSERT INTO account (id, email, name) VALUES (" + q(id(key)) + ", " + q(key.toLowerCase() + "@insight.example") + ", "
        + q("Person " + key) + ")";
  }

  private static String enrolment(String key, String training, String person, String status, boolean attended) {
    return "INSERT INTO enrolment (id, training_id, account_id, site, status, attended_at) VALUES (" + q(id(key)) + ", "
        + q(id(training)) + ", " + q(id(person)) + ", 'main', " + q(status) + ", " + (attended ? "now()" : "NULL") + ")";
  }

  private static String adoption(String key, String showcase, String org, String region, String status, String since, String pilot) {
    return "INSERT INTO adoption (id, showcase_id, organisation_id, region, status, since, pilot_id) VALUES (" + q(id(key)) + ", "
        + q(id(showcase)) + ", " + q(id(org)) + ", " + q(region) + ", " + q(status) + ", " + q(since) + ", "
        + (pilot == null ? "NULL" : q(id(pilot))) + ")";
  }
}
