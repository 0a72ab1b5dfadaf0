package org.ntc.hub.evidence;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Localised;

/**
 * One source's word on one MAST domain of a showcase: a published pilot evaluation or a public
 * library entry, with its title, when it was said and who says it.
 */
public record Statement(MastDomain domain, Source source, UUID id, Localised title, Localised finding, Rating rating,
                        LocalDate date, Localised attributedTo) {

  /** Where a statement comes from. */
  public enum Source implements Coded {
    PILOT,
    LIBRARY;

    @Override
    public String code() {
      return Coded.codeOf(this);
    }
  }

  public String url() {
    return (source == Source.PILOT ? "/pilots/" : "/library/") + id;
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("source", source.code()).put("id", id.toString()).put("title", title.in(lang))
        .put("finding", finding.in(lang)).put("findingI18n", finding.toJson()).put("rating", rating.code())
        .put("date", date.toString()).put("attributedTo", attributedTo.in(lang));
  }
}
