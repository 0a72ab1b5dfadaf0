package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The byte writer writes what Jackson's generator writes, for any text, at every position in a run of eight bytes. */
class JsonBytesTest {
  /** Characters that need a look: escapes, a question mark, letters of two and three bytes, and surrogates, paired or alone. */
  private static final String[] PIECES = {"a", "Z", "0", " ", "\"", "\\", "?", "\n", "\t", "\u0000", "\u001f", "\u007f", "ä", "Å",
      "\u00ff", "\u0100", "\u07ff", "\u0800", "€", "\u2028", "\uffff", "😀", "\ud83d", "\ude00", "/", "<", "&"};

  @Test
  @DisplayName("random texts of every length come out as Jackson writes them")
  void sameAsJackson() {
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        // Mostly plain letters, as real texts are, so runs of eight plain bytes occur between the others.
        text.append(random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)] : String.valueOf((char) ('a' + random.nextInt(26))));
      }
      check(text.toString());
    }
    check("");
    check("Harvemmat kotikäynnit jättävät enemmän aikaa hoidolle.");
    check("Miksi? Koska \"etänä\" on helpompaa \\ ja nopeampaa.");
  }

  @Test
  @DisplayName("names, codes, numbers, booleans and nulls nest with their commas as Jackson places them")
  void structure() {
    JsonObject expected = new JsonObject().put("items", new JsonArray().add(new JsonObject().put("id", "x").put("n", 3))
        .add(new JsonObject())).put("total", -42L).put("capped", true).put("none", (String) null)
        .put("facets", new JsonObject().put("c", new JsonArray().add("FI").add("SE")).put("e", new JsonArray()));
    JsonBytes json = new JsonBytes(8);
    json.beginObject().name(JsonBytes.Name.of("items")).beginArray()
        .beginObject().name(JsonBytes.Name.of("id")).value("x").name("n").value(3).endObject().beginObject().endObject().endArray();
    json.name("total").value(-42L).name("capped").value(true).name("none").value((String) null);
    json.name("facets").beginObject().name("c").beginArray().value(JsonBytes.Quoted.of("FI")).value("SE").endArray()
        .name("e").beginArray().endArray().endObject().endObject();
    assertThat(json.toBuffer().getBytes()).isEqualTo(expected.toBuffer().getBytes());
  }

  @Test
  @DisplayName("a value written again is the same bytes in its own place, with its comma, past a growth of the buffer")
  void valueAgain() {
    String text = "Etähoito \"kotona\"\nja 😀 ".repeat(20);
    JsonBytes json = new JsonBytes(4).beginObject().name("shown");
    int from = json.length();
    int to = json.value(text).length();
    json.name("all").beginArray().value("fi").valueAgain(from, to).valueAgain(from, to).endArray().endObject();
    JsonObject expected = new JsonObject().put("shown", text).put("all", new JsonArray().add("fi").add(text).add(text));
    assertThat(json.toBuffer().getBytes()).isEqualTo(expected.toBuffer().getBytes());
    assertThatThrownBy(() -> json.valueAgain(to, from)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> json.valueAgain(from, json.length() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static void check(String text) {
    byte[] ours = new JsonBytes(4).beginArray().value(text).endArray().toBuffer().getBytes();
    byte[] jackson = new JsonArray().add(text).toBuffer().getBytes();
    assertThat(ours).as(text).isEqualTo(jackson);
  }
}
