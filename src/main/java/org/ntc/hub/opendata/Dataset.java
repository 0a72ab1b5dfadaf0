package org.ntc.hub.opendata;

import static org.ntc.hub.opendata.Field.date;
import static org.ntc.hub.opendata.Field.list;
import static org.ntc.hub.opendata.Field.localised;
import static org.ntc.hub.opendata.Field.number;
import static org.ntc.hub.opendata.Field.text;
import static org.ntc.hub.opendata.Field.timestamp;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.ntc.hub.adoption.Region;
import org.ntc.hub.platform.Coded;

/**
 * The open datasets: each one's public records (what an anonymous visitor may already read, page by page),
 * read in id order in pages so that no dataset is ever held whole, and the fields each record carries.
 * No dataset names a person: no e-mail address, no account, no trainer; organisations are named.
 */
enum Dataset implements Coded {
  SHOWCASES("""
      SELECT l.showcase_id AS id, jsonb_build_object(
        'id', l.showcase_id, 'title', l.title, 'summary', l.summary, 'description', s.published -> 'description',
        'organisationId', o.id, 'organisationName', o.name, 'organisationCountry', o.country,
        'categories', l.categories, 'targetGroups', l.target_groups, 'countries', l.countries, 'languages', l.languages,
        'regulatoryStatus', l.regulatory, 'evidenceLevel', l.evidence, 'website', s.published ->> 'website',
        'publishedAt', l.published_at) AS record
      FROM showcase_listing l JOIN showcase s ON s.id = l.showcase_id JOIN organisation o ON o.id = l.organisation_id
      WHERE l.showcase_id > $1 ORDER BY l.showcase_id LIMIT $2""", """
      SELECT count(*) AS total, max(s.updated_at) AS latest
      FROM showcase_listing l JOIN showcase s ON s.id = l.showcase_id""",
      List.of(text("id", "the showcase's id"), text("url", "its public page"), localised("title", "its name"),
          localised("summary", "a short description"), localised("description", "the full description, in Markdown"),
          text("organisationId", "the id of the company that offers it"), text("organisationName", "the company's name"),
          text("organisationCountry", "the company's country (FI, SE or NO)"),
          list("categories", "category ids, as in /api/v1/taxonomy"), list("targetGroups", "target group ids, as in /api/v1/taxonomy"),
          list("countries", "countries where it is offered (FI, SE, NO)"), list("languages", "languages it is available in"),
          text("regulatoryStatus", "not-medical-device, mdr-class-i, mdr-class-iia, mdr-class-iib, mdr-class-iii or ivdr"),
          text("evidenceLevel", "concept, pilot, clinical-study or routine-use"), text("website", "the company's page about it"),
          timestamp("publishedAt", "when it was first published"))) {
    @Override
    void complete(JsonObject record, String base) {
      record.put("url", base + "/showcases/" + record.getString("id"));
    }
  },
  LIBRARY("""
      SELECT e.id, jsonb_build_object(
        'id', e.id, 'kind', e.kind, 'title', e.published -> 'title', 'summary', e.published -> 'summary',
        'organisationId', o.id, 'organisationName', o.name,
        'categories', e.published -> 'categories', 'countries', e.published -> 'countries',
        'showcaseIds', e.published -> 'showcaseIds', 'citation', e.published ->> 'citation', 'doi', e.published ->> 'doi',
        'sourceUrl', e.published ->> 'url', 'design', e.published ->> 'design', 'publishedAt', e.published_at) AS record
      FROM library_entry e LEFT JOIN organisation o ON o.id = e.organisation_id
      WHERE e.published IS NOT NULL AND e.status <> 'archived' AND e.id > $1 ORDER BY e.id LIMIT $2""", """
      SELECT count(*) AS total, max(updated_at) AS latest FROM library_entry
      WHERE published IS NOT NULL AND status <> 'archived'""",
      List.of(text("id", "the entry's id"), text("url", "its public page"),
          text("kind", "case (an implementation), research (a study or report) or method (a working method or guide)"),
          localised("title", "its title"), localised("summary", "a short summary"),
          text("organisationId", "the organisation that wrote it; empty for the centre's own entries"),
          text("organisationName", "that organisation's name"), list("categories", "category ids, as in /api/v1/taxonomy"),
          list("countries", "countries it concerns"), list("showcaseIds", "ids of the showcases it is about"),
          text("citation", "for research: the citation"), text("doi", "for research: its DOI"),
          text("sourceUrl", "where the original can be read"), text("design", "for research: the study design"),
          timestamp("publishedAt", "when it was first published"))) {
    @Override
    void complete(JsonObject record, String base) {
      record.put("url", base + "/library/" + record.getString("id"));
    }
  },
  ADOPTIONS("""
      SELECT a.id, jsonb_build_object(
        'id', a.id, 'showcaseId', a.showcase_id, 'showcaseTitle', l.title, 'organisationId', o.id,
        'organisationName', o.name, 'region', a.region, 'country', upper(left(a.region, 2)), 'status', a.status,
        'since', a.since, 'scale', a.scale, 'updatedAt', a.updated_at) AS record
      FROM adoption a JOIN showcase_listing l ON l.showcase_id = a.showcase_id
        JOIN organisation o ON o.id = a.organisation_id AND o.verified
      WHERE a.id > $1 ORDER BY a.id LIMIT $2""", """
      SELECT count(*) AS total, max(a.updated_at) AS latest
      FROM adoption a JOIN showcase_listing l ON l.showcase_id = a.showcase_id
        JOIN organisation o ON o.id = a.organisation_id AND o.verified""",
      List.of(text("id", "the record's id"), text("showcaseId", "the technology in use (a showcase id)"),
          text("showcaseUrl", "the showcase's public page"), localised("showcaseTitle", "the showcase's name"),
          text("organisationId", "the care organisation that uses it"), text("organisationName", "that organisation's name"),
          text("region", "the Finnish wellbeing services county or Swedish region, as in /api/v1/regions"),
          localised("regionName", "the region's name"), text("country", "FI or SE"),
          text("status", "pilot, spreading, routine or discontinued"), date("since", "since when"),
          text("scale", "how widely, in the organisation's words"), timestamp("updatedAt", "when the record last changed"))) {
    @Override
    void complete(JsonObject record, String base) {
      record.put("showcaseUrl", base + "/showcases/" + record.getString("showcaseId"));
      Optional<Region> region = Region.find(record.getString("region"));
      region.ifPresent(r -> record.put("regionName", new JsonObject(new java.util.HashMap<>(r.names()))));
    }
  },
  TRAININGS("""
      SELECT t.id, jsonb_build_object(
        'id', t.id, 'title', t.title, 'description', t.description, 'format', t.format, 'contactPoint', t.contact_point,
        'startsAt', t.starts_at, 'endsAt', t.ends_at, 'enrolmentClosesAt', t.enrolment_closes_at, 'language', t.language,
        'audience', t.audience, 'organisationId', o.id, 'organisationName', o.name,
        'capacity', (SELECT sum(p.capacity) FROM training_seat_pool p WHERE p.training_id = t.id),
        'showcaseIds', t.showcase_ids) AS record
      FROM training t LEFT JOIN organisation o ON o.id = t.organisation_id
      WHERE t.status = 'published' AND t.id > $1 ORDER BY t.id LIMIT $2""", """
      SELECT count(*) AS total, max(updated_at) AS latest FROM training WHERE status = 'published'""",
      List.of(text("id", "the training's id"), text("url", "its public page"), localised("title", "its title"),
          localised("description", "its description"), text("format", "onsite, online or hybrid"),
          text("contactPoint", "the contact point that holds it, as in /api/v1/contact-points"),
          timestamp("startsAt", "when it starts"), timestamp("endsAt", "when it ends"),
          timestamp("enrolmentClosesAt", "when enrolment closes"), text("language", "the language it is held in"),
          list("audience", "professionals, citizens and/or companies"),
          text("organisationId", "the organisation that offers it; empty for the centre's own"),
          text("organisationName", "that organisation's name"), number("capacity", "seats in all"),
          list("showcaseIds", "showcases it presents"))) {
    @Override
    void complete(JsonObject record, String base) {
      record.put("url", base + "/trainings/" + record.getString("id"));
    }
  };

