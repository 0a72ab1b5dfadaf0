package org.ntc.hub.demo;

import static org.ntc.hub.showcase.ShowcaseStatus.DRAFT;
import static org.ntc.hub.showcase.ShowcaseStatus.PENDING;
import static org.ntc.hub.showcase.ShowcaseStatus.PUBLISHED;

import static org.ntc.hub.platform.Country.FI;
import static org.ntc.hub.platform.Country.NO;
import static org.ntc.hub.platform.Country.SE;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Site;
import org.ntc.hub.showcase.ShowcaseStatus;

/** Showcases from the demo companies: most published, one waiting for review, one draft. */
final class ShowcaseDemo {
  private static final String INSERT = """
      INSERT INTO showcase (id, organisation_id, status, content, published, published_at, created_by, submitted_at)
      VALUES ($1, $2, $3::text, $4::jsonb, CASE WHEN $3::text = 'published' THEN $4::jsonb END,
              CASE WHEN $3::text = 'published' THEN now() - make_interval(days => $5::int) END, $6,
              CASE WHEN $3::text = 'pending' THEN now() - interval '2 hours' END)
      ON CONFLICT DO NOTHING""";
  private static final String TRANSITION = """
      INSERT INTO showcase_transition (showcase_id, actor_id, from_status, to_status, comment) VALUES ($1, $2, $3, $4, $5)""";

  private ShowcaseDemo() {}

  private record Demo(int n, UUID organisation, int author, ShowcaseStatus status, int daysAgo, JsonObject content) {}

  static Future<Void> load(SqlConnection tx) {
    List<Demo> demos = demos();
    List<Tuple> rows = new ArrayList<>();
    List<Tuple> transitions = new ArrayList<>();
    for (Demo d : demos) {
      UUID id = id(d.n());
      JsonObject content = d.content().copy().put("howToGet", howToGet(d.n()));
      rows.add(Tuple.of(id, d.organisation(), d.status().code(), content, d.daysAgo(), PeopleDemo.id(d.author())));
      transitions.add(Tuple.of(id, PeopleDemo.id(d.author()), null, DRAFT.code(), null));
      if (d.status() != DRAFT) transitions.add(Tuple.of(id, PeopleDemo.id(d.author()), DRAFT.code(), PENDING.code(), null));
      if (d.status() == PUBLISHED) {
        transitions.add(Tuple.of(id, PeopleDemo.id(d.n() % 2 == 0 ? 1 : 2), PENDING.code(), PUBLISHED.code(),
            "Clear and well evidenced."));
      }
    }
    return tx.preparedQuery(INSERT).executeBatch(rows)
        .compose(done -> tx.preparedQuery(TRANSITION).executeBatch(transitions))
        .mapEmpty();
  }

  /**
   * How to get each demo showcase, as its company would say it: public services provide most,
   * some can be bought at a price range, and the contact points lend or show several.
   */
  private static JsonObject howToGet(int n) {
    String seinajoki = Site.SEINAJOKI.id();
    String umea = Site.UMEA.id();
    return switch (n) {
      case 1 -> how(true, true, 89, 149, List.of(seinajoki));
      case 2 -> how(true, false, null, null, List.of(umea));
      case 3 -> how(true, true, 199, 349, List.of(seinajoki, umea));
      case 4 -> how(true, false, null, null, List.of(umea, seinajoki));
      case 5 -> how(true, false, null, null, List.of());
      case 6 -> how(true, false, null, null, List.of(umea));
      case 7 -> how(true, true, 450, 900, List.of(seinajoki));
      case 8 -> how(false, true, 0, 12, List.of());
      case 9 -> how(true, false, null, null, List.of(seinajoki));
      case 10 -> how(true, false, null, null, List.of());
      default -> null;
    };
  }

  private static JsonObject how(boolean publicService, boolean buy, Integer priceMin, Integer priceMax, List<String> tryAt) {
    return new JsonObject().put("publicService", publicService).put("buy", buy).put("priceMin", priceMin).put("priceMax", priceMax)
        .put("tryAt", new JsonArray(tryAt));
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-a000-%012d", n));
  }

