package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Showcases;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/**
 * The personal data of theme groups, reviews, co-signatures, follows, matchmaking and accessibility
 * feedback: each is in the person's export, and on erasure each goes or stays without the person.
 */
class PersonalDataCompletenessTest extends ApiTest {

  /** What one nurse and one company did, and the things they did it to. */
  private record World(User nurse, User company, User otherCare, String group, String thread, String othersPost, String showcase,
                       String review, String need, String day, String accepted, String open, String declined) {}

  @Test
  @DisplayName("a person's group posts, reviews, co-signatures, follows, matchmaking and feedback are in their export, and go or lose their name on erasure")
  void exportAndErasure() {
    World w = world();

    JsonObject nurse = export(w.nurse());
    assertThat(ids(nurse, "groupMemberships", "groupId")).containsExactly(w.group());
    assertThat(ids(nurse, "groupThreads", "id")).containsExactly(w.thread());
    assertThat(nurse.getJsonArray("groupPosts").stream().map(p -> ((JsonObject) p).getString("text")))
        .containsExactly("Who measures blood pressure at home?", "We do, twice a week.");
    assertThat(ids(nurse, "groupReports", "postId")).containsExactly(w.othersPost());
    assertThat(nurse.getJsonArray("groupReports").getJsonObject(0).getString("reason")).isEqualTo("Advertising, not discussion");
    JsonObject review = nurse.getJsonArray("reviews").getJsonObject(0);
    assertThat(review.getString("id")).isEqualTo(w.review());
    assertThat(review.getString("worked")).isEqualTo("Evening doses were no longer missed.");
    assertThat(review.getString("answer")).as("the company's public answer to it").isEqualTo("Thank you, refills are now quicker.");
    assertThat(ids(nurse, "usefulMarks", "showcaseId")).containsExactly(w.showcase());
    JsonObject cosign = nurse.getJsonArray("cosignatures").getJsonObject(0);
    assertThat(cosign.getString("challengeId")).isEqualTo(w.need());
    assertThat(cosign.getInteger("scale")).isEqualTo(120);
    assertThat(ids(nurse, "needsFollowed", "challengeId")).containsExactly(w.need());
    assertThat(ids(nurse, "organisationsFollowed", "organisationId")).containsExactly(w.company().organisationId());
    assertThat(nurse.getJsonArray("matchmakingProfiles").getJsonObject(0).getString("offers")).isEqualTo("Home care for 800 clients");
    List<JsonObject> meetings = nurse.getJsonArray("meetings").stream().map(JsonObject.class::cast).toList();
    assertThat(meetings).extracting(m -> m.getString("id")).containsExactlyInAnyOrder(w.accepted(), w.open(), w.declined());
    JsonObject accepted = meetings.stream().filter(m -> m.getString("id").equals(w.accepted())).findFirst().orElseThrow();
    assertThat(accepted.getString("status")).isEqualTo("accepted");
    assertThat(accepted.getInteger("table")).isEqualTo(1);
    assertThat(accepted.getBoolean("askedByYou")).isFalse();
    assertThat(accepted.getString("withOrganisation")).startsWith("Org company");
    assertThat(accepted.getString("startsAt")).isNotBlank();
    assertThat(nurse.getJsonArray("adviceRequests").stream().map(r -> ((JsonObject) r).getString("kind")))
        .containsExactly("accessibility-feedback");
    assertThat(nurse.encode()).as("another member's post is not the nurse's data").doesNotContain("Buy our gadget");
    assertThat(ids(export(w.company()), "reviewAnswers", "reviewId")).containsExactly(w.review());
    assertThat(export(w.otherCare()).getJsonArray("reviews")).as("only one's own").isEmpty();

    erase(w.nurse());
    erase(w.company());
    String id = w.nurse().id();
    assertThat(count("SELECT count(*) FROM group_member WHERE account_id = '" + id + "'")).isZero();
    assertThat(count("SELECT count(*) FROM group_post p JOIN account a ON a.id = p.author_id WHERE a.id = '" + id
        + "' AND a.name IS NULL")).as("posts stay, from a former member").isEqualTo(2);
    JsonObject thread = http.get("/api/v1/threads/" + w.thread(), w.otherCare().token()).json();
    assertThat(thread.encode()).doesNotContain(w.nurse().name()).doesNotContain(w.nurse().email());
    assertThat(count("SELECT count(*) FROM group_post_report WHERE reporter_id = '" + id + "'")).isZero();
    assertThat(count("SELECT count(*) FROM group_post_report WHERE post_id = '" + w.othersPost() + "'"))
        .as("the report stays for the moderators").isEqualTo(1);
    assertThat(count("SELECT count(*) FROM showcase_review WHERE author_id = '" + id + "'")).isZero();
    assertThat(count("SELECT count(*) FROM showcase_useful WHERE account_id = '" + id + "'")).isZero();
    assertThat(count("SELECT count(*) FROM showcase_review WHERE answered_by = '" + w.company().id() + "'")).isZero();
    assertThat(count("SELECT count(*) FROM challenge_cosign WHERE signed_by = '" + id + "'")).isZero();
    assertThat(count("SELECT count(*) FROM challenge_cosign WHERE challenge_id = '" + w.need() + "' AND organisation_id = '"
        + w.nurse().organisationId() + "'")).as("the organisation's co-signature stays").isEqualTo(1);
    assertThat(count("SELECT count(*) FROM need_follower WHERE account_id = '" + id + "'")).isZero();
    assertThat(count("SELECT count(*) FROM organisation_follower WHERE account_id = '" + id + "'")).isZero();
    assertThat(count("SELECT count(*) FROM advice_request WHERE requester_id = '" + id + "'")).isZero();
    assertThat(status(w.open())).as("an open request is withdrawn").isEqualTo("withdrawn");
    assertThat(count("SELECT count(*) FROM meeting_busy WHERE meeting_id = '" + w.open() + "'")).as("its slot is free").isZero();
    assertThat(status(w.accepted())).as("an agreed meeting stays the organisations'").isEqualTo("accepted");
    assertThat(count("SELECT count(*) FROM meeting_busy WHERE party IN ('" + id + "', '" + w.company().id() + "')")).isZero();
    assertThat(count("SELECT count(*) FROM enrolment WHERE account_id = '" + id + "' AND status <> 'cancelled'"))
        .as("the first departure wired still runs").isZero();
  }