  final String page;
  final String stamp;
  final List<Field> fields;

  Dataset(String page, String stamp, List<Field> fields) {
    this.page = page;
    this.stamp = stamp;
    this.fields = fields;
  }

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  static Optional<Dataset> find(String code) {
    return Coded.find(Dataset.class, code);
  }

  /** Adds what the database does not hold: addresses on this site, names of reference data. */
  abstract void complete(JsonObject record, String base);

  /** The record with exactly this dataset's fields, in order; localised ones always with en, fi and sv. */
  JsonObject shaped(JsonObject record, String base) {
    complete(record, base);
    JsonObject shaped = new JsonObject();
    for (Field field : fields) {
      Object value = record.getValue(field.name());
      shaped.put(field.name(), switch (field.shape()) {
        case LOCALISED -> {
          JsonObject texts = value instanceof JsonObject o ? o : new JsonObject();
          yield new JsonObject().put("en", texts.getString("en")).put("fi", texts.getString("fi")).put("sv", texts.getString("sv"));
        }
        case LIST -> value instanceof JsonArray a ? a : new JsonArray();
        default -> value;
      });
    }
    return shaped;
  }

  JsonObject describe(String base) {
    JsonArray described = new JsonArray();
    fields.forEach(f -> described.add(f.describe()));
    return new JsonObject().put("id", code())
        .put("formats", new JsonArray()
            .add(new JsonObject().put("format", "json").put("mediaType", "application/json")
                .put("url", base + "/api/v1/open-data/" + code() + ".json"))
            .add(new JsonObject().put("format", "csv").put("mediaType", "text/csv")
                .put("url", base + "/api/v1/open-data/" + code() + ".csv")))
        .put("fields", described);
  }
}
