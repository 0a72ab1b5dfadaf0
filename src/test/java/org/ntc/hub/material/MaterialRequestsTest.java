package org.ntc.hub.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;

class MaterialRequestsTest {

  private static JsonObject link() {
    return new JsonObject().put("title", new JsonObject().put("fi", "Opas").put("sv", "Guide"))
        .put("topic", "remote-monitoring").put("language", "fi").put("url", "https://example.org/opas.pdf");
  }

  @Test
  @DisplayName("a link is public unless told otherwise; a file names no url")
  void described() {
    NewMaterial material = NewMaterial.from(link(), true);
    assertThat(material.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(material.kind()).isEqualTo(MaterialKind.LINK);
    assertThat(material.title().in("sv")).isEqualTo("Guide");
    JsonObject file = link().put("visibility", "members");
    file.remove("url");
    NewMaterial upload = NewMaterial.from(file, false);
    assertThat(upload.visibility()).isEqualTo(Visibility.MEMBERS);
    assertThat(upload.kind()).isEqualTo(MaterialKind.FILE);
  }

  @Test
  @DisplayName("missing titles, unknown topics and visibilities, and a url on a file are refused field by field")
  void refused() {
    JsonObject bad = link().put("topic", "astrology").put("visibility", "secret").put("title", new JsonObject().put("de", "Buch"));
    bad.remove("url");
    assertThat(catchThrowableOfType(Invalid.class, () -> NewMaterial.from(bad, true)).errors().stream().map(FieldError::field))
        .contains("topic", "visibility", "title.de", "url");
    assertThat(catchThrowableOfType(Invalid.class, () -> NewMaterial.from(link(), false)).errors().stream().map(FieldError::field))
        .containsExactly("url");
    JsonObject untitled = link();
    untitled.remove("title");
    assertThat(catchThrowableOfType(Invalid.class, () -> NewMaterial.from(untitled, true)).errors().stream().map(FieldError::field))
        .containsExactly("title");
  }

  @Test
  @DisplayName("a listing is narrowed by words, topic, language and training, each checked")
  void query() {
    UUID training = UUID.randomUUID();
    MultiMap params = MultiMap.caseInsensitiveMultiMap().add("q", "etämittaus").add("topic", "remote-monitoring")
        .add("language", "fi").add("training", training.toString());
    assertThat(MaterialQuery.from(params)).isEqualTo(new MaterialQuery("etämittaus", "remote-monitoring", "fi", training));
    assertThat(MaterialQuery.from(MultiMap.caseInsensitiveMultiMap())).isEqualTo(new MaterialQuery(null, null, null, null));
    MultiMap bad = MultiMap.caseInsensitiveMultiMap().add("topic", "astrology").add("language", "de").add("training", "x");
    assertThat(catchThrowableOfType(Invalid.class, () -> MaterialQuery.from(bad)).errors().stream().map(FieldError::field))
        .containsExactlyInAnyOrder("topic", "language", "training");
  }
}