  @Test
  @DisplayName("the personal calendar feed shows an accepted meeting with its time, table and the other organisation; not an open or declined one")
  void meetingsInTheCalendarFeed() {
    World w = world();
    String url = http.post("/api/v1/me/calendar-feed", w.nurse().token(), null).json().getString("url");
    String ics = http.get(url + "?lang=en", null).text().replace("\r\n ", "");
    String companyName = http.get("/api/v1/organisations/" + w.company().organisationId(), null).json().getString("name");
    assertThat(ics).contains("UID:meeting-" + w.accepted() + "@ntc-hub").contains("SUMMARY:Meeting with " + companyName)
        .contains("Table 1").doesNotContain("meeting-" + w.open()).doesNotContain("meeting-" + w.declined());
    JsonObject day = http.get("/api/v1/trainings/" + w.day() + "/matchmaking", w.nurse().token()).json();
    String slot = day.getJsonArray("slots").getJsonObject(0).getString("slot");
    String local = OffsetDateTime.parse(slot).atZoneSameInstant(ZoneId.of("Europe/Stockholm")).toLocalDateTime()
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
    assertThat(ics).contains("DTSTART;TZID=Europe/Stockholm:" + local);
    assertThat(http.get(url + "?lang=fi", null).text().replace("\r\n ", "")).contains("SUMMARY:Tapaaminen: " + companyName);
  }

  @Test
  @DisplayName("the privacy notice lists group posts, reviews, co-signatures, follows and matchmaking, and what erasure does to them, in fi, sv and en")
  void privacyNotice() {
    for (String lang : List.of("fi", "sv", "en")) {
      String main = org.ntc.hub.support.PageHtml.main(http.get("/privacy?lang=" + lang, null).text()).text();
      for (String key : List.of("privacy.stored.groups", "privacy.stored.reviews", "privacy.stored.cosigns", "privacy.stored.follows",
          "privacy.stored.matchmaking", "privacy.retention.participation")) {
        assertThat(main).as(lang + " " + key).contains(org.ntc.hub.platform.I18n.text(lang, key));
      }
    }
  }

