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

/**
 * Every code finds its own quoted form and kept string, whatever shares its slot; a text that is not a
 * code finds none; a card's codes text reads back as its four lists.
 */
class CatalogueCodesTest {
  private static final List<String> CODES = Stream.of(Taxonomy.CATEGORIES, Taxonomy.TARGET_GROUPS, Taxonomy.LANGUAGES,
      Country.CODES, Taxonomy.REGULATORY_STATUSES, Taxonomy.EVIDENCE_LEVELS).flatMap(Collection::stream).distinct().toList();

  @Test
  @DisplayName("each of the catalogue's codes, read as a new string, comes back quoted as itself and as the kept string")
  void everyCode() {
    for (String code : CODES) {
      String read = new String(code.toCharArray());
      assertThat(written(CatalogueCodes.ALL.quoted(read))).isEqualTo(quoted(code));
      List<String> single = CatalogueCodes.ALL.lists(read + "|||").get(0);
      assertThat(single).containsExactly(code);
      assertThat(single.get(0)).isSameAs(CatalogueCodes.ALL.lists("|" + code + "||").get(1).get(0));
    }
  }

  @Test
  @DisplayName("codes that share a slot (same length and the same three letters) are each found; near misses are not")
  void sharedSlotsAndNearMisses() {
    // Same length, first, middle and last letter: the same slot whatever the table's size.
    List<String> alike = List.of("a-b-c-x-e", "a-b-c-y-e", "a-x-c-b-e", "a-y-c-z-e");
    CatalogueCodes table = new CatalogueCodes(alike);
    for (String code : alike) assertThat(written(table.quoted(code))).isEqualTo(quoted(code));
    List<String> misses = new ArrayList<>(List.of("", "a", "a-b-c-x", "a-b-c-x-e-", "A-b-c-x-e", "a-b-c-z-e", "a-b-c-x-é"));
    for (String miss : misses) assertThat(table.quoted(miss)).as(miss).isNull();
    for (String code : CODES) assertThat(CatalogueCodes.ALL.quoted(code + "x")).isNull();
    assertThatThrownBy(() -> new CatalogueCodes(List.of("FI", "FI"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CatalogueCodes(List.of("a,b"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CatalogueCodes(List.of("a|b"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a card's codes text reads as four lists, empty ones too; a code not known is kept as written")
  void lists() {
    CatalogueCodes codes = CatalogueCodes.ALL;
    assertThat(codes.lists("remote-monitoring,self-care|older-people|FI,SE|fi,sv,en")).containsExactly(
        List.of("remote-monitoring", "self-care"), List.of("older-people"), List.of("FI", "SE"), List.of("fi", "sv", "en"));
    assertThat(codes.lists("|||")).containsExactly(List.of(), List.of(), List.of(), List.of());
    assertThat(codes.lists("")).containsExactly(List.of(), List.of(), List.of(), List.of());
    assertThat(codes.lists(null)).containsExactly(List.of(), List.of(), List.of(), List.of());
    assertThat(codes.lists("|families||")).containsExactly(List.of(), List.of("families"), List.of(), List.of());
    assertThat(codes.lists("self-care,not-a-code|||xx")).containsExactly(
        List.of("self-care", "not-a-code"), List.of(), List.of(), List.of("xx"));
  }

  private static byte[] written(Quoted quoted) {
    return new JsonBytes(8).beginArray().value(quoted).endArray().toBuffer().getBytes();
  }

  private static byte[] quoted(String code) {
    return new JsonArray().add(code).toBuffer().getBytes();
  }
}
