package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.ntc.hub.platform.Site;

/** Introductions, opening hours and directions of the two contact points. */
final class ContactPointDemo {
  private static final String UPDATE = "UPDATE contact_point SET introduction = $2, opening_hours = $3 WHERE id = $1";

  private static final String DIRECTIONS = "UPDATE contact_point SET directions = $2 WHERE id = $1";

  private ContactPointDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.preparedQuery(UPDATE).executeBatch(List.of(
        Tuple.of(Site.SEINAJOKI.id(),
            new JsonObject()
                .put("en", "Our Seinäjoki showroom lets you try remote-monitoring kits, video visits and safety "
                    + "technology before your unit adopts them. Drop in, or book a guided session for your team.")
                .put("fi", "Seinäjoen esittelytilassa voit kokeilla etämittauslaitteita, videovastaanottoa ja "
                    + "turvateknologiaa ennen kuin yksikkösi ottaa ne käyttöön. Tule käymään tai varaa tiimillesi ohjattu esittely.")
                .put("sv", "I visningsrummet i Seinäjoki kan du prova utrustning för distansmonitorering, videobesök "
                    + "och trygghetsteknik innan din enhet tar dem i bruk. Titta in, eller boka en guidad visning för ditt team."),
            new JsonObject()
                .put("en", "Mon–Thu 9–16, Fri 9–14")
                .put("fi", "ma–to 9–16, pe 9–14")
                .put("sv", "mån–tors 9–16, fre 9–14")),
        Tuple.of(Site.UMEA.id(),
            new JsonObject()
                .put("en", "In Umeå we connect municipalities and the region with companies that want to test "
                    + "welfare technology in real care settings, and we run trainings in Swedish and Finnish.")
                .put("fi", "Uumajassa kokoamme kunnat ja alueen yhteen yritysten kanssa, jotka haluavat testata "
                    + "hyvinvointiteknologiaa aidoissa hoitoympäristöissä. Järjestämme koulutuksia ruotsiksi ja suomeksi.")
                .put("sv", "I Umeå för vi samman kommunerna och regionen med företag som vill testa välfärdsteknik "
                    + "i verkliga vårdmiljöer, och vi håller utbildningar på svenska och finska."),
            new JsonObject()
                .put("en", "Mon–Fri 8–16")
                .put("fi", "ma–pe 8–16")
                .put("sv", "mån–fre 8–16"))))
        .mapEmpty();
  }

  /** How to get to each contact point, in words. */
  static Future<Void> directions(SqlConnection tx) {
    return tx.preparedQuery(DIRECTIONS).executeBatch(List.of(
        Tuple.of(Site.SEINAJOKI.id(), new JsonObject()
            .put("en", "A ten-minute walk from Seinäjoki railway station. Visitor parking in front of the building; "
                + "the entrance is step-free.")
            .put("fi", "Kymmenen minuutin kävely Seinäjoen rautatieasemalta. Vieraspysäköinti rakennuksen edessä; "
                + "sisäänkäynti on esteetön.")
            .put("sv", "Tio minuters promenad från Seinäjoki järnvägsstation. Besöksparkering framför byggnaden; "
                + "entrén är trappfri.")),
        Tuple.of(Site.UMEA.id(), new JsonObject()
            .put("en", "In the city centre: buses stop at Vasaplan, two minutes away. Ring the NTC bell at the "
                + "courtyard door; there is a lift to every floor.")
            .put("fi", "Keskustassa: bussit pysähtyvät Vasaplanilla kahden minuutin päässä. Soita NTC:n ovikelloa "
                + "pihan puoleisella ovella; kaikkiin kerroksiin on hissi.")
            .put("sv", "Mitt i centrum: bussarna stannar vid Vasaplan, två minuter bort. Ring på NTC:s klocka vid "
                + "gårdsdörren; det finns hiss till alla våningar."))))
        .mapEmpty();
  }
}
