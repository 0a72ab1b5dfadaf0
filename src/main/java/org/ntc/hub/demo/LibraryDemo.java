package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;

/**
 * The library's first shelf: cases from Seinäjoki and Västerbotten, research from Sweden and
 * Finland and two working methods, each tied to the demo showcases it is about, with the MAST
 * findings the showcases' evidence profiles are built from. One method waits for review.
 */
final class LibraryDemo {
  private static final String INSERT = """
      INSERT INTO library_entry (id, kind, organisation_id, status, content, published, published_at, created_by, submitted_at)
      VALUES ($1, $2, $3, $4::text, $5::jsonb, CASE WHEN $4::text = 'published' THEN $5::jsonb END,
              CASE WHEN $4::text = 'published' THEN now() - make_interval(days => $6::int) END, $7,
              CASE WHEN $4::text = 'pending' THEN now() - interval '3 hours' END)
      ON CONFLICT DO NOTHING""";

  private LibraryDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.preparedQuery(INSERT).executeBatch(List.of(
        row(1, "case", PeopleDemo.LAKEUS, "published", 30, 5, dispenserCase()),
        row(2, "case", null, "published", 24, 2, videoCase()),
        row(3, "case", PeopleDemo.LAKEUS, "published", 10, 5, bloodPressureCase()),
        row(4, "research", null, "published", 21, 2, heartFailureTrial()),
        row(5, "research", null, "published", 18, 1, dispenserHta()),
        row(6, "research", null, "published", 6, 1, fallDetectorStudy()),
        row(7, "method", null, "published", 15, 1, dispenserMethod()),
        row(8, "method", null, "published", 4, 2, interpreterMethod()),
        row(9, "method", PeopleDemo.LAKEUS, "pending", 0, 5, nightRoundsMethod()),
        row(10, "research", PeopleDemo.LAKEUS, "published", 2, 5, sleepStudy())))
        .mapEmpty();
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-f000-%012d", n));
  }

  private static Tuple row(int n, String kind, UUID organisation, String status, int daysAgo, int author, JsonObject content) {
    return Tuple.of(id(n), kind, organisation, status, content, daysAgo).addValue(PeopleDemo.id(author));
  }

  private static JsonObject dispenserCase() {
    return base(t("Medicine dispensers in Seinäjoki home care", "Lääkeannostelijat Seinäjoen kotihoidossa",
            "Läkemedelsautomater i hemvården i Seinäjoki"),
        t("Automatic dispensers replaced a third of medication visits in home care; missed doses fell and nurses gained time for care.",
            "Automaattiset annostelijat korvasivat kolmanneksen lääkekäynneistä kotihoidossa; unohtuneet annokset vähenivät ja hoitajille jäi aikaa hoitoon.",
            "Automater ersatte en tredjedel av läkemedelsbesöken i hemvården; missade doser minskade och personalen fick tid för vård."),
        List.of("medication-management", "safety-and-alarms"), List.of("FI"), List.of(ShowcaseDemo.id(4)), domains(
            domain("safety", "positive", t("Missed doses fell from 9 % to 2 % of scheduled doses.",
                "Unohtuneet annokset vähenivät 9 prosentista 2 prosenttiin.", "Missade doser minskade från 9 % till 2 %.")),
            domain("organisational", "positive", t("One medication visit in three was no longer needed.",
                "Joka kolmas lääkekäynti jäi pois.", "Vart tredje läkemedelsbesök behövdes inte längre.")),
            domain("patient-perspectives", "neutral", t("Most clients liked the reminders; some missed the visit itself.",
                "Useimmat pitivät muistutuksista; osa kaipasi käyntiä.", "De flesta uppskattade påminnelserna; några saknade besöket."))))
        .put("setting", t("Lakeus wellbeing services county, home care in Seinäjoki: 14 teams, about 1,100 clients.",
            "Lakeuden hyvinvointialue, Seinäjoen kotihoito: 14 tiimiä, noin 1 100 asiakasta.",
            "Lakeus välfärdsområde, hemvården i Seinäjoki: 14 team, omkring 1 100 klienter."))
        .put("workModel", t("Pharmacy-filled dose rolls; the dispenser alerts the home-care team when a dose is not taken within 30 minutes.",
            "Apteekki täyttää annosrullat; annostelija hälyttää kotihoidon tiimille, jos annosta ei oteta 30 minuutissa.",
            "Apoteket fyller dosrullarna; automaten larmar hemvårdsteamet om en dos inte tas inom 30 minuter."))
        .put("scale", "320 clients, 14 teams")
        .put("results", t("Medication visits fell by 34 % in a year; nurses used the time for longer care visits.",
            "Lääkekäynnit vähenivät vuodessa 34 %; hoitajat käyttivät ajan pidempiin hoitokäynteihin.",
            "Läkemedelsbesöken minskade med 34 % på ett år; personalen använde tiden till längre vårdbesök."))
        .put("barriers", t("Clients with memory disorders needed a longer start; alarm routines had to be agreed night by night.",
            "Muistisairaat asiakkaat tarvitsivat pidemmän aloituksen; hälytysten käsittely piti sopia myös öiksi.",
            "Klienter med minnessjukdom behövde en längre start; larmrutiner måste avtalas även för natten."))
        .put("enablers", t("A named dispenser nurse in each team, and the pharmacy's fixed weekly delivery.",
            "Nimetty annostelijavastaava jokaisessa tiimissä ja apteekin kiinteä viikkotoimitus.",
            "En utsedd automatansvarig i varje team och apotekets fasta veckoleverans."))
        .put("contact", "Anna Rinne, home care nurse, anna.rinne@lakeus.example");
  }

  private static JsonObject videoCase() {
    return base(t("Video visits in Västerbotten home care", "Videokäynnit Västerbottenin kotihoidossa", "Videobesök i hemvården i Västerbotten"),
        t("Inland municipalities replaced evening check-up visits with video calls, with an interpreter joining when needed.",
            "Sisämaan kunnat korvasivat iltatarkastuskäyntejä videopuheluilla, ja tulkki liittyi tarvittaessa mukaan.",
            "Inlandskommuner ersatte kvällens tillsynsbesök med videosamtal, med tolk vid behov."),
        List.of("video-consultation", "care-coordination"), List.of("SE"), List.of(ShowcaseDemo.id(2)), domains(
            domain("organisational", "positive", t("Driving time fell by about 40 hours a week across four municipalities.",
                "Ajoaika väheni noin 40 tuntia viikossa neljässä kunnassa.", "Körtiden minskade med cirka 40 timmar i veckan i fyra kommuner.")),
            domain("patient-perspectives", "positive", t("Clients valued seeing the same nurse each evening.",
                "Asiakkaat arvostivat saman hoitajan näkemistä joka ilta.", "Klienterna uppskattade att möta samma sjuksköterska varje kväll.")),
            domain("socio-cultural-ethical-legal", "neutral", t("Consent and camera placement were agreed with each client.",
                "Suostumus ja kameran paikka sovittiin jokaisen asiakkaan kanssa.", "Samtycke och kamerans placering avtalades med varje klient."))))
        .put("setting", t("Home care in four inland municipalities of Västerbotten, Sweden.",
            "Kotihoito neljässä Västerbottenin sisämaan kunnassa, Ruotsi.", "Hemvården i fyra inlandskommuner i Västerbotten."))
        .put("workModel", t("A tablet in the client's home; evening visits by video, a home visit when the nurse sees a need.",
            "Tabletti asiakkaan kotona; iltakäynnit videolla, kotikäynti kun hoitaja näkee tarpeen.",
            "En surfplatta i klientens hem; kvällsbesök via video, hembesök när sjuksköterskan ser ett behov."))
        .put("scale", "85 clients in 4 municipalities")
        .put("results", t("Two evening visits in three were done by video without loss of safety.",
            "Kaksi kolmesta iltakäynnistä tehtiin videolla turvallisuudesta tinkimättä.",
            "Två av tre kvällsbesök gjordes via video utan att säkerheten påverkades."))
        .put("barriers", t("Weak mobile coverage in two villages.", "Heikko mobiiliverkko kahdessa kylässä.", "Svag mobiltäckning i två byar."))
        .put("enablers", t("Interpreters on call through the same system.", "Tulkit saatavilla samassa järjestelmässä.",
            "Tolkar i beredskap via samma system."))
        .put("contact", "Johan Lindgren, NTC Umeå");
  }

  private static JsonObject bloodPressureCase() {
    return base(t("Remote blood pressure follow-up in Lakeus home care", "Verenpaineen etäseuranta Lakeuden kotihoidossa",
            "Distansuppföljning av blodtryck i Lakeus hemvård"),
        t("Clients measured their blood pressure at home for eight weeks; the nurse reviewed readings daily instead of visiting.",
            "Asiakkaat mittasivat verenpaineensa kotona kahdeksan viikon ajan; hoitaja tarkisti lukemat päivittäin käyntien sijaan.",
            "Klienterna mätte blodtrycket hemma i åtta veckor; sjuksköterskan granskade värdena dagligen i stället för att göra besök."),
        List.of("remote-monitoring"), List.of("FI"), List.of(ShowcaseDemo.id(1)), domains(
            domain("clinical-effectiveness", "positive", t("Systolic pressure fell by 8 mmHg on average.",
                "Systolinen paine laski keskimäärin 8 mmHg.", "Det systoliska trycket sjönk i genomsnitt med 8 mmHg.")),
            domain("economic", "not-assessed", t("Costs were not yet measured.", "Kustannuksia ei vielä mitattu.",
                "Kostnaderna mättes ännu inte."))))
        .put("challengeIds", new JsonArray().add(ChallengeDemo.HOME_CARE_NEED.toString()))
        .put("setting", t("Home care in Lakeus wellbeing services county, Finland.", "Lakeuden hyvinvointialueen kotihoito.",
            "Hemvården i Lakeus välfärdsområde, Finland."))
        .put("scale", "42 clients")
        .put("results", t("Fewer routine visits; two clients had their medication changed earlier than they would have.",
            "Rutiinikäyntejä oli vähemmän; kahden asiakkaan lääkitystä muutettiin aiemmin kuin muuten.",
            "Färre rutinbesök; två klienter fick ändrad medicinering tidigare än annars."))
        .put("contact", "Anna Rinne, anna.rinne@lakeus.example");
  }

  private static JsonObject heartFailureTrial() {
    return base(t("Telemonitoring after heart failure hospitalisation: a randomised trial in northern Sweden",
            "Etäseuranta sydämen vajaatoiminnan sairaalajakson jälkeen: satunnaistettu tutkimus Pohjois-Ruotsissa",
            "Distansövervakning efter sjukhusvård för hjärtsvikt: en randomiserad studie i norra Sverige"),
        t("Daily weight, blood pressure and symptoms reported from home cut readmissions within six months.",
            "Kotoa päivittäin raportoitu paino, verenpaine ja oireet vähensivät uusia sairaalajaksoja puolen vuoden aikana.",
            "Daglig vikt, blodtryck och symtom rapporterade hemifrån minskade återinläggningar inom sex månader."),
        List.of("remote-monitoring", "care-coordination"), List.of("SE"),
        List.of(ShowcaseDemo.id(5)), domains(
            domain("clinical-effectiveness", "positive", t("Readmissions for heart failure fell from 31 % to 22 % in six months.",
                "Uudet sydämen vajaatoiminnan sairaalajaksot vähenivät 31 %:sta 22 %:iin.",
                "Återinläggningar för hjärtsvikt minskade från 31 % till 22 % på sex månader.")),
            domain("safety", "positive", t("No harm was linked to the monitoring.", "Seurantaan ei liittynyt haittoja.",
                "Inga skador kopplades till övervakningen.")),
            domain("patient-perspectives", "positive", t("Patients felt safer at home.", "Potilaat kokivat olonsa turvallisemmaksi kotona.",
                "Patienterna kände sig tryggare hemma.")),
            domain("economic", "neutral", t("Costs per patient were similar; fewer bed days balanced the equipment.",
                "Kustannukset potilasta kohden olivat samaa tasoa.", "Kostnaderna per patient var likartade."))))
        .put("citation", "Lindqvist M, Berg A, Nilsson E. Telemonitoring after hospitalisation for heart failure in rural northern Sweden: "
            + "a randomised controlled trial. Scand Cardiovasc J. 2025;59(2):112-121.")
        .put("doi", "10.5555/ntc.hf.2025.0112")
        .put("design", "rct")
        .put("population", t("212 patients discharged after heart failure in Västerbotten and Norrbotten, mean age 77.",
            "212 sydämen vajaatoiminnan vuoksi kotiutettua potilasta Västerbottenissa ja Norrbottenissa, keski-ikä 77.",
            "212 patienter utskrivna efter hjärtsvikt i Västerbotten och Norrbotten, medelålder 77 år."))
        .put("findings", t("Fewer readmissions, more days alive at home, similar costs.",
            "Vähemmän uusia sairaalajaksoja, enemmän päiviä kotona, samat kustannukset.",
            "Färre återinläggningar, fler dagar hemma, likartade kostnader."));
  }

  private static JsonObject dispenserHta() {
    return base(t("Automatic medicine dispensers in home care: a health technology assessment",
            "Automaattiset lääkeannostelijat kotihoidossa: terveysteknologian arviointi",
            "Läkemedelsautomater i hemvården: en medicinsk teknologiutvärdering"),
        t("A Finnish assessment of dispensers in home care finds them safe and cost-saving for clients with several daily doses.",
            "Suomalainen arviointi toteaa annostelijat turvallisiksi ja kustannuksia säästäviksi asiakkaille, joilla on useita päivittäisiä annoksia.",
            "En finsk utvärdering finner automaterna säkra och kostnadsbesparande för klienter med flera dagliga doser."),
        List.of("medication-management"), List.of("FI"), List.of(ShowcaseDemo.id(4)), domains(
            domain("economic", "positive", t("Savings of about 2,400 euros per client a year when three visits a day are replaced.",
                "Noin 2 400 euron säästö asiakasta kohden vuodessa, kun kolme käyntiä päivässä korvataan.",
                "Besparing på cirka 2 400 euro per klient och år när tre besök per dag ersätts.")),
            domain("safety", "positive", t("Fewer missed and double doses in all included studies.",
                "Vähemmän unohtuneita ja kaksinkertaisia annoksia kaikissa tutkimuksissa.",
                "Färre missade och dubbla doser i alla ingående studier.")),
            domain("organisational", "positive", t("Needs agreed alarm routines and pharmacy cooperation.",
                "Edellyttää sovittuja hälytyskäytäntöjä ja yhteistyötä apteekin kanssa.",
                "Kräver avtalade larmrutiner och samarbete med apoteket.")),
            domain("socio-cultural-ethical-legal", "neutral", t("Fewer visits may mean less human contact; plan for it.",
                "Harvemmat käynnit voivat vähentää ihmiskontaktia; se on huomioitava.",
                "Färre besök kan betyda mindre mänsklig kontakt; planera för det."))))
        .put("citation", "Finnish Coordinating Center for Health Technology Assessment. Automatic medicine dispensers in home care. "
            + "FinCCHTA report 2024:3.")
        .put("url", "https://www.example.org/fincchta/medicine-dispensers-2024")
        .put("design", "hta")
        .put("population", t("Home-care clients taking medicines several times a day; 11 studies and Finnish cost data.",
            "Kotihoidon asiakkaat, jotka ottavat lääkkeitä useasti päivässä; 11 tutkimusta ja suomalaiset kustannustiedot.",
            "Hemvårdsklienter som tar läkemedel flera gånger per dag; 11 studier och finska kostnadsdata."))
        .put("findings", t("Recommended for clients with at least two daily medication visits.",
            "Suositellaan asiakkaille, joilla on vähintään kaksi lääkekäyntiä päivässä.",
            "Rekommenderas för klienter med minst två läkemedelsbesök per dag."));
  }

  private static JsonObject fallDetectorStudy() {
    return base(t("Older people's experience of fall detectors outdoors: an interview study",
            "Ikäihmisten kokemuksia kaatumisilmaisimista ulkona: haastattelututkimus",
            "Äldres erfarenheter av fallarmar utomhus: en intervjustudie"),
        t("Twenty older people in Ostrobothnia describe how a fall detector that works outdoors changed their walks.",
            "Kaksikymmentä pohjalaista ikäihmistä kertoo, miten ulkonakin toimiva kaatumisilmaisin muutti heidän kävelylenkkejään.",
            "Tjugo äldre i Österbotten berättar hur ett fallarm som fungerar utomhus förändrade deras promenader."),
        List.of("safety-and-alarms", "assistive-living"), List.of("FI"), List.of(ShowcaseDemo.id(3)), domains(
            domain("patient-perspectives", "positive", t("Participants went out more often and alone.",
                "Osallistujat lähtivät ulos useammin ja yksin.", "Deltagarna gick ut oftare och ensamma.")),
            domain("socio-cultural-ethical-legal", "neutral", t("Some worried about being located all the time.",
                "Osa huolestui jatkuvasta paikantamisesta.", "Några oroade sig för att ständigt kunna lokaliseras."))))
        .put("citation", "Mäkelä S, Holm K. Walking with a safety net: older adults' experiences of outdoor fall detection. "
            + "Nordic Journal of Nursing Research. 2025.")
        .put("doi", "10.5555/ntc.falls.2025.07")
        .put("design", "qualitative")
        .put("population", t("20 people aged 72 to 91 living at home in South Ostrobothnia.",
            "20 kotona asuvaa 72–91-vuotiasta Etelä-Pohjanmaalla.", "20 hemmaboende personer i åldern 72–91 i Södra Österbotten."))
        .put("findings", t("More confidence outdoors; clear consent about location data matters.",
            "Enemmän varmuutta ulkona; selkeä suostumus sijaintitiedoista on tärkeä.",
            "Mer trygghet utomhus; tydligt samtycke om platsdata är viktigt."));
  }

  /** Written in Finnish only, as many local reports are: a Swedish or English reader finds it through the thesaurus. */
  private static JsonObject sleepStudy() {
    JsonObject title = new JsonObject().put("fi", "Unen etäseuranta kotihoidon ikäihmisillä: pilottiraportti");
    JsonObject summary = new JsonObject().put("fi", "Vuoteen anturi seurasi kahdentoista kotihoidon asiakkaan unta ja yöllistä "
        + "liikkumista kahdeksan viikon ajan Lapualla.");
    return base(title, summary, List.of("remote-monitoring", "safety-and-alarms"), List.of("FI"), List.of(ShowcaseDemo.id(3)),
        domains(domain("clinical-effectiveness", "neutral", new JsonObject().put("fi",
            "Unettomuuden hoito tarkentui kolmella asiakkaalla; liian pieni otos vaikuttavuuden arvioon."))))
        .put("citation", "Lakeuden hyvinvointialue. Unen etäseuranta kotihoidossa. Pilottiraportti 2026.")
        .put("design", "report")
        .put("population", new JsonObject().put("fi", "12 kotona asuvaa kotihoidon asiakasta, 70–94-vuotiaita."))
        .put("findings", new JsonObject().put("fi", "Yöhoitajat saivat tiedon levottomista öistä aamulla; "
            + "kaksi kaatumista havaittiin nopeammin kuin ennen."));
  }

  private static JsonObject dispenserMethod() {
    return base(t("Introducing medicine dispensers in home care, step by step", "Lääkeannostelijan käyttöönotto kotihoidossa vaihe vaiheelta",
            "Att införa läkemedelsautomater i hemvården, steg för steg"),
        t("A practical order of work for a home-care team starting with automatic dispensers, from choosing clients to the first month's review.",
            "Käytännön työjärjestys kotihoidon tiimille, joka aloittaa automaattiset annostelijat: asiakkaiden valinnasta ensimmäisen kuukauden arviointiin.",
            "En praktisk arbetsordning för ett hemvårdsteam som börjar med läkemedelsautomater: från val av klienter till första månadens uppföljning."),
        List.of("medication-management"), List.of("FI", "SE"), List.of(ShowcaseDemo.id(4)), new JsonObject())
        .put("trainingIds", new JsonArray().add(TrainingDemo.id(3).toString()))
        .put("steps", t("""
            1. **Choose the clients** with the team: two or more daily medication visits, able to take a dose from the device.
            2. **Agree with the pharmacy** on dose rolls and a fixed delivery day.
            3. **Name a dispenser nurse** in the team who installs devices and answers colleagues.
            4. **Agree the alarm routine**: who sees a missed dose, day and night, and what they do within 30 minutes.
            5. **Install and practise** with the client and their family; keep one visit a day for the first week.
            6. **Review after a month**: missed doses, alarms, visits saved, and what the client says.""", """
            1. **Valitse asiakkaat** tiimin kanssa: vähintään kaksi lääkekäyntiä päivässä ja kyky ottaa annos laitteesta.
            2. **Sovi apteekin kanssa** annosrullista ja kiinteästä toimituspäivästä.
            3. **Nimeä annostelijavastaava**, joka asentaa laitteet ja neuvoo kollegoita.
            4. **Sovi hälytyskäytäntö**: kuka näkee unohtuneen annoksen päivällä ja yöllä ja mitä tehdään 30 minuutissa.
            5. **Asenna ja harjoittele** asiakkaan ja omaisten kanssa; pidä ensimmäisellä viikolla yksi käynti päivässä.
            6. **Arvioi kuukauden jälkeen**: unohtuneet annokset, hälytykset, säästyneet käynnit ja asiakkaan kokemus.""", """
            1. **Välj klienterna** tillsammans med teamet: minst två läkemedelsbesök per dag och förmåga att ta en dos ur automaten.
            2. **Kom överens med apoteket** om dosrullar och en fast leveransdag.
            3. **Utse en automatansvarig** i teamet som installerar och svarar på kollegornas frågor.
            4. **Avtala larmrutinen**: vem ser en missad dos dag och natt, och vad görs inom 30 minuter.
            5. **Installera och öva** med klienten och anhöriga; behåll ett besök per dag första veckan.
            6. **Följ upp efter en månad**: missade doser, larm, sparade besök och vad klienten säger."""));
  }

  private static JsonObject interpreterMethod() {
    return base(t("Starting video visits with an interpreter on call", "Videokäynnit ja tulkki tarvittaessa: näin aloitat",
            "Att börja med videobesök med tolk vid behov"),
        t("How a home-care team books, opens and documents a three-way video visit with an interpreter.",
            "Miten kotihoidon tiimi varaa, avaa ja kirjaa kolmenkeskisen videokäynnin tulkin kanssa.",
            "Hur ett hemvårdsteam bokar, öppnar och dokumenterar ett videobesök med tolk."),
        List.of("video-consultation"), List.of("SE", "FI"), List.of(ShowcaseDemo.id(2)), new JsonObject())
        .put("steps", t("""
            1. Ask the client which language they prefer and note it in the care plan.
            2. Book the interpreter for the visit's time in the same system as the video call.
            3. Open the call five minutes early and check sound with the interpreter.
            4. Speak to the client, not to the interpreter; pause after each thought.
            5. Record in the notes that an interpreter took part.""", """
            1. Kysy asiakkaalta, mitä kieltä hän haluaa käyttää, ja kirjaa se hoitosuunnitelmaan.
            2. Varaa tulkki käynnin ajaksi samassa järjestelmässä kuin videopuhelu.
            3. Avaa puhelu viisi minuuttia etuajassa ja tarkista ääni tulkin kanssa.
            4. Puhu asiakkaalle, älä tulkille; pidä tauko jokaisen ajatuksen jälkeen.
            5. Kirjaa muistiinpanoihin, että tulkki oli mukana.""", """
            1. Fråga klienten vilket språk hen föredrar och anteckna det i vårdplanen.
            2. Boka tolken för besökets tid i samma system som videosamtalet.
            3. Öppna samtalet fem minuter i förväg och kontrollera ljudet med tolken.
            4. Tala till klienten, inte till tolken; gör en paus efter varje tanke.
            5. Anteckna i journalen att tolk deltog."""));
  }

  private static JsonObject nightRoundsMethod() {
    return base(t("Replacing night rounds with safety sensors", "Yökäyntien korvaaminen turvasensoreilla",
            "Att ersätta nattliga tillsynsbesök med trygghetssensorer"),
        t("How Lakeus home care plans which night visits sensors can replace and how the first nights are followed.",
            "Miten Lakeuden kotihoito suunnittelee, mitkä yökäynnit sensorit voivat korvata, ja miten ensimmäisiä öitä seurataan.",
            "Hur hemvården i Lakeus planerar vilka nattbesök sensorer kan ersätta och hur de första nätterna följs upp."),
        List.of("safety-and-alarms", "assistive-living"), List.of("FI"), List.of(ShowcaseDemo.id(7)), new JsonObject())
        .put("steps", t("1. Map the night visits.\n2. Agree with the client and family.\n3. Follow the first two weeks closely.",
            "1. Kartoita yökäynnit.\n2. Sovi asiakkaan ja omaisten kanssa.\n3. Seuraa kahta ensimmäistä viikkoa tarkasti.",
            "1. Kartlägg nattbesöken.\n2. Kom överens med klienten och anhöriga.\n3. Följ de två första veckorna noga."));
  }

  /** The fields every entry has; the kind's own fields are added by the caller. */
  private static JsonObject base(JsonObject title, JsonObject summary, List<String> categories, List<String> countries,
                                 List<UUID> showcases, JsonObject domains) {
    return new JsonObject().put("title", title).put("summary", summary).put("body", new JsonObject())
        .put("categories", new JsonArray(categories))
        .put("countries", new JsonArray(countries))
        .put("showcaseIds", new JsonArray(showcases.stream().map(UUID::toString).toList()))
        .put("trainingIds", new JsonArray()).put("challengeIds", new JsonArray())
        .put("domains", domains);
  }

  private static JsonObject domains(JsonObject... domains) {
    JsonObject all = new JsonObject();
    for (JsonObject domain : domains) {
      all.put(domain.getString("key"), new JsonObject().put("finding", domain.getJsonObject("finding")).put("rating", domain.getString("rating")));
    }
    return all;
  }

  private static JsonObject domain(String key, String rating, JsonObject finding) {
    return new JsonObject().put("key", key).put("rating", rating).put("finding", finding);
  }

  private static JsonObject t(String en, String fi, String sv) {
    return new JsonObject().put("en", en).put("fi", fi).put("sv", sv);
  }
}