  private World world() {
    User staff = users.staff("umea");
    User nurse = users.orgMember("care");
    User company = users.orgAdmin("company", true);
    User otherCare = users.orgAdmin("care", true);

    // Theme group: the nurse joins, starts a thread, replies, and reports another member's post.
    String group = http.post("/api/v1/groups", staff.token(), new JsonObject()
        .put("name", new JsonObject().put("en", "Home measurements").put("fi", "Kotimittaukset"))
        .put("description", new JsonObject().put("en", "Measuring at home."))).json().getString("id");
    for (User member : List.of(nurse, otherCare)) {
      assertThat(http.post("/api/v1/groups/" + group + "/members", member.token(), null).status()).isEqualTo(201);
    }
    Http.Response started = http.post("/api/v1/groups/" + group + "/threads", nurse.token(),
        new JsonObject().put("title", "Blood pressure").put("text", "Who measures blood pressure at home?"));
    assertThat(started.status()).as(started.text()).isEqualTo(201);
    String thread = started.json().getString("id");
    JsonArray posts = http.post("/api/v1/threads/" + thread + "/posts", otherCare.token(),
        new JsonObject().put("text", "Buy our gadget")).json().getJsonArray("posts");
    String othersPost = posts.getJsonObject(posts.size() - 1).getString("id");
    assertThat(http.post("/api/v1/threads/" + thread + "/posts", nurse.token(), new JsonObject().put("text", "We do, twice a week."))
        .status()).isEqualTo(201);
    Http.Response reported = http.post("/api/v1/posts/" + othersPost + "/reports", nurse.token(),
        new JsonObject().put("reason", "Advertising, not discussion"));
    assertThat(reported.status()).as(reported.text()).isEqualTo(201);

    // "We tried it": the nurse reviews the company's showcase and marks it useful; the company answers.
    String showcase = publishedShowcase(company, staff);
    Http.Response written = http.post("/api/v1/showcases/" + showcase + "/reviews", nurse.token(), new JsonObject()
        .put("setting", "home-care").put("duration", "3-to-12-months").put("worked", "Evening doses were no longer missed.")
        .put("didNotWork", "Refilling took longer than we planned.").put("recommend", "with-reservations"));
    assertThat(written.status()).as(written.text()).isEqualTo(201);
    String review = written.json().getString("id");
    assertThat(http.post("/api/v1/showcases/" + showcase + "/reviews/" + review + "/answer", company.token(),
        new JsonObject().put("text", "Thank you, refills are now quicker.")).status()).isEqualTo(200);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/showcases/" + showcase + "/useful", nurse.token(), null).status()).isEqualTo(200);

    // A need of another care organisation: the nurse co-signs it for theirs and follows it and the company.
    String need = publishedNeed(otherCare, users.staff("seinajoki"));
    Http.Response signed = http.post("/api/v1/challenges/" + need + "/cosign", nurse.token(),
        new JsonObject().put("organisationId", nurse.organisationId()).put("scale", 120));
    assertThat(signed.status()).as(signed.text()).isIn(200, 201);
    Http.Response follows = http.call(HttpMethod.PUT, "/api/v1/me/follows", nurse.token(), new JsonObject()
        .put("challenges", new JsonArray().add(need)).put("organisations", new JsonArray().add(company.organisationId())));
    assertThat(follows.status()).as(follows.text()).isEqualTo(200);

    // A matchmaking day: the company's request is accepted, one of the nurse's is open, one declined.
    String day = matchmakingDay(staff);
    for (User person : List.of(nurse, company, otherCare)) {
      assertThat(http.post("/api/v1/trainings/" + day + "/enrolments", person.token(), new JsonObject()).status()).isEqualTo(201);
    }
    profile(day, nurse, "Home care for 800 clients");
    profile(day, company, "Medicine dispensers");
    profile(day, otherCare, "Assisted living");
    JsonArray slots = http.get("/api/v1/trainings/" + day + "/matchmaking", nurse.token()).json().getJsonArray("slots");
    String accepted = meet(day, company, nurse.organisationId(), slots.getJsonObject(0).getString("slot"));
    assertThat(http.post("/api/v1/trainings/" + day + "/meetings/" + accepted + "/accept", nurse.token(), null).status()).isEqualTo(200);
    String open = meet(day, nurse, company.organisationId(), slots.getJsonObject(1).getString("slot"));
    String declined = meet(day, nurse, otherCare.organisationId(), slots.getJsonObject(2).getString("slot"));
    assertThat(http.post("/api/v1/trainings/" + day + "/meetings/" + declined + "/decline", otherCare.token(), null).status())
        .isEqualTo(200);

    // Accessibility feedback, signed in.
    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("description", "The map link is not read out.");
    Http.Response feedback = http.form("/accessibility/feedback?lang=en", Http.headers("Authorization", "Bearer " + nurse.token()), form);
    assertThat(feedback.status()).as(feedback.text()).isEqualTo(303);
    return new World(nurse, company, otherCare, group, thread, othersPost, showcase, review, need, day, accepted, open, declined);
  }

