package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * The Seinäjoki test home's evaluation after MAST of the blood pressure pilot, whose outcome is
 * published: it fills the showcase's evidence profile, with one domain left not assessed.
 */
final class EvaluationDemo {
  private static final String EVALUATE = """
      UPDATE pilot SET evaluation = $2, evaluated_at = now() - interval '9 days', evaluated_by = $3
      WHERE id = $1 AND evaluation IS NULL""";

  private EvaluationDemo() {}

  static Future<Void> load(SqlConnection tx) {
    JsonObject domains = new JsonObject()
        .put("health-problem", said("positive",
            "Kotihoidon iäkkäiden asiakkaiden verenpaineen seuranta; asiakas mittaa kotona ja lukemat näkyvät hoitajalle.",
            "Uppföljning av blodtryck hos äldre klienter i hemvården; klienten mäter hemma och värdena syns för sköterskan.",
            "Blood pressure follow-up of older home care clients; clients measure at home and nurses see the readings."))
        .put("safety", said("positive",
            "Ei haittatapahtumia 12 viikossa; kaksi laitevikaa havaittiin hälytyksestä ja korjattiin vuorokaudessa.",
            "Inga negativa händelser på 12 veckor; två apparatfel upptäcktes genom larmet och åtgärdades inom ett dygn.",
            "No adverse events in 12 weeks; two device faults were caught by the alert and fixed within a day."))
        .put("clinical-effectiveness", said("neutral",
            "Verenpainetasapaino pysyi ennallaan; 12 viikkoa on liian lyhyt aika muutosten osoittamiseen.",
            "Blodtryckskontrollen låg kvar på samma nivå; 12 veckor är för kort tid för att visa förändring.",
            "Blood pressure control stayed at the same level; 12 weeks is too short to show a change."))
        .put("patient-perspectives", said("positive",
            "38 asiakkaasta 34 mittasi säännöllisesti ja arvosti harvempia käyntejä; neljä tarvitsi omaisen apua.",
            "34 av 38 klienter mätte regelbundet och uppskattade färre besök; fyra behövde hjälp av en anhörig.",
            "34 of 38 clients measured regularly and valued fewer visits; four needed a relative's help."))
        .put("economic", said("neutral",
            "Mittauskäynnit vähenivät 31 %, mutta laite- ja lisenssikulujen vuoksi säästö näkyy vasta noin vuoden kuluttua.",
            "Besöken för mätning minskade med 31 %, men kostnaderna för apparater och licenser gör att besparingen syns först efter ungefär ett år.",
            "Visits for measuring fell by 31%, but device and licence costs mean the saving shows only after about a year."))
        .put("organisational", said("positive",
            "Hoitajat käyttivät vapautuneen ajan muihin käynteihin; lukemien tarkistus vaati selkeän päivittäisen rutiinin.",
            "Sköterskorna använde den frigjorda tiden till andra besök; granskningen av värdena krävde en tydlig daglig rutin.",
            "Nurses used the time freed for other visits; reviewing readings needed a clear daily routine."))
        .put("socio-cultural-ethical-legal", new JsonObject().put("rating", "not-assessed").put("finding", new JsonObject()));
    JsonObject transferability = new JsonObject()
        .put("otherCountry", outlook("likely",
            "Ruotsin kotihoito mittaa samalla tavalla, ja laite ja sovellus ovat saatavilla ruotsiksi.",
            "Svensk hemvård mäter på samma sätt, och apparaten och appen finns på svenska.",
            "Swedish home care measures the same way, and the device and app are available in Swedish."))
        .put("otherSettings", outlook("uncertain",
            "Palveluasumisessa ei kokeiltu; siellä hoitaja on jo paikalla.",
            "Inte prövat i serviceboende, där personal redan finns på plats.",
            "Not tried in assisted living, where staff are already on site."))
        .put("largerScale", outlook("likely",
            "Toimii nykyisen hoitajanäkymän kanssa; laajentaminen vaatii tukisopimuksen.",
            "Fungerar med sköterskornas nuvarande vy; en större utrullning kräver ett supportavtal.",
            "Works with the nurses' existing view; a wider roll-out needs a support agreement."));
    JsonObject evaluation = new JsonObject()
        .put("maturity", new JsonObject().put("level", "market-ready").put("note", texts(
            "CE-merkitty laite markkinoilla; hoitajanäkymää muokattiin pilotin aikana.",
            "CE-märkt apparat på marknaden; sköterskornas vy anpassades under piloten.",
            "A CE-marked device on the market; the nurses' view was adapted during the pilot.")))
        .put("domains", domains).put("transferability", transferability);
    return tx.preparedQuery(EVALUATE).execute(Tuple.of(ChallengeDemo.PILOT_ID, evaluation, PeopleDemo.id(1))).mapEmpty();
  }

  private static JsonObject said(String rating, String fi, String sv, String en) {
    return new JsonObject().put("finding", texts(fi, sv, en)).put("rating", rating);
  }

  private static JsonObject outlook(String rating, String fi, String sv, String en) {
    return new JsonObject().put("rating", rating).put("note", texts(fi, sv, en));
  }

  private static JsonObject texts(String fi, String sv, String en) {
    return new JsonObject().put("fi", fi).put("sv", sv).put("en", en);
  }
}
