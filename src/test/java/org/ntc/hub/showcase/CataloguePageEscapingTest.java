package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** The catalogue page shows hostile titles and summaries as text, never as markup, to every reader. */
class CataloguePageEscapingTest extends ApiTest {
  private static final String TITLE = "<script>alert(\"x&y\")</script> 'Quoted' & co";
  private static final String SUMMARY = "Tom & \"Jerry\" <b onclick=alert(1)>bold</b> `tick` a=b";

  @Test
  @DisplayName("hostile titles and summaries are shown as text on the catalogue page, signed in or not, in fi, sv and en")
  void hostileTextIsText() {
    ShowcaseFixture fixture = new ShowcaseFixture(http, users);
    User owner = users.orgMember("company");
    JsonObject body = ShowcaseFixture.body(owner.organisationId(), TITLE + " fi", TITLE + " sv", TITLE + " en")
        .put("summary", new JsonObject().put("fi", SUMMARY).put("sv", SUMMARY).put("en", SUMMARY));
    String id = fixture.published(owner, body);
    for (String token : Arrays.asList(null, owner.token(), users.citizen("reader").token())) {
      for (String lang : new String[] {"fi", "sv", "en"}) {
        String html = http.get("/showcases?lang=" + lang + "&organisation=" + owner.organisationId(), token).text();
        Element main = PageHtml.main(html);
        Element card = main.select("li.showcase-card:has(a[href=/showcases/" + id + "])").first();
        assertThat(card).as(lang + ": the card is there").isNotNull();
        assertThat(card.select("h2 a").text()).isEqualTo(TITLE + " " + lang);
        assertThat(card.select("p[lang]").last().text()).isEqualTo(SUMMARY);
        assertThat(main.select("script, b[onclick]")).as("no markup from the showcase").isEmpty();
        assertThat(html).contains("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; &#x27;Quoted&#x27; &amp; co")
            .contains("Tom &amp; &quot;Jerry&quot; &lt;b onclick&#x3D;alert(1)&gt;bold&lt;/b&gt; &#x60;tick&#x60; a&#x3D;b");
      }
    }
  }
}
