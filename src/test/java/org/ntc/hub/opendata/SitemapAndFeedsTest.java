package org.ntc.hub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SitemapAndFeedsTest extends ApiTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

  static Document xml(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text.substring(0, Math.min(2000, text.length())), e);
    }
  }

  private static List<String> texts(Document doc, String namespace, String name) {
    NodeList nodes = doc.getElementsByTagNameNS(namespace, name);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
    return texts;
  }

  private String showcase(User company, String status, String title) {
    String id = UUID.randomUUID().toString();
    String content = new JsonObject().put("title", new JsonObject().put("en", title).put("fi", "Suomeksi: " + title))
        .put("summary", new JsonObject().put("en", "Summary & <more>").put("sv", "Sammanfattning"))
        .put("categories", new io.vertx.core.json.JsonArray().add("remote-care")).encode().replace("'", "''");
    boolean shown = !status.equals("draft");
    app.execute("INSERT INTO showcase (id, organisation_id, status, content, published, published_at) VALUES ('" + id + "', '"
        + company.organisationId() + "', '" + status + "', '" + content + "', " + (shown ? "'" + content + "'" : "NULL") + ", "
        + (shown ? "now()" : "NULL") + ")");
    return id;
  }

  private List<String> sitemapLocations() {
    Http.Response index = http.get("/sitemap.xml", null);
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.header("Content-Type")).startsWith("application/xml");
    Document doc = xml(index.text());
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
    List<String> locations = new ArrayList<>();
    for (String file : texts(doc, SITEMAP, "loc")) {
      String path = file.substring(file.indexOf("/sitemaps/"));
      Http.Response part = http.get(path, null);
      assertThat(part.status()).as(path).isEqualTo(200);
      Document urls = xml(part.text());
      assertThat(urls.getDocumentElement().getLocalName()).isEqualTo("urlset");
      List<String> locs = texts(urls, SITEMAP, "loc");
      assertThat(locs.size()).as("at most 50,000 addresses per file").isLessThanOrEqualTo(50_000);
      assertThat(urls.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").getLength()).isEqualTo(4 * locs.size());
      locations.addAll(locs);
    }
    return locations;
  }

  @Test
  @DisplayName("the sitemap lists public pages and published showcases with their languages, never a draft or a private page")
  void sitemap() {
    User company = users.orgMember("company");
    String published = showcase(company, "published", "Mapped " + UUID.randomUUID());
    String draft = showcase(company, "draft", "Unmapped " + UUID.randomUUID());
    List<String> locations = sitemapLocations();
    assertThat(locations).anyMatch(l -> l.endsWith("/showcases/" + published));
    assertThat(locations).noneMatch(l -> l.endsWith("/showcases/" + draft));
    assertThat(locations).anyMatch(l -> l.endsWith("/open-data")).anyMatch(l -> l.endsWith("/library"))
        .anyMatch(l -> l.endsWith("/insight")).anyMatch(l -> l.endsWith("/contact-points/seinajoki"))
        .anyMatch(l -> l.endsWith("/organisations/" + company.organisationId()));
    for (String privatePath : List.of("/account", "/admin", "/moderation", "/login", "/register", "/api/", "/pilots", "/edit",
        "/new", "/calendar/")) {
      assertThat(locations).as(privatePath).noneMatch(l -> l.contains(privatePath));
    }
  }

  @Test
  @DisplayName("robots.txt disallows the private parts, allows open data and names the sitemap")
  void robots() {
    Http.Response robots = http.get("/robots.txt", null);
    assertThat(robots.status()).isEqualTo(200);
    assertThat(robots.header("Content-Type")).startsWith("text/plain");
    List<String> lines = robots.text().lines().toList();
    assertThat(lines).contains("User-agent: *", "Allow: /api/v1/open-data", "Disallow: /api/", "Disallow: /account",
        "Disallow: /admin", "Disallow: /moderation", "Disallow: /login", "Disallow: /register", "Disallow: /*/edit");
    assertThat(lines).anyMatch(l -> l.matches("Sitemap: https?://.+/sitemap\\.xml"));
    assertThat(lines).noneMatch(l -> l.equals("Disallow: /") || l.equals("Disallow: /showcases"));
  }

  @Test
  @DisplayName("each Atom feed is well-formed, names the newest public items in the reader's language, and leaves out drafts")
  void feeds() {
    User company = users.orgMember("company");
    String title = "Feed <b>&</b> \"tested\" " + UUID.randomUUID();
    String published = showcase(company, "published", title);
    String draft = showcase(company, "draft", "Draft " + UUID.randomUUID());
    for (String feed : List.of("showcases", "trainings", "challenges", "library")) {
      Http.Response response = http.get("/feeds/" + feed + ".atom", null);
      assertThat(response.status()).as(feed).isEqualTo(200);
      assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
      Document doc = xml(response.text());
      assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
      assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
      assertThat(texts(doc, ATOM, "id").get(0)).isNotBlank();
      assertThat(texts(doc, ATOM, "updated")).isNotEmpty();
      assertThat(doc.getElementsByTagNameNS(ATOM, "entry").getLength()).isLessThanOrEqualTo(50);
    }
    Document english = xml(http.get("/feeds/showcases.atom?lang=en", null).text());
    assertThat(texts(english, ATOM, "id")).contains("urn:uuid:" + published).doesNotContain("urn:uuid:" + draft);
    assertThat(texts(english, ATOM, "title")).contains(title);
    assertThat(texts(english, ATOM, "summary")).contains("Summary & <more>");
    Http.Response finnish = http.raw(HttpMethod.GET, "/feeds/showcases.atom", Http.headers("Accept-Language", "fi-FI,fi;q=0.9"), null);
    assertThat(texts(xml(finnish.text()), ATOM, "title")).contains("Suomeksi: " + title);
    Document swedish = xml(http.get("/feeds/showcases.atom?lang=sv", null).text());
    assertThat(texts(swedish, ATOM, "summary")).contains("Sammanfattning");
    assertThat(swedish.getDocumentElement().getAttribute("xml:lang")).isEqualTo("sv");
  }

  @Test
  @DisplayName("/open-data lists every dataset in fi, sv and en, the footer links to it, and list pages name their feed")
  void page() {
    for (String lang : List.of("fi", "sv", "en")) {
      Http.Response page = http.get("/open-data?lang=" + lang, null);
      assertThat(page.status()).isEqualTo(200);
      Element main = PageHtml.main(page.text());
      for (String dataset : List.of("showcases", "library", "adoptions", "trainings")) {
        assertThat(main.select("a[href=/api/v1/open-data/" + dataset + ".json]")).hasSize(1);
        assertThat(main.select("a[href=/api/v1/open-data/" + dataset + ".csv]")).hasSize(1);
      }
      assertThat(main.select("a[rel=license]").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    }
    assertThat(PageHtml.parse(http.get("/?lang=fi", null).text()).select("footer a[href=/open-data]").text()).isEqualTo("Avoin data");
    for (String list : List.of("showcases", "trainings", "challenges", "library")) {
      var head = PageHtml.parse(http.get("/" + list + "?lang=sv", null).text()).head();
      assertThat(head.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
          .as(list).isEqualTo("/feeds/" + list + ".atom?lang=sv");
    }
  }
}
