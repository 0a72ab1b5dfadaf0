package org.ntc.hub.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A fixed body of content for search tests, written straight into the tables (so only the
 * triggers stand between it and the index): public items mostly in ONE language each, and
 * drafts, pending, archived, withdrawn, members-only and unverified ones that must never be found.
 * Each item is known by a short key (S1, T2…); {@link #id} gives its id.
 */
final class SearchCorpus {
  /** Key → title, for readable failures. */
  static final Map<String, String> TITLES = new LinkedHashMap<>();

  private SearchCorpus() {}

  static String id(String key) {
    return UUID.nameUUIDFromBytes(("search-corpus-" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }

  static void seed(Consumer<String> execute) {
    List<String> sql = new ArrayList<>();
    sql.add(organisation("O1", "Hoivatek Oy", "company", "FI", true, "Suomalainen hyvinvointiteknologian yritys."));
    sql.add(organisation("O2", "Trygga Hem AB", "company", "SE", true, "Svenskt företag för trygghet i hemmet."));
    sql.add(organisation("O3", "Lakeuden hyvinvointialue", "care", "FI", true, "Etelä-Pohjanmaan sote-palvelut."));
    sql.add(organisation("O4", "Salaperäinen Startup Oy", "company", "FI", false, "Vielä vahvistamaton."));

    sql.add(showcase("S1", "O1", "published", "fi", "Kotihoidon etäkäynnit",
        "Kotihoidon asiakkaat tapaavat hoitajan videoyhteydellä.", "video-consultation", "older-people"));
    sql.add(showcase("S2", "O1", "published", "fi", "Unipäiväkirja ja unen seuranta",
        "Sovellus auttaa seuraamaan unta ja unettomuutta.", "self-care", "mental-health"));
    sql.add(showcase("S3", "O2", "published", "sv", "Läkemedelsautomat för hemmet",
        "Automaten påminner om medicinering och larmar vid missad dos.", "medication-management", "older-people"));
    sql.add(showcase("S4", "O1", "published", "en", "Knee surgery rehabilitation at home",
        "Physiotherapy exercises after knee replacement, guided by an app.", "rehabilitation", "chronic-conditions"));
    sql.add(showcase("S5", "O2", "published", "en", "Home blood pressure monitoring",
        "Patients measure their blood pressure at home and nurses follow the readings.", "remote-monitoring",
        "chronic-conditions"));
    sql.add(showcase("S6", "O1", "published", "fi", "Turvaranneke ikäihmisille",
        "Ranneke hälyttää apua kaatumisen jälkeen.", "safety-and-alarms", "older-people"));
    sql.add(showcase("S7", "O2", "published", "sv", "Digitalt stöd för anhörigvårdare",
        "Närstående får stöd och råd via appen.", "self-care", "informal-carers"));
    sql.add(showcase("S8", "O1", "published", "fi", "Muistisairaan kotona asumisen tuki",
        "Anturit kertovat omaisille, jos muistisairas lähtee yöllä ulos.", "assistive-living", "older-people"));
    sql.add(showcase("S9", "O2", "published", "sv", "Sömnskola för barnfamiljer",
        "Digitalt program för barns sömn.", "digital-therapeutics", "families"));
    sql.add(showcase("X1", "O1", "draft", "fi", "Salainen kotihoidon luonnos", "Luonnos, ei julkinen.", "self-care", "older-people"));
    sql.add(showcase("X2", "O1", "pending", "fi", "Odottava kotihoidon esittely", "Tarkastusta odottava.", "self-care",
        "older-people"));
    sql.add(showcase("X3", "O1", "archived", "fi", "Arkistoitu kotihoidon ratkaisu", "Ei enää esillä.", "self-care",
        "older-people"));
    sql.add(showcase("X4", "O4", "published", "fi", "Vahvistamattoman kotihoidon sovellus", "Yritystä ei ole vahvistettu.",
        "self-care", "older-people"));

    sql.add(training("T1", "published", "fi", "Kotihoidon etäteknologian koulutus",
        "Koulutus kotihoidon henkilöstölle etähoivan työkaluista."));
    sql.add(training("T2", "published", "sv", "Utbildning i distansövervakning av blodtryck",
        "Hur vårdpersonal följer patienters blodtryck på distans."));
    sql.add(training("X5", "pending", "fi", "Odottava kotihoidon koulutus", "Ei vielä julkaistu."));

    sql.add(challenge("C1", "O3", "published", "fi", "Tarvitsemme ratkaisun yksinäisyyteen",
        "Yksin asuvat ikäihmiset kaipaavat seuraa ja keskusteluja.", "self-care", "older-people"));
    sql.add(challenge("C2", "O3", "published", "sv", "Behov: fallprevention i hemtjänsten",
        "Hemtjänsten söker lösningar för att förebygga fallolyckor.", "safety-and-alarms", "older-people"));
    sql.add(challenge("X6", "O3", "draft", "fi", "Luonnos kotihoidon tarpeesta", "Ei julkinen.", "self-care", "older-people"));

    sql.add(material("M1", "public", false, "fi", "Lääkeautomaatin käyttöönotto-opas", "medication-management"));
    sql.add(material("X7", "members", false, "fi", "Sisäinen kotihoidon ohje", "self-care"));
    sql.add(material("X8", "public", true, "fi", "Vanhentunut kotihoidon opas", "self-care"));

    sql.add(library("L1", "research", "published", "en", "Telemonitoring of heart failure: a randomised trial",
        "Remote monitoring reduced hospital readmissions in heart failure.", "remote-monitoring"));
    sql.add(library("L2", "case", "published", "sv", "Fall: videobesök i glesbygd",
        "Hur en kommun i Västerbotten införde videobesök i hemtjänsten.", "video-consultation"));
    sql.add(library("L3", "method", "published", "fi", "Menetelmä: lääkeannostelijan käyttöönotto kotihoidossa",
        "Vaihe vaiheelta: näin lääkeannostelija otetaan käyttöön.", "medication-management"));
    sql.add(library("X9", "method", "draft", "fi", "Keskeneräinen kotihoidon menetelmä", "Luonnos.", "self-care"));
    sql.add(library("XA", "case", "archived", "fi", "Arkistoitu kotihoidon tapaus", "Vanha.", "self-care"));
    execute.accept(String.join(";\n", sql));
  }

  private static String text(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static String localised(String lang, String text) {
    return "jsonb_build_object(" + text(lang) + ", " + text(text) + ")";
  }

  private static String organisation(String key, String name, String type, String country, boolean verified, String description) {
    TITLES.put(key, name);
    return "INSERT INTO organisation (id, name, type, country, description, verified, verified_at) VALUES (" + text(id(key))
        + ", " + text(name) + ", " + text(type) + ", " + text(country) + ", " + localised(country.equals("SE") ? "sv" : "fi", description)
        + ", " + verified + ", " + (verified ? "now()" : "NULL") + ")";
  }

  private static String showcase(String key, String org, String status, String lang, String title, String summary,
                                 String category, String targetGroup) {
    TITLES.put(key, title);
    String content = "jsonb_build_object('title', " + localised(lang, title) + ", 'summary', " + localised(lang, summary)
        + ", 'description', '{}'::jsonb, 'categories', jsonb_build_array(" + text(category) + "), 'targetGroups', jsonb_build_array("
        + text(targetGroup) + "), 'countries', jsonb_build_array('FI'), 'languages', jsonb_build_array(" + text(lang)
        + "), 'regulatoryStatus', 'not-medical-device', 'evidenceLevel', 'pilot')";
    boolean shown = status.equals("published") || status.equals("archived");
    return "INSERT INTO showcase (id, organisation_id, status, content, published, published_at) VALUES (" + text(id(key)) + ", "
        + text(id(org)) + ", " + text(status) + ", " + content + ", " + (shown ? content : "NULL") + ", "
        + (shown ? "now()" : "NULL") + ")";
  }

  private static String training(String key, String status, String lang, String title, String description) {
    TITLES.put(key, title);
    return "INSERT INTO training (id, status, title, description, format, contact_point, starts_at, ends_at, enrolment_closes_at,"
        + " language, audience) VALUES (" + text(id(key)) + ", " + text(status) + ", " + localised(lang, title) + ", "
        + localised(lang, description) + ", 'online', 'seinajoki', now() + interval '30 days', now() + interval '30 days 2 hours',"
        + " now() + interval '29 days', " + text(lang) + ", ARRAY['professionals'])";
  }

  private static String challenge(String key, String org, String status, String lang, String title, String description,
                                  String category, String targetGroup) {
    TITLES.put(key, title);
    return "INSERT INTO challenge (id, organisation_id, status, title, description, categories, target_groups, country, languages,"
        + " responses_due, published_at) VALUES (" + text(id(key)) + ", " + text(id(org)) + ", " + text(status) + ", "
        + localised(lang, title) + ", " + localised(lang, description) + ", ARRAY[" + text(category) + "], ARRAY["
        + text(targetGroup) + "], 'FI', ARRAY[" + text(lang) + "], current_date + 30, "
        + (status.equals("published") ? "now()" : "NULL") + ")";
  }

  private static String material(String key, String visibility, boolean withdrawn, String lang, String title, String topic) {
    TITLES.put(key, title);
    return "INSERT INTO material (id, title, topic, language, visibility, kind, url, withdrawn_at) VALUES (" + text(id(key)) + ", "
        + localised(lang, title) + ", " + text(topic) + ", " + text(lang) + ", " + text(visibility)
        + ", 'link', 'https://example.org/" + key + "', " + (withdrawn ? "now()" : "NULL") + ")";
  }

  private static String library(String key, String kind, String status, String lang, String title, String summary,
                                String category) {
    TITLES.put(key, title);
    String content = "jsonb_build_object('title', " + localised(lang, title) + ", 'summary', " + localised(lang, summary)
        + ", 'body', " + localised(lang, summary) + ", 'categories', jsonb_build_array(" + text(category)
        + "), 'countries', jsonb_build_array('FI'))";
    boolean published = !status.equals("draft");
    return "INSERT INTO library_entry (id, kind, status, content, published, published_at) VALUES (" + text(id(key)) + ", "
        + text(kind) + ", " + text(status) + ", " + content + ", " + (published ? content : "NULL") + ", "
        + (published ? "now()" : "NULL") + ")";
  }
}
