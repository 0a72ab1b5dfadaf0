package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ntc.hub.showcase.NewShowcaseTest.refused;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.TooLarge;
import org.ntc.hub.platform.UnsupportedMedia;

/** The smaller request records: archiving, contacting, an image, a catalogue search. */
class ShowcaseRequestsTest {

  @Test
  @DisplayName("archiving may give a reason, trimmed; blank means none; nothing else is taken")
  void archive() {
    assertThat(ArchiveRequest.from(new JsonObject().put("reason", "  Tuote poistuu  ")).reason()).contains("Tuote poistuu");
    assertThat(ArchiveRequest.from(new JsonObject()).reason()).isEmpty();
    assertThat(ArchiveRequest.from(new JsonObject().put("reason", "   ")).reason()).isEmpty();
    assertThat(refused(() -> ArchiveRequest.from(new JsonObject().put("reason", "x".repeat(2001)).put("why", ""))))
        .containsExactly("why", "reason");
  }

  @Test
  @DisplayName("a message to a company has 10 to 2000 characters and nothing else")
  void contact() {
    assertThat(ContactRequest.from(new JsonObject().put("message", "Voisimmeko kokeilla tätä?")).message())
        .isEqualTo("Voisimmeko kokeilla tätä?");
    assertThat(refused(() -> ContactRequest.from(new JsonObject()))).containsExactly("message");
    assertThat(refused(() -> ContactRequest.from(new JsonObject().put("message", "Hei")))).containsExactly("message");
    assertThat(refused(() -> ContactRequest.from(new JsonObject().put("message", "Hello there, company").put("cc", "x"))))
        .containsExactly("cc");
  }

  @Test
  @DisplayName("an image is recognised by its bytes, named for its type, and needs a description")
  void image() {
    Buffer png = Buffer.buffer(ShowcaseContentTest.PNG);
    NewImage image = NewImage.from(png, "photo.jpg", "  Mittari pöydällä ");
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(image.fileName()).isEqualTo("photo.png");
    assertThat(image.alt()).isEqualTo("Mittari pöydällä");
    assertThat(refused(() -> NewImage.from(null, null, "alt"))).containsExactly("file");
    assertThat(refused(() -> NewImage.from(png, "p.png", " "))).containsExactly("alt");
    assertThat(refused(() -> NewImage.from(png, "p.png", "x".repeat(251)))).containsExactly("alt");
    assertThatThrownBy(() -> NewImage.from(Buffer.buffer("<svg/>"), "p.svg", "alt")).isInstanceOf(UnsupportedMedia.class);
    Buffer huge = Buffer.buffer(ShowcaseContentTest.PNG).appendBuffer(Buffer.buffer(new byte[ShowcaseImages.MAX_BYTES]));
    assertThatThrownBy(() -> NewImage.from(huge, "p.png", "alt")).isInstanceOf(TooLarge.class);
  }

  @Test
  @DisplayName("a search reads its filters into the vocabularies, blank ones as absent")
  void search() {
    String org = UUID.randomUUID().toString();
    ShowcaseSearch search = ShowcaseSearch.from(MultiMap.caseInsensitiveMultiMap().add("q", " etävastaanotto ")
        .add("country", "SE").add("regulatoryStatus", "ivdr").add("evidenceLevel", "clinical-study")
        .add("organisation", org).add("category", "").add("page", "2").add("pageSize", "5"));
    assertThat(search.text()).isEqualTo("etävastaanotto");
    assertThat(search.country()).isEqualTo(Country.SE);
    assertThat(search.regulatoryStatus()).isEqualTo(RegulatoryStatus.IVDR);
    assertThat(search.evidenceLevel()).isEqualTo(EvidenceLevel.CLINICAL_STUDY);
    assertThat(search.organisationId()).isEqualTo(UUID.fromString(org));
    assertThat(search.category()).isNull();
    assertThat(search.paging().offset()).isEqualTo(5);
  }

  @Test
  @DisplayName("a search with values outside the vocabularies names each of them")
  void badSearch() {
    assertThat(refused(() -> ShowcaseSearch.from(MultiMap.caseInsensitiveMultiMap().add("country", "DK")
        .add("category", "gardening").add("evidenceLevel", "hearsay").add("organisation", "acme"))))
        .containsExactly("category", "country", "evidenceLevel", "organisation");
    assertThatThrownBy(() -> ShowcaseSearch.from(MultiMap.caseInsensitiveMultiMap().add("pageSize", "1000")))
        .isInstanceOf(Invalid.class);
  }
}
