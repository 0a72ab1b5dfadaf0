package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ntc.hub.evidence.MastDomain;
import org.ntc.hub.evidence.Rating;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Localised;

/**
 * An evaluation after MAST: first the technology's maturity, then a finding and a rating for each
 * of the seven domains, then whether it would carry to the other country, other settings and a
 * larger scale. A domain or an outlook not given is not assessed.
 */
public record PilotEvaluation(Maturity maturity, Localised maturityNote, Map<MastDomain, Finding> domains,
                              Map<Transfer, Outlook> transferability) {
  static final int FINDING_MAX = 2000;
  static final int NOTE_MAX = 1000;
  private static final Set<String> FIELDS = Set.of("maturity", "domains", "transferability");

  /** How far the technology has come. */
  public enum Maturity implements Coded {
    PROTOTYPE, PILOT_READY, MARKET_READY, IN_ROUTINE_USE;

    @Override
    public String code() {
      return Coded.codeOf(this);
    }
  }

  /** Where else it might work, by the key the JSON uses. */
  public enum Transfer {
    OTHER_COUNTRY("otherCountry"), OTHER_SETTINGS("otherSettings"), LARGER_SCALE("largerScale");

    private final String key;

    Transfer(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** How likely it is to carry over. */
  public enum Likelihood implements Coded {
    LIKELY, UNCERTAIN, UNLIKELY, NOT_ASSESSED;

    @Override
    public String code() {
      return Coded.codeOf(this);
    }
  }

  public record Finding(Localised finding, Rating rating) {
    static final Finding NONE = new Finding(Localised.of((JsonObject) null), Rating.NOT_ASSESSED);
  }

  public record Outlook(Likelihood rating, Localised note) {
    static final Outlook NONE = new Outlook(Likelihood.NOT_ASSESSED, Localised.of((JsonObject) null));
  }

  /** The body of {@code PUT /api/v1/pilots/{id}/evaluation}, every part checked; errors name the part, as {@code domains.safety.rating}. */
  static PilotEvaluation from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    JsonObject maturity = object(body, "maturity", Set.of("level", "note"), true, errors);
    Maturity level = errors.choice(nested("maturity.level", maturity.getValue("level")), "maturity.level", Maturity.class, true);
    Localised note = errors.localised(nested("maturity.note", maturity.getValue("note")), "maturity.note", 1, NOTE_MAX, false);
    JsonObject given = object(body, "domains", Set.of(), true, errors);
    Set<String> codes = Arrays.stream(MastDomain.values()).map(MastDomain::code).collect(Collectors.toSet());
    for (String key : given.fieldNames()) {
      if (!codes.contains(key)) errors.add("domains." + key, "is not a MAST domain: use " + String.join(", ", codes.stream().sorted().toList()));
    }
    Map<MastDomain, Finding> domains = new EnumMap<>(MastDomain.class);
    for (MastDomain domain : MastDomain.values()) domains.put(domain, finding(given, domain, errors));
    JsonObject transfer = object(body, "transferability", Arrays.stream(Transfer.values()).map(Transfer::key)
        .collect(Collectors.toSet()), false, errors);
    Map<Transfer, Outlook> outlooks = new EnumMap<>(Transfer.class);
    for (Transfer part : Transfer.values()) outlooks.put(part, outlook(transfer, part, errors));
    errors.throwIfAny();
    return new PilotEvaluation(level, note, domains, outlooks);
  }

  private static Finding finding(JsonObject domains, MastDomain domain, FieldErrors errors) {
    String field = "domains." + domain.code();
    if (!domains.containsKey(domain.code())) return Finding.NONE;
    JsonObject said = object(domains, domain.code(), field, Set.of("finding", "rating"), errors);
    Rating rating = errors.choice(nested(field + ".rating", said.getValue("rating")), field + ".rating", Rating.class, true);
    boolean needsFinding = rating != null && rating != Rating.NOT_ASSESSED;
    Localised finding = errors.localised(nested(field + ".finding", said.getValue("finding")), field + ".finding", 1,
        FINDING_MAX, needsFinding);
    return rating == null ? Finding.NONE : new Finding(finding, rating);
  }

  private static Outlook outlook(JsonObject transfer, Transfer part, FieldErrors errors) {
    String field = "transferability." + part.key();
    if (!transfer.containsKey(part.key())) return Outlook.NONE;
    JsonObject said = object(transfer, part.key(), field, Set.of("rating", "note"), errors);
    Likelihood rating = errors.choice(nested(field + ".rating", said.getValue("rating")), field + ".rating", Likelihood.class, true);
    Localised note = errors.localised(nested(field + ".note", said.getValue("note")), field + ".note", 1, NOTE_MAX, false);
    return rating == null ? Outlook.NONE : new Outlook(rating, note);
  }

  private static JsonObject object(JsonObject body, String key, Set<String> known, boolean required, FieldErrors errors) {
    if (!body.containsKey(key) || body.getValue(key) == null) {
      if (required) errors.add(key, "is required");
      return new JsonObject();
    }
    return object(body, key, key, known, errors);
  }

  /** The object at {@code key}, its fields checked against {@code known} (none: any); errors as {@code field}. */
  private static JsonObject object(JsonObject body, String key, String field, Set<String> known, FieldErrors errors) {
    if (!(body.getValue(key) instanceof JsonObject json)) {
      errors.add(field, "must be an object");
      return new JsonObject();
    }
    if (!known.isEmpty()) {
      for (String name : json.fieldNames()) if (!known.contains(name)) errors.add(field + "." + name, "is not a known field");
    }
    return json;
  }

  private static JsonObject nested(String field, Object value) {
    return new JsonObject().put(field, value);
  }

  /** As stored; null stays null. */
  static PilotEvaluation fromJson(JsonObject json) {
    if (json == null) return null;
    JsonObject maturity = json.getJsonObject("maturity", new JsonObject());
    JsonObject domains = json.getJsonObject("domains", new JsonObject());
    JsonObject transfer = json.getJsonObject("transferability", new JsonObject());
    Map<MastDomain, Finding> findings = new EnumMap<>(MastDomain.class);
    for (MastDomain domain : MastDomain.values()) {
      JsonObject said = domains.getJsonObject(domain.code());
      findings.put(domain, said == null ? Finding.NONE : new Finding(Localised.of(said.getJsonObject("finding")),
          Coded.find(Rating.class, said.getString("rating")).orElse(Rating.NOT_ASSESSED)));
    }
    Map<Transfer, Outlook> outlooks = new EnumMap<>(Transfer.class);
    for (Transfer part : Transfer.values()) {
      JsonObject said = transfer.getJsonObject(part.key());
      outlooks.put(part, said == null ? Outlook.NONE : new Outlook(
          Coded.find(Likelihood.class, said.getString("rating")).orElse(Likelihood.NOT_ASSESSED), Localised.of(said.getJsonObject("note"))));
    }
    return new PilotEvaluation(Coded.find(Maturity.class, maturity.getString("level")).orElse(Maturity.PROTOTYPE),
        Localised.of(maturity.getJsonObject("note")), findings, outlooks);
  }

  /** As stored: every domain and outlook, in order, with texts in all their languages. */
  public JsonObject toJson() {
    JsonObject domainsJson = new JsonObject();
    domains.forEach((domain, f) -> domainsJson.put(domain.code(),
        new JsonObject().put("finding", f.finding().toJson()).put("rating", f.rating().code())));
    JsonObject transferJson = new JsonObject();
    transferability.forEach((part, o) -> transferJson.put(part.key(),
        new JsonObject().put("rating", o.rating().code()).put("note", o.note().toJson())));
    return new JsonObject().put("maturity", new JsonObject().put("level", maturity.code()).put("note", maturityNote.toJson()))
        .put("domains", domainsJson).put("transferability", transferJson);
  }

  /** As a reader gets it: texts in their language beside all languages. */
  public JsonObject toJson(String lang) {
    JsonObject domainsJson = new JsonObject();
    domains.forEach((domain, f) -> domainsJson.put(domain.code(), new JsonObject().put("rating", f.rating().code())
        .put("finding", f.finding().in(lang)).put("findingI18n", f.finding().toJson())));
    JsonObject transferJson = new JsonObject();
    transferability.forEach((part, o) -> transferJson.put(part.key(), new JsonObject().put("rating", o.rating().code())
        .put("note", o.note().in(lang)).put("noteI18n", o.note().toJson())));
    return new JsonObject()
        .put("maturity", new JsonObject().put("level", maturity.code()).put("note", maturityNote.in(lang))
            .put("noteI18n", maturityNote.toJson()))
        .put("domains", domainsJson).put("transferability", transferJson);
  }
}
