package org.ntc.hub.demo;

import static org.ntc.hub.platform.Country.FI;
import static org.ntc.hub.platform.Country.SE;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.OrganisationType;

/**
 * Where the demo showcases are in use: Lakeus spreads the blood-pressure kit its pilot tried,
 * and ten more care organisations across both countries report pilots, spreading, routine use
 * and use given up, so the insight map and the showcase pages have something to show.
 */
final class AdoptionDemo {
  private static final String ORGANISATION = """
      INSERT INTO organisation (id, name, type, country, website, description, verified, verified_at)
      VALUES ($1, $2, $3, $4, $5, $6, true, now()) ON CONFLICT DO NOTHING""";
  private static final String ADOPTION = """
      INSERT INTO adoption (id, showcase_id, organisation_id, region, status, since, scale, pilot_id, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, (now() - make_interval(days => $6))::date, $7, $8,
              now() - make_interval(days => $6), now() - make_interval(days => $6))
      ON CONFLICT DO NOTHING""";

  static final UUID NASIJARVI = id(1);
  static final UUID PERAMERI = id(2);
  static final UUID SAARISTO = id(3);
  static final UUID KANTAKAUPUNKI = id(4);
  static final UUID TUNTURI = id(5);
  static final UUID UMEALVEN = id(11);
  static final UUID MALARSTADEN = id(12);
  static final UUID ORESUND = id(13);
  static final UUID VASTKUSTEN = id(14);
  static final UUID TORNEDALEN = id(15);

  private AdoptionDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.preparedQuery(ORGANISATION).executeBatch(List.of(
            org(NASIJARVI, "Näsijärven hyvinvointialue", FI, "https://nasijarvi.example",
                "Wellbeing services county around Tampere.", "Hyvinvointialue Tampereen seudulla.", "Välfärdsområde kring Tammerfors."),
            org(PERAMERI, "Perämeren hyvinvointialue", FI, "https://peramer.example",
                "Wellbeing services county on the Bothnian Bay.", "Hyvinvointialue Perämeren rannikolla.", "Välfärdsområde vid Bottenviken."),
            org(SAARISTO, "Saariston hyvinvointialue", FI, "https://saaristo.example",
                "Wellbeing services county of the southwest archipelago.", "Lounaisen saariston hyvinvointialue.",
                "Välfärdsområde i sydvästra skärgården."),
            org(KANTAKAUPUNKI, "Kantakaupungin sosiaali- ja terveyspalvelut", FI, "https://kantakaupunki.example",
                "The capital's own health and social services.", "Pääkaupungin omat sosiaali- ja terveyspalvelut.",
                "Huvudstadens egna social- och hälsotjänster."),
            org(TUNTURI, "Tunturin hyvinvointialue", FI, "https://tunturi.example",
                "Wellbeing services county in Lapland, with long distances.", "Pitkien etäisyyksien hyvinvointialue Lapissa.",
                "Välfärdsområde i Lappland med långa avstånd."),
            org(UMEALVEN, "Region Umeälven", SE, "https://umealven.example",
                "Region along the Ume river.", "Alue Uumajanjoen varrella.", "Region längs Umeälven."),
            org(MALARSTADEN, "Region Mälarstaden", SE, "https://malarstaden.example",
                "Region around the capital.", "Alue pääkaupungin ympärillä.", "Region kring huvudstaden."),
            org(ORESUND, "Region Öresund Syd", SE, "https://oresundsyd.example",
                "Region in the far south.", "Alue etelärannikolla.", "Region längst i söder."),
            org(VASTKUSTEN, "Region Västkusten", SE, "https://vastkusten.example",
                "Region on the west coast.", "Alue länsirannikolla.", "Region på västkusten."),
            org(TORNEDALEN, "Region Tornedalen", SE, "https://tornedalen.example",
                "Region in the far north, by the Finnish border.", "Alue pohjoisessa Suomen rajalla.",
                "Region i norr vid finska gränsen.")))
        .compose(done -> tx.preparedQuery(ADOPTION).executeBatch(List.of(
            row(1, 1, PeopleDemo.LAKEUS, "fi-etela-pohjanmaa", "spreading", 60, "4 kotihoidon tiimiä, 140 asiakasta", ChallengeDemo.PILOT_ID),
            row(2, 1, NASIJARVI, "fi-pirkanmaa", "routine", 400, "Kotihoito, 600 asiakasta", null),
            row(3, 1, PERAMERI, "fi-pohjois-pohjanmaa", "pilot", 90, "Yksi kotihoidon tiimi", null),
            row(4, 1, UMEALVEN, "se-vasterbotten", "routine", 500, "Hemtjänsten i tre kommuner", null),
            row(5, 2, PeopleDemo.NORRKUSTEN, "se-vasternorrland", "routine", 700, "12 vårdcentraler", null),
            row(6, 2, MALARSTADEN, "se-stockholm", "spreading", 200, null, null),
            row(7, 2, TUNTURI, "fi-lappi", "routine", 365, "Etävastaanotot 8 terveysasemalla", null),
            row(8, 3, SAARISTO, "fi-varsinais-suomi", "routine", 800, "Saariston kotihoito, 300 asiakasta", null),
            row(9, 3, KANTAKAUPUNKI, "fi-helsinki", "discontinued", 300, null, null),
            row(10, 4, PeopleDemo.NORRKUSTEN, "se-vasternorrland", "pilot", 45, "30 läkemedelsautomater", null),
            row(11, 4, VASTKUSTEN, "se-vastra-gotaland", "routine", 900, "2 000 klienter i hemtjänsten", null),
            row(12, 4, ORESUND, "se-skane", "spreading", 150, null, null),
            row(13, 5, TORNEDALEN, "se-norrbotten", "pilot", 30, null, null),
            row(14, 6, KANTAKAUPUNKI, "fi-helsinki", "routine", 250, "Kaikki terveysasemat", null),
            row(15, 6, NASIJARVI, "fi-pirkanmaa", "discontinued", 210, null, null),
            row(16, 7, PERAMERI, "fi-pohjois-pohjanmaa", "spreading", 120, "Kolme palvelutaloa", null),
            row(17, 8, TORNEDALEN, "se-norrbotten", "discontinued", 400, null, null))))
        .mapEmpty();
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-8000-0000000018%02d", n));
  }

  private static Tuple org(UUID id, String name, Country country, String website, String en, String fi, String sv) {
    return Tuple.of(id, name, OrganisationType.CARE.code(), country.name(), website,
        new JsonObject().put("en", en).put("fi", fi).put("sv", sv));
  }

  private static Tuple row(int n, int showcase, UUID organisation, String region, String status, int daysAgo, String scale,
                           UUID pilot) {
    return Tuple.of(UUID.fromString(String.format("00000000-0000-4000-a180-%012d", n)), ShowcaseDemo.id(showcase), organisation,
        region, status, daysAgo).addString(scale).addUUID(pilot);
  }
}
