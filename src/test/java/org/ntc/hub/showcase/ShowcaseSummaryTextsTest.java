package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.TestDatabase;

/**
 * A card's title and summary, read as one text column per language, are the texts reading the jsonb
 * document and taking its strings out of it gives, and its codes, read as one text, are its arrays:
 * so the catalogue's JSON and pages stay the same.
 */
@OwnNode("adds published showcases to the catalogue")
class ShowcaseSummaryTextsTest extends ApiTest {
  private static Vertx vertx;
  private static Pool pool;

  @BeforeAll
  static void open() throws Exception {
    vertx = Vertx.vertx();
    pool = Db.pool(vertx, Database.external(app.dbUrl()).connectOptions());
    UUID organisation = UUID.randomUUID();
    List<JsonObject> titles = List.of(new JsonObject().put("fi", "Palvelu").put("sv", "Tjänst").put("en", "Service"),
        new JsonObject().put("fi", "Vain suomeksi \"lainaus\" \\ ääkköset 😀"), new JsonObject().put("sv", "Bara svenska")
            .put("en", " "), new JsonObject().put("en", "Only <English> & \u2028").put("fi", ""));
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl()))) {
      CatalogueRows.organisation(c, organisation, "Tekstit Oy", "https://texts.example", "Testi", true);
      List<CatalogueRows.Published> rows = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        JsonObject content = CatalogueRows.classified(i, List.of(Taxonomy.CATEGORIES.get(0)))
            .put("title", titles.get(i % titles.size())).put("summary", titles.get((i + 1) % titles.size()))
            .put("description", new JsonObject().put("fi", "Kuvaus."));
        rows.add(new CatalogueRows.Published(UUID.randomUUID(), organisation, content, OffsetDateTime.now().minusMinutes(i)));
      }
      CatalogueRows.published(c, rows);
    }
  }

  @AfterAll
  static void close() {
    Http.awaitResult(pool.close());
    Http.awaitResult(vertx.close());
  }

  @Test
  @DisplayName("every shape of text document reads the same as columns as through its parsed document")
  void documents() {
    List<String> documents = new ArrayList<>(List.of("{}", "[]", "\"en\"", "null", "{\"en\": null}",
        "{\"en\": \"Title\", \"fi\": \"Otsikko\", \"sv\": \"Rubrik\"}", "{\"fi\": \"Vain suomeksi\"}",
        "{\"sv\": \"Bara svenska\", \"de\": \"Nur Deutsch\"}", "{\"en\": \"\", \"fi\": \"   \", \"sv\": \"\\t\\n\"}",
        "{\"en\": 12, \"fi\": true, \"sv\": {\"x\": \"y\"}}", "{\"en\": [\"a\"], \"fi\": \"ok\"}",
        "{\"en\": \"quote \\\" backslash \\\\ slash / tab \\t newline \\n bell \\u0007 del \\u007f\"}",
        "{\"fi\": \"ääkköset – “lainaus” € 𝄞 emoji 😀\", \"sv\": \"\\u00e5\\u00e4\\u00f6 \\ud83d\\ude00\"}",
        "{\"en\": \" padded \", \"fi\": \"\\u2028line\\u2029sep\", \"sv\": \"\\u00a0\"}",
        "{\"EN\": \"upper\", \"en \": \"spaced\", \"sv\": \"<script>&amp;</script>\"}"));
    StringBuilder chars = new StringBuilder();
    for (char c = 1; c < 0x250; c++) chars.append(c);
    documents.add(new JsonObject().put("en", chars.toString()).put("fi", chars.reverse().toString()).encode());
    for (String column : List.of("title", "summary")) {
      // The listing's own generated columns (V49), as PostgreSQL keeps their expressions, applied to each document.
      StringBuilder expressions = new StringBuilder();
      for (String lang : ShowcaseSummary.TEXT_LANGUAGES) {
        String expression = generated(column + "_" + lang);
        assertThat(expression).as(column + "_" + lang).contains("'" + lang + "'");
        expressions.append(", ").append(expression.replaceAll("\\b" + column + "\\b", "d.doc"));
      }
      String sql = "SELECT d.doc" + expressions + " FROM unnest($1::text[]) WITH ORDINALITY AS t(text, n),"
          + " LATERAL (SELECT t.text::jsonb AS doc) AS d ORDER BY t.n";
      List<Row> rows = Db.list(Http.awaitResult(pool.preparedQuery(sql).execute(Tuple.of(documents.toArray(String[]::new)))));
      assertThat(rows).hasSize(documents.size());
      sameTexts(rows);
    }
  }

  /** The expression of the listing's generated column {@code name}, as PostgreSQL prints it. */
  private static String generated(String name) {
    String sql = "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid"
        + " AND a.attnum = d.adnum WHERE d.adrelid = 'showcase_listing'::regclass AND a.attname = $1 AND a.attgenerated = 's'";
    List<Row> rows = Db.list(Http.awaitResult(pool.preparedQuery(sql).execute(Tuple.of(name))));
    assertThat(rows).as("the generated column " + name).hasSize(1);
    return rows.get(0).getString(0);
  }

  private static void sameTexts(List<Row> rows) {
    for (Row row : rows) {
      Object doc = row.getValue(0);
      Localised parsed = doc instanceof JsonObject json ? Localised.of(json) : Localised.of((JsonObject) null);
      Localised columns = Localised.written(row.getString(1), row.getString(2), row.getString(3));
      if (doc instanceof JsonObject) {
        assertThat(columns).as(String.valueOf(doc)).isEqualTo(parsed);
        for (String lang : List.of("fi", "sv", "en", "de")) assertThat(columns.in(lang)).isEqualTo(parsed.in(lang));
        assertThat(columns.toJson().encode()).isEqualTo(parsed.toJson().encode());
      } else {
        // Not an object (an array, a string, JSON null): the old reading failed on it; the columns read nothing.
        assertThat(columns.isEmpty()).as(String.valueOf(doc)).isTrue();
      }
    }
  }

  @Test
  @DisplayName("every listing row reads the same title and summary as from its jsonb columns")
  void listingRows() {
    String sql = "SELECT l.title AS title_document, l.summary AS summary_document, l.categories AS category_array,"
        + " l.target_groups AS group_array, l.countries AS country_array, l.languages AS language_array, "
        + ShowcaseSummary.COLUMNS + " FROM showcase_listing l";
    List<Row> rows = Db.list(Http.awaitResult(pool.query(sql).execute()));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
    // fromRow reads by position from showcase_id: the columns must stand where it looks for them.
    Row first = rows.get(0);
    int at = first.getColumnIndex("showcase_id");
    for (int i = 0; i < ShowcaseSummary.COLUMN_NAMES.size(); i++) {
      assertThat(first.getColumnName(at + i)).isEqualTo(ShowcaseSummary.COLUMN_NAMES.get(i));
    }
    for (Row row : rows) {
      ShowcaseSummary read = ShowcaseSummary.fromRow(row);
      assertThat(read.title()).isEqualTo(Localised.of(row.getJsonObject("title_document")));
      assertThat(read.summary()).isEqualTo(Localised.of(row.getJsonObject("summary_document")));
      // The codes text (V50) holds the four arrays, in their order.
      assertThat(read.categories()).containsExactly(row.getArrayOfStrings("category_array"));
      assertThat(read.targetGroups()).containsExactly(row.getArrayOfStrings("group_array"));
      assertThat(read.countries()).containsExactly(row.getArrayOfStrings("country_array"));
      assertThat(read.languages()).containsExactly(row.getArrayOfStrings("language_array"));
    }
  }
}
