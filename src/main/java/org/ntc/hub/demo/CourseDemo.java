package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;

/**
 * Two short self-paced courses: one for citizens in Finnish and Swedish on the medicine
 * dispenser, one for home-care professionals in all three languages on remote blood-pressure
 * follow-up; each tied to the demo showcase it teaches, with a three-question quiz per module.
 */
final class CourseDemo {
  private static final String INSERT = """
      INSERT INTO course (id, organisation_id, status, content, published, published_at, created_by)
      VALUES ($1, $2, 'published', $3::jsonb, $3::jsonb, now() - make_interval(days => $4::int), $5)
      ON CONFLICT DO NOTHING""";
  private static int next;

  private CourseDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.preparedQuery(INSERT).executeBatch(List.of(
        Tuple.of(id(1), null, CourseImageDemo.withPicture(dispenserCourse(), 1), 12, PeopleDemo.id(2)),
        Tuple.of(id(2), PeopleDemo.LAKEUS, CourseImageDemo.withPicture(bloodPressureCourse(), 2), 5, PeopleDemo.id(5))))
        .mapEmpty();
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-c000-%012d", n));
  }

  /** Module, lesson and question ids, stable from load to load. */
  private static String part() {
    return String.format("00000000-0000-4000-c100-%012d", ++next);
  }

  private static JsonObject dispenserCourse() {
    next = 100;
    return new JsonObject()
        .put("title", fs("Lääkeannostelija kotona", "Läkemedelsautomat hemma"))
        .put("summary", fs("Miten lääkeannostelija toimii, miten annos otetaan ja mitä tehdä, kun laite hälyttää.",
            "Hur läkemedelsautomaten fungerar, hur du tar din dos och vad du gör när den larmar."))
        .put("languages", new JsonArray().add("fi").add("sv"))
        .put("audience", "citizens")
        .put("categories", new JsonArray().add("medication-management"))
        .put("durationMinutes", 30)
        .put("showcaseIds", new JsonArray().add(ShowcaseDemo.id(4).toString()))
        .put("modules", new JsonArray()
            .add(module(fs("Tutustu laitteeseen", "Lär känna automaten"), List.of(
                lesson(fs("Mikä lääkeannostelija on?", "Vad är en läkemedelsautomat?"),
                    fs("""
                        Lääkeannostelija on pieni laite, joka antaa lääkkeesi **oikeaan aikaan**.

                        - Apteekki täyttää annosrullan.
                        - Laite soittaa äänimerkin, kun on lääkkeen aika.
                        - Jos annos jää ottamatta, kotihoito saa tiedon.""", """
                        En läkemedelsautomat är en liten apparat som ger dig dina läkemedel **i rätt tid**.

                        - Apoteket fyller dosrullen.
                        - Automaten piper när det är dags.
                        - Om dosen inte tas får hemvården veta det.""")),
                lesson(fs("Laitteen osat", "Automatens delar"),
                    fs("Etupuolella on **painike** ja **annosluukku**. Takana on virtajohto: pidä se aina kiinni pistorasiassa.",
                        "På framsidan finns en **knapp** och en **doslucka**. Baksidan har en sladd: håll den alltid i uttaget."))),
                3, List.of(
                    question(fs("Kuka täyttää annosrullan?", "Vem fyller dosrullen?"),
                        List.of(fs("Apteekki", "Apoteket"), fs("Minä itse", "Jag själv"), fs("Naapuri", "Grannen")), 0),
                    question(fs("Mitä laite tekee, kun on lääkkeen aika?", "Vad gör automaten när det är dags för medicinen?"),
                        List.of(fs("Ei mitään", "Ingenting"), fs("Soittaa äänimerkin", "Den piper"), fs("Sammuu", "Den stängs av")), 1),
                    question(fs("Mitä tapahtuu, jos annos jää ottamatta?", "Vad händer om dosen inte tas?"),
                        List.of(fs("Annos katoaa", "Dosen försvinner"), fs("Laite lukittuu", "Automaten låses"),
                            fs("Kotihoito saa tiedon", "Hemvården får veta det")), 2))))
            .add(module(fs("Päivittäinen käyttö", "Daglig användning"), List.of(
                lesson(fs("Annoksen ottaminen", "Att ta sin dos"),
                    fs("1. Kuuntele äänimerkkiä.\n2. Paina painiketta.\n3. Ota lääkkeet luukusta ja niele ne vesilasillisen kanssa.",
                        "1. Lyssna på signalen.\n2. Tryck på knappen.\n3. Ta medicinen ur luckan och svälj den med ett glas vatten.")),
                lesson(fs("Kun laite hälyttää", "När automaten larmar"),
                    fs("Jos laite hälyttää eikä annos tule, **älä avaa laitetta**. Soita kotihoitoon; numero on laitteen kyljessä.",
                        "Om automaten larmar och ingen dos kommer, **öppna inte automaten**. Ring hemvården; numret står på sidan."))),
                2, List.of(
                    question(fs("Mitä painat, kun on lääkkeen aika?", "Vad trycker du på när det är dags?"),
                        List.of(fs("Painiketta", "Knappen"), fs("Virtajohtoa", "Sladden")), 0),
                    question(fs("Laite hälyttää, eikä annos tule. Mitä teet?", "Automaten larmar och ingen dos kommer. Vad gör du?"),
                        List.of(fs("Avaan laitteen", "Jag öppnar automaten"), fs("Soitan kotihoitoon", "Jag ringer hemvården")), 1),
                    question(fs("Millä lääkkeet kannattaa niellä?", "Vad sväljer du medicinen med?"),
                        List.of(fs("Vesilasillisella", "Ett glas vatten"), fs("Ilman mitään", "Ingenting")), 0)))));
  }

  private static JsonObject bloodPressureCourse() {
    next = 200;
    return new JsonObject()
        .put("title", t("Remote blood-pressure follow-up in home care", "Verenpaineen etäseuranta kotihoidossa",
            "Distansuppföljning av blodtryck i hemvården"))
        .put("summary", t("How clients measure at home, how readings reach the nurse, and when a reading calls for action.",
            "Miten asiakas mittaa kotona, miten tulokset tulevat hoitajalle ja milloin lukema vaatii toimia.",
            "Hur klienten mäter hemma, hur värdena når sjuksköterskan och när ett värde kräver åtgärd."))
        .put("languages", new JsonArray().add("en").add("fi").add("sv"))
        .put("audience", "professionals")
        .put("categories", new JsonArray().add("remote-monitoring"))
        .put("durationMinutes", 75)
        .put("showcaseIds", new JsonArray().add(ShowcaseDemo.id(1).toString()))
        .put("modules", new JsonArray()
            .add(module(t("Measuring at home", "Mittaaminen kotona", "Att mäta hemma"), List.of(
                lesson(t("A reliable reading", "Luotettava mittaus", "En tillförlitlig mätning"),
                    t("""
                        Teach the client to measure **seated, after five minutes of rest**, with the cuff at heart level.

                        Two readings a minute apart, morning and evening, for one week.""", """
                        Opeta asiakas mittaamaan **istuen viiden minuutin levon jälkeen**, mansetti sydämen tasolla.

                        Kaksi mittausta minuutin välein, aamuin ja illoin, viikon ajan.""", """
                        Lär klienten att mäta **sittande efter fem minuters vila**, med manschetten i hjärthöjd.

                        Två mätningar med en minuts mellanrum, morgon och kväll, under en vecka."""),
                    "https://www.example.org/videos/home-blood-pressure"),
                lesson(t("Setting up the meter", "Mittarin käyttöönotto", "Att ta mätaren i bruk"),
                    t("Pair the meter with the client's hub, check that a test reading arrives, and agree who charges it.",
                        "Yhdistä mittari asiakkaan tukiasemaan, tarkista että koemittaus tulee perille ja sovi, kuka lataa sen.",
                        "Parkoppla mätaren med klientens bas, kontrollera att en testmätning kommer fram och kom överens om vem som laddar den."),
                    null)),
                3, List.of(
                    question(t("How should the client sit when measuring?", "Miten asiakas istuu mitatessaan?", "Hur sitter klienten vid mätningen?"),
                        List.of(t("Seated after five minutes of rest", "Istuen viiden minuutin levon jälkeen", "Sittande efter fem minuters vila"),
                            t("Standing, straight after walking", "Seisten heti kävelyn jälkeen", "Stående direkt efter en promenad")), 0),
                    question(t("Where should the cuff be?", "Missä mansetin pitää olla?", "Var ska manschetten sitta?"),
                        List.of(t("At the wrist, arm hanging down", "Ranteessa käsi roikkuen", "Vid handleden med armen hängande"),
                            t("At heart level", "Sydämen tasolla", "I hjärthöjd")), 1),
                    question(t("What do you check after pairing the meter?", "Mitä tarkistat mittarin yhdistämisen jälkeen?",
                            "Vad kontrollerar du efter parkopplingen?"),
                        List.of(t("That a test reading arrives", "Että koemittaus tulee perille", "Att en testmätning kommer fram"),
                            t("Nothing", "En mitään", "Ingenting")), 0))))
            .add(module(t("Acting on readings", "Toiminta lukemien perusteella", "Att agera på värdena"), List.of(
                lesson(t("Alert limits", "Hälytysrajat", "Larmgränser"),
                    t("The physician sets each client's limits. A reading above the upper limit **twice in a row** alerts the nurse.",
                        "Lääkäri asettaa jokaiselle asiakkaalle rajat. Ylärajan ylittävä lukema **kahdesti peräkkäin** hälyttää hoitajalle.",
                        "Läkaren sätter varje klients gränser. Ett värde över den övre gränsen **två gånger i rad** larmar sjuksköterskan."),
                    null),
                lesson(t("Calling the client", "Soitto asiakkaalle", "Att ringa klienten"),
                    t("Call within the hour: ask about symptoms, medication and how the reading was taken, then record what you agreed.",
                        "Soita tunnin sisällä: kysy oireista, lääkityksestä ja mittaustavasta, ja kirjaa mitä sovitte.",
                        "Ring inom en timme: fråga om symtom, medicinering och hur mätningen gjordes, och dokumentera vad ni kom överens om."),
                    null)),
                3, List.of(
                    question(t("Who sets a client's alert limits?", "Kuka asettaa asiakkaan hälytysrajat?", "Vem sätter klientens larmgränser?"),
                        List.of(t("The client", "Asiakas", "Klienten"), t("The physician", "Lääkäri", "Läkaren"),
                            t("The meter's maker", "Mittarin valmistaja", "Mätarens tillverkare")), 1),
                    question(t("When does a high reading alert the nurse?", "Milloin korkea lukema hälyttää hoitajalle?",
                            "När larmar ett högt värde sjuksköterskan?"),
                        List.of(t("Twice in a row above the limit", "Kahdesti peräkkäin ylärajan yli", "Två gånger i rad över gränsen"),
                            t("Once a month", "Kerran kuukaudessa", "En gång i månaden")), 0),
                    question(t("What do you do after the call?", "Mitä teet soiton jälkeen?", "Vad gör du efter samtalet?"),
                        List.of(t("Record what you agreed", "Kirjaan mitä sovimme", "Dokumenterar vad vi kom överens om"),
                            t("Switch the meter off", "Sammutan mittarin", "Stänger av mätaren")), 0)))));
  }

  private static JsonObject module(JsonObject title, List<JsonObject> lessons, int passCount, List<JsonObject> questions) {
    JsonObject module = new JsonObject().put("id", part()).put("title", title).put("lessons", new JsonArray(lessons));
    int passMark = (int) Math.ceil(passCount * 100.0 / questions.size());
    return module.put("quiz", new JsonObject().put("passMark", passMark).put("questions", new JsonArray(questions)));
  }

  private static JsonObject lesson(JsonObject title, JsonObject body) {
    return lesson(title, body, null);
  }

  private static JsonObject lesson(JsonObject title, JsonObject body, String videoUrl) {
    return new JsonObject().put("id", part()).put("title", title).put("body", body).put("links", new JsonArray())
        .put("videoUrl", videoUrl);
  }

  private static JsonObject question(JsonObject text, List<JsonObject> options, int answer) {
    return new JsonObject().put("id", part()).put("text", text).put("options", new JsonArray(options)).put("answer", answer);
  }

  private static JsonObject fs(String fi, String sv) {
    return new JsonObject().put("fi", fi).put("sv", sv);
  }

  private static JsonObject t(String en, String fi, String sv) {
    return new JsonObject().put("en", en).put("fi", fi).put("sv", sv);
  }
}
