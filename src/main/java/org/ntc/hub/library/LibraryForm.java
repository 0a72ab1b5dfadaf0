package org.ntc.hub.library;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.Taxonomy;

/** The form for a library entry of one kind: its model for the page, and what it posts as the API's body. */
final class LibraryForm {
  private static final List<String> COUNTRIES = Arrays.stream(Country.values()).map(Country::name).toList();
  private static final Pattern UUID_IN = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final List<String> LANGS = List.of("fi", "sv", "en");

  private LibraryForm() {}

  /**
   * The form's fields as the API's body: localised inputs ({@code title_fi}) as objects, the
   * lists from checkboxes, and each MAST domain's rating ({@code domain_safety}) with its finding
   * ({@code finding_safety_fi}); a domain left unrated is left out.
   */
  static JsonObject body(RoutingContext ctx) {
    JsonObject body = Forms.localisedBody(ctx, EntryContent.LOCALISED, EntryContent.LISTS);
    JsonObject domains = new JsonObject();
    for (String key : Rating.DOMAINS) {
      Object rating = body.remove("domain_" + key);
      JsonObject finding = new JsonObject();
      for (String lang : LANGS) {
        Object text = body.remove("finding_" + key + "_" + lang);
        if (text instanceof String s && !s.isBlank()) finding.put(lang, s);
      }
      if (rating instanceof String r && !r.isBlank()) domains.put(key, new JsonObject().put("rating", r).put("finding", finding));
    }
    body.put("domains", domains);
    for (String list : List.of("showcaseIds", "trainingIds", "challengeIds")) {
      body.put(list, ids(body.getJsonArray(list, new JsonArray())));
    }
    return body;
  }

  /** Showcases, trainings or needs named by their address or id, as pasted: each word that holds an id stands for it; any other word is kept to be refused. */
  private static JsonArray ids(JsonArray pasted) {
    JsonArray ids = new JsonArray();
    for (Object text : pasted) {
      for (String word : String.valueOf(text).split("[\\s,;]+")) {
        if (word.isBlank()) continue;
        Matcher id = UUID_IN.matcher(word);
        ids.add(id.find() ? id.group() : word);
      }
    }
    return ids;
  }

  /** The form for an entry of this kind with these values: the form's own fields, or an entry's stored content. */
  static Map<String, Object> model(RoutingContext ctx, String id, LibraryKind kind, JsonObject values) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("id", id);
    model.put("kinds", Arrays.stream(LibraryKind.values()).map(k -> Map.of("code", k.code(),
        "label", I18n.text(lang, "library.kind." + k.code()), "hint", I18n.text(lang, "library.kindHint." + k.code()))).toList());
    if (kind == null) return model;
    model.put("kind", kind.code());
    model.put("kindLabel", I18n.text(lang, "library.kind." + kind.code()));
    model.put(kind.code(), true);
    List<Map<String, Object>> organisations = new ArrayList<>();
    viewer.memberships().stream().filter(Viewer.Membership::verified).forEach(m -> organisations.add(Map.of(
        "id", m.organisationId().toString(), "name", m.organisationName(),
        "selected", m.organisationId().toString().equals(values.getString("organisationId")))));
    if (viewer.staff()) {
      organisations.add(0, Map.of("id", "", "name", I18n.text(lang, "library.centre"),
          "selected", values.getString("organisationId") == null));
    }
    model.put("organisations", organisations);
    List<String> localised = new ArrayList<>(List.of("title", "summary", "body"));
    localised.addAll(kind.fields().stream().filter(EntryContent.LOCALISED::contains).toList());
    model.put("texts", localised.stream().map(field -> Map.of("field", field,
        "label", I18n.text(lang, "library.field." + field),
        "long", !field.equals("title"),
        "rows", field.equals("summary") || field.equals("setting") ? 2 : 5,
        "inputs", LANGS.stream().map(code -> Map.of("code", code, "language", I18n.text(lang, "spoken." + code),
            "value", text(values, field, code))).toList())).toList());
    for (String field : List.of("scale", "contact", "citation", "doi", "url")) model.put(field, values.getString(field, ""));
    model.put("designs", options(codes(StudyDesign.values()), "library.design.", values.getString("design"), lang));
    model.put("categories", choices(Taxonomy.CATEGORIES, "category.", values.getJsonArray("categories"), lang));
    model.put("countries", choices(COUNTRIES, "country.", values.getJsonArray("countries"), lang));
    for (String list : List.of("showcaseIds", "trainingIds", "challengeIds")) {
      model.put(list, String.join(" ", strings(values.getJsonArray(list))));
    }
    JsonObject domains = values.getValue("domains") instanceof JsonObject d ? d : new JsonObject();
    model.put("domains", Rating.DOMAINS.stream().map(key -> {
      JsonObject domain = domains.getValue(key) instanceof JsonObject d ? d : new JsonObject();
      return Map.of("key", key, "label", I18n.text(lang, "library.domain." + key),
          "ratings", options(codes(Rating.values()), "library.rating.", domain.getString("rating"), lang),
          "findings", LANGS.stream().map(code -> Map.of("code", code, "language", I18n.text(lang, "spoken." + code),
              "value", text(domain, "finding", code))).toList());
    }).toList());
    return model;
  }

  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.stream().map(String::valueOf).toList();
  }

  static List<String> codes(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).toList();
  }

  static List<Map<String, Object>> options(List<String> ids, String prefix, String selected, String lang) {
    return ids.stream().map(id -> Map.<String, Object>of("value", id, "label", I18n.text(lang, prefix + id),
        "selected", id.equals(selected))).toList();
  }

  private static List<Map<String, Object>> choices(List<String> ids, String prefix, JsonArray chosen, String lang) {
    return ids.stream().map(id -> Map.<String, Object>of("value", id, "label", I18n.text(lang, prefix + id),
        "checked", chosen != null && chosen.contains(id))).toList();
  }

  private static String text(JsonObject values, String field, String lang) {
    Object value = values.getValue(field);
    return value instanceof JsonObject json ? json.getString(lang, "") : "";
  }
}