  private String publishedShowcase(User company, User staff) {
    return new Showcases(http).published(company, staff, Showcases.titled("Lääkemuistutin", "Medicine reminder"));
  }

  private String publishedNeed(User care, User staff) {
    Http.Response created = http.post("/api/v1/challenges", care.token(), new JsonObject().put("organisationId", care.organisationId())
        .put("title", new JsonObject().put("fi", "Lääkemuistutukset kotihoitoon").put("en", "Medication reminders for home care"))
        .put("description", new JsonObject().put("en", "We look for a solution that reminds clients of their medicines at home."))
        .put("categories", new JsonArray().add("medication-management")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi"))
        .put("responsesDue", LocalDate.now().plusDays(30).toString()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(http.post("/api/v1/challenges/" + id + "/submit", care.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/challenges/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve")).status())
        .isEqualTo(200);
    return id;
  }

  /** A matchmaking day in Umeå ten days on, 09:00–11:00 local time, 20-minute meetings at two tables. */
  private String matchmakingDay(User staff) {
    OffsetDateTime start = OffsetDateTime.ofInstant(app.clock().instant(), ZoneOffset.UTC).plusDays(10).toLocalDate()
        .atTime(9, 0).atZone(ZoneId.of("Europe/Stockholm")).toOffsetDateTime();
    Http.Response created = http.post("/api/v1/trainings", staff.token(), new JsonObject()
        .put("title", new JsonObject().put("fi", "Matchmaking-päivä").put("sv", "Matchmakingdag").put("en", "Matchmaking day"))
        .put("description", new JsonObject().put("en", "Meet each other.")).put("format", "onsite").put("contactPoint", "umea")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(2).toString()).put("capacity", 30).put("language", "en")
        .put("audience", new JsonArray().add("professionals")).put("kind", "matchmaking").put("meetingMinutes", 20)
        .put("meetingTables", 2));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  private void profile(String day, User person, String offers) {
    Http.Response saved = http.call(HttpMethod.PUT, "/api/v1/trainings/" + day + "/matchmaking/profile", person.token(),
        new JsonObject().put("organisationId", person.organisationId()).put("offers", offers).put("seeks", "Partners"));
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
  }

  private String meet(String day, User asker, String with, String slot) {
    Http.Response asked = http.post("/api/v1/trainings/" + day + "/meetings", asker.token(),
        new JsonObject().put("withOrganisationId", with).put("slot", slot));
    assertThat(asked.status()).as(asked.text()).isEqualTo(201);
    return asked.json().getString("id");
  }

  private JsonObject export(User person) {
    Http.Response exported = http.get("/api/v1/me/export", person.token());
    assertThat(exported.status()).as(exported.text()).isEqualTo(200);
    return exported.json();
  }

  private void erase(User person) {
    Http.Response erased = http.call(HttpMethod.DELETE, "/api/v1/me", person.token(), new JsonObject().put("password", Users.PASSWORD));
    assertThat(erased.status()).as(erased.text()).isEqualTo(204);
  }

  private static List<String> ids(JsonObject export, String key, String field) {
    assertThat(export.getJsonArray(key)).as(key).isNotNull();
    return export.getJsonArray(key).stream().map(o -> ((JsonObject) o).getString(field)).toList();
  }

  private long count(String sql) {
    return app.count(sql);
  }

  private String status(String meeting) {
    return app.count("SELECT count(*) FROM meeting WHERE id = '" + meeting + "' AND status = 'accepted'") == 1 ? "accepted"
        : app.count("SELECT count(*) FROM meeting WHERE id = '" + meeting + "' AND status = 'withdrawn'") == 1 ? "withdrawn" : "other";
  }
}
