package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Times;

/** A showcase's claims as they stand now: its regulatory status and its evidence level, each verified or not. */
public record Claims(Claim regulatory, Claim evidence) {

  /** A verification as stored: which value, by whom, when, until when (read in {@code zone}), and the note. */
  record Verification(ClaimKind kind, String value, String verifiedBy, OffsetDateTime verifiedAt, OffsetDateTime expiresAt,
                      ZoneId zone, String note) {}

  /**
   * One claim: the value the showcase claims, and NTC's verification if it is of that value. A
   * verification of another value (the owner changed it since) leaves the claim unverified.
   */
  public record Claim(ClaimKind kind, String value, ClaimStatus status, Optional<Verification> verification) {
    static Claim of(ClaimKind kind, String value, Optional<Verification> stored, OffsetDateTime now) {
      Optional<Verification> same = stored.filter(v -> v.value().equals(value));
      if (same.isEmpty()) return new Claim(kind, value, ClaimStatus.UNVERIFIED, Optional.empty());
      ClaimStatus status = now.isBefore(same.get().expiresAt()) ? ClaimStatus.VERIFIED : ClaimStatus.EXPIRED;
      return new Claim(kind, value, status, same);
    }

    JsonObject toJson(String lang) {
      JsonObject json = new JsonObject().put("value", value).put("label", I18n.text(lang, kind.labelKey(value)))
          .put("status", status.code());
      verification.ifPresent(v -> json.put("verifiedBy", v.verifiedBy()).put("verifiedAt", Times.rfc3339(v.verifiedAt(), v.zone()))
          .put("expiresAt", Times.rfc3339(v.expiresAt(), v.zone())).put("note", v.note()));
      return json;
    }

    /** The claim in words for the page: the value, and whether and by whom NTC verified it, until when. */
    Map<String, Object> shown(String lang) {
      Map<String, Object> shown = new HashMap<>();
      shown.put("kind", kind.code());
      shown.put("heading", I18n.text(lang, "claim.kind." + kind.code()));
      shown.put("label", I18n.text(lang, kind.labelKey(value)));
      shown.put("status", status.code());
      shown.put("verified", status == ClaimStatus.VERIFIED);
      shown.put("expired", status == ClaimStatus.EXPIRED);
      shown.put("statusText", verification.map(v -> status == ClaimStatus.VERIFIED
              ? I18n.text(lang, "claim.verified", v.verifiedBy(), date(v.verifiedAt(), v.zone(), lang), lastDay(v, lang))
              : I18n.text(lang, "claim.expired", lastDay(v, lang), v.verifiedBy(), date(v.verifiedAt(), v.zone(), lang)))
          .orElse(I18n.text(lang, "claim.unverified")));
      verification.ifPresent(v -> {
        shown.put("expiresAt", Times.rfc3339(v.expiresAt(), v.zone()));
        if (v.note() != null) shown.put("note", v.note());
      });
      return shown;
    }

    /** The last day the verification holds: the day of the moment just before it expires. */
    private static String lastDay(Verification v, String lang) {
      return date(v.expiresAt().minusSeconds(1), v.zone(), lang);
    }
  }

  public List<Claim> all() {
    return List.of(regulatory, evidence);
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("regulatory", regulatory.toJson(lang)).put("evidence", evidence.toJson(lang));
  }

  /** Both claims in words, for the showcase page. */
  public List<Map<String, Object>> shown(String lang) {
    return all().stream().map(claim -> claim.shown(lang)).toList();
  }

  static String date(OffsetDateTime at, ZoneId zone, String lang) {
    LocalDate day = at.atZoneSameInstant(zone).toLocalDate();
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)));
  }
}