  private static List<Demo> demos() {
    return List.of(
        new Demo(1, PeopleDemo.HOIVATEK, 3, PUBLISHED, 40, content(
            "Home blood pressure monitoring for home care",
            "Kotihoidon verenpaineen etämittaus",
            "Distansmätning av blodtryck i hemvården",
            "Clients measure their blood pressure at home; readings reach the home care nurse the same minute.",
            "Asiakas mittaa verenpaineensa kotona, ja mittaustulokset näkyvät kotihoidon sairaanhoitajalle samassa minuutissa.",
            "Klienten mäter blodtrycket hemma och värdena når hemvårdens sjuksköterska samma minut.",
            "## How it works\n\nA Bluetooth blood pressure monitor sends each reading to a phone-free hub. "
                + "The care team sees **trends and alerts** in one view.\n\n- no smartphone needed\n- alerts for high readings\n- works with patient record systems over FHIR",
            "## Näin se toimii\n\nBluetooth-verenpainemittari lähettää jokaisen mittauksen tukiasemaan, joka ei vaadi älypuhelinta. "
                + "Hoitotiimi näkee **trendit ja hälytykset** yhdestä näkymästä.\n\n- ei tarvita älypuhelinta\n- hälytys korkeista verenpaineista\n- liittyy potilastietojärjestelmiin FHIR-rajapinnan kautta",
            "## Så fungerar det\n\nEn blodtrycksmätare med Bluetooth skickar varje mätning till en basstation utan smarttelefon. "
                + "Vårdteamet ser **trender och larm** i en vy.\n\n- ingen smarttelefon behövs\n- larm vid höga värden\n- kopplas till journalsystem via FHIR",
            List.of("remote-monitoring", "health-data-interoperability"), List.of("older-people", "chronic-conditions"),
            List.of(FI, SE), List.of("fi", "sv", "en"), "mdr-class-iia", "routine-use", "https://hoivatek.example/bp")),
        new Demo(2, PeopleDemo.CARELINK, 4, PUBLISHED, 30, content(
            "Video visits with interpreter on call",
            "Videovastaanotto ja tulkki tarvittaessa",
            "Videobesök med tolk vid behov",
            "Secure video visits from home to the health centre, with an interpreter joining the call in minutes.",
            "Turvallinen videovastaanotto kotoa terveysasemalle; tulkki liittyy puheluun muutamassa minuutissa.",
            "Säkra videobesök hemifrån till vårdcentralen, där en tolk ansluter till samtalet på några minuter.",
            "Patients join from a link in a text message. Clinicians start the visit from the patient record.",
            "Potilas liittyy tekstiviestin linkistä. Lääkäri tai hoitaja aloittaa käynnin potilastiedoista.",
            "Patienten ansluter via en länk i ett sms. Vårdpersonalen startar besöket från journalen.",
            List.of("video-consultation"), List.of("older-people", "families", "chronic-conditions"),
            List.of(SE, FI, NO), List.of("sv", "fi", "en", "ar", "so"), "not-medical-device", "routine-use",
            "https://carelink.example/video")),
        new Demo(3, PeopleDemo.TURVA, 3, PUBLISHED, 25, content(
            "Fall detector that also works outdoors",
            "Kaatumisilmaisin, joka toimii myös ulkona",
            "Fallarm som fungerar även utomhus",
            "A wristband that detects falls and calls for help with location, at home, in the garden or on a walk.",
            "Ranneke tunnistaa kaatumisen ja hälyttää apua sijaintitiedon kanssa kotona, pihalla tai lenkillä.",
            "Ett armband som upptäcker fall och larmar med position, hemma, i trädgården eller på promenaden.",
            "The alarm goes to family members or the municipal safety service. Battery lasts a week.",
            "Hälytys menee omaisille tai kunnan turvapalveluun. Akku kestää viikon.",
            "Larmet går till anhöriga eller kommunens trygghetstjänst. Batteriet räcker en vecka.",
            List.of("safety-and-alarms", "assistive-living"), List.of("older-people", "informal-carers"),
            List.of(FI), List.of("fi", "sv"), "mdr-class-i", "routine-use", "https://turvaranneke.example")),
        new Demo(4, PeopleDemo.MEDIDOSE, 4, PUBLISHED, 20, content(
            "Medicine dispenser that alerts home care",
            "Lääkeannostelija, joka hälyttää kotihoidon",
            "Läkemedelsautomat som larmar hemtjänsten",
            "Dispenses the right dose at the right time and tells home care if a dose is not taken.",
            "Annostelee oikean annoksen oikeaan aikaan ja kertoo kotihoidolle, jos lääke jää ottamatta.",
            "Ger rätt dos vid rätt tid och meddelar hemtjänsten om en dos inte tas.",
            "Fewer home visits for medication, more time for care. Pharmacies fill the rolls weekly.",
            "Vähemmän lääkekäyntejä, enemmän aikaa hoidolle. Apteekki täyttää annosrullat viikoittain.",
            "Färre läkemedelsbesök, mer tid för omsorg. Apoteket fyller dosrullarna varje vecka.",
            List.of("medication-management"), List.of("older-people", "chronic-conditions"),
            List.of(SE, FI), List.of("sv", "fi", "en"), "mdr-class-iia", "clinical-study", "https://medidose.example")),
        new Demo(5, PeopleDemo.HOIVATEK, 3, PUBLISHED, 12, content(
            "Remote heart failure follow-up",
            "Sydämen vajaatoiminnan etäseuranta",
            "Distansuppföljning vid hjärtsvikt",
            "Daily weight and symptoms reported from home help nurses catch worsening heart failure early.",
            "Päivittäin kotoa raportoitu paino ja oireet auttavat hoitajia huomaamaan sydämen vajaatoiminnan pahenemisen ajoissa.",
            "Dagliga uppgifter om vikt och symtom hemifrån hjälper sjuksköterskor att upptäcka försämrad hjärtsvikt i tid.",
            "Built with the cardiology clinic of a Finnish wellbeing services county.",
            "Kehitetty yhdessä hyvinvointialueen kardiologian poliklinikan kanssa.",
            "Utvecklad tillsammans med ett välfärdsområdes kardiologiska mottagning.",
            List.of("remote-monitoring", "care-coordination"), List.of("chronic-conditions"),
            List.of(FI), List.of("fi", "sv"), "mdr-class-iia", "pilot", null)),
        new Demo(6, PeopleDemo.CARELINK, 4, PUBLISHED, 8, content(
            "Digital group rehabilitation after knee surgery",
            "Digitaalinen ryhmäkuntoutus polvileikkauksen jälkeen",
            "Digital grupprehabilitering efter knäoperation",
            "Physiotherapist-led exercise groups over video, with progress tracked between sessions.",
            "Fysioterapeutin vetämät harjoitusryhmät videon välityksellä, edistymisen seuranta tapaamisten välillä.",
            "Träningsgrupper på video under ledning av fysioterapeut, med uppföljning mellan träffarna.",
            "Groups of six meet twice a week for eight weeks.",
            "Kuuden hengen ryhmät kokoontuvat kahdesti viikossa kahdeksan viikon ajan.",
            "Grupper om sex personer träffas två gånger i veckan i åtta veckor.",
            List.of("rehabilitation", "video-consultation"), List.of("older-people"),
            List.of(SE), List.of("sv", "en"), "not-medical-device", "clinical-study", null)),
        new Demo(7, PeopleDemo.TURVA, 3, PUBLISHED, 5, content(
            "Night-time safety sensors for assisted living",
            "Yöajan turvasensorit palveluasumiseen",
            "Trygghetssensorer nattetid i serviceboende",
            "Motion and door sensors replace night-time check visits that wake residents.",
            "Liike- ja ovisensorit korvaavat yökäynnit, jotka herättävät asukkaat.",
            "Rörelse- och dörrsensorer ersätter nattliga tillsynsbesök som väcker de boende.",
            "Staff get an alert only when something unusual happens.",
            "Henkilökunta saa hälytyksen vain, kun tapahtuu jotain tavallisesta poikkeavaa.",
            "Personalen får larm bara när något ovanligt händer.",
            List.of("safety-and-alarms"), List.of("older-people", "people-with-disabilities", "professionals"),
            List.of(FI, SE), List.of("fi", "sv"), "not-medical-device", "routine-use", null)),
        new Demo(8, PeopleDemo.MEDIDOSE, 4, PUBLISHED, 2, content(
            "Self-care app for type 2 diabetes",
            "Omahoitosovellus tyypin 2 diabetekseen",
            "Egenvårdsapp för typ 2-diabetes",
            "Glucose, meals and activity in one place, shared with the diabetes nurse before each visit.",
            "Verensokeri, ateriat ja liikunta samassa paikassa, diabeteshoitajan nähtävillä ennen jokaista käyntiä.",
            "Blodsocker, måltider och aktivitet på ett ställe, delat med diabetessköterskan inför varje besök.",
            "Available in Swedish, Finnish and Arabic.",
            "Saatavilla ruotsiksi, suomeksi ja arabiaksi.",
            "Finns på svenska, finska och arabiska.",
            List.of("self-care", "digital-therapeutics"), List.of("chronic-conditions"),
            List.of(SE, FI), List.of("sv", "fi", "ar"), "mdr-class-i", "pilot", null)),
        new Demo(9, PeopleDemo.HOIVATEK, 3, PENDING, 0, content(
            "Oxygen saturation monitoring for COPD",
            "Happisaturaation seuranta keuhkoahtaumataudissa",
            "Mätning av syremättnad vid KOL",
            "Pulse oximeter readings at home warn the care team before a COPD exacerbation.",
            "Kotona mitattu happisaturaatio varoittaa hoitotiimiä ennen keuhkoahtaumataudin pahenemisvaihetta.",
            "Mätningar med pulsoximeter hemma varnar vårdteamet före en KOL-försämring.",
            "", "", "",
            List.of("remote-monitoring"), List.of("chronic-conditions", "older-people"),
            List.of(FI), List.of("fi", "en"), "mdr-class-iia", "pilot", null)),
        new Demo(10, PeopleDemo.CARELINK, 4, DRAFT, 0, content(
            "Chat with the school nurse",
            "Chat kouluterveydenhoitajan kanssa",
            "Chatt med skolsköterskan",
            "Pupils and parents reach the school nurse by secure chat during school days.",
            "Oppilaat ja vanhemmat tavoittavat kouluterveydenhoitajan turvallisessa chatissa koulupäivien aikana.",
            "Elever och föräldrar når skolsköterskan via säker chatt under skoldagar.",
            "", "", "",
            List.of("video-consultation", "self-care"), List.of("families", "mental-health"),
            List.of(SE), List.of("sv"), "not-medical-device", "concept", null)));
  }

  private static JsonObject content(String titleEn, String titleFi, String titleSv, String summaryEn, String summaryFi,
                                    String summarySv, String descEn, String descFi, String descSv, List<String> categories,
                                    List<String> groups, List<Country> countries, List<String> languages, String regulatory,
                                    String evidence, String website) {
    JsonObject description = new JsonObject();
    if (!descEn.isEmpty()) description.put("en", descEn).put("fi", descFi).put("sv", descSv);
    return new JsonObject()
        .put("title", new JsonObject().put("en", titleEn).put("fi", titleFi).put("sv", titleSv))
        .put("summary", new JsonObject().put("en", summaryEn).put("fi", summaryFi).put("sv", summarySv))
        .put("description", description)
        .put("categories", new JsonArray(categories))
        .put("targetGroups", new JsonArray(groups))
        .put("countries", new JsonArray(countries.stream().map(Country::name).toList()))
        .put("languages", new JsonArray(languages))
        .put("regulatoryStatus", regulatory)
        .put("evidenceLevel", evidence)
        .put("website", website)
        .put("contactEmail", null);
  }
}
