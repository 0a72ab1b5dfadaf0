package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.JsonBytes;
import org.ntc.hub.platform.JsonBytes.Quoted;

/** Every code finds its own quoted form, whatever shares its slot; a text that is not a code finds none. */
class QuotedCodesTest {
  private static final List<String> CODES = Stream.of(Taxonomy.CATEGORIES, Taxonomy.TARGET_GROUPS, Taxonomy.LANGUAGES,
      Country.CODES, Taxonomy.REGULATORY_STATUSES, Taxonomy.EVIDENCE_LEVELS).flatMap(Collection::stream).distinct().toList();

  @Test
  @DisplayName("each of the catalogue's codes, read as a new string, comes back quoted as itself")
  void everyCode() {
    QuotedCodes table = new QuotedCodes(CODES);
    for (String code : CODES) assertThat(written(table.get(new String(code.toCharArray())))).isEqualTo(quoted(code));
  }

  @Test
  @DisplayName("codes that share a slot (same length and the same three letters) are each found; near misses are not")
  void sharedSlotsAndNearMisses() {
    // Same length, first, middle and last letter: the same slot whatever the table's size.
    List<String> alike = List.of("a-b-c-x-e", "a-b-c-y-e", "a-x-c-b-e", "a-y-c-z-e");
    QuotedCodes table = new QuotedCodes(alike);
    for (String code : alike) assertThat(written(table.get(code))).isEqualTo(quoted(code));
    List<String> misses = new ArrayList<>(List.of("", "a", "a-b-c-x", "a-b-c-x-e-", "A-b-c-x-e", "a-b-c-z-e", "a-b-c-x-é"));
    for (String miss : misses) assertThat(table.get(miss)).as(miss).isNull();
    QuotedCodes catalogue = new QuotedCodes(CODES);
    for (String code : CODES) assertThat(catalogue.get(code + "x")).isNull();
    assertThatThrownBy(() -> new QuotedCodes(List.of("FI", "FI"))).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] written(Quoted quoted) {
    return new JsonBytes(8).beginArray().value(quoted).endArray().toBuffer().getBytes();
  }

  private static byte[] quoted(String code) {
    return new JsonArray().add(code).toBuffer().getBytes();
  }
}
