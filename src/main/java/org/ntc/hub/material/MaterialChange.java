package org.ntc.hub.material;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.showcase.Taxonomy;

/**
 * An edit of learning material: the fields it names replace the stored ones (a title replaces all
 * its languages), the fields it leaves out keep their value. A file's bytes are not edited.
 */
record MaterialChange(Localised title, String topic, String language, Visibility visibility, String url) {
  private static final Set<String> FIELDS = Set.of("title", "topic", "language", "visibility", "url");

  static MaterialChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    Localised title = body.containsKey("title") ? errors.localised(body, "title", 3, 200, true) : null;
    String topic = errors.oneOf(body, "topic", Set.copyOf(Taxonomy.CATEGORIES), body.containsKey("topic"));
    String language = errors.oneOf(body, "language", Set.copyOf(I18n.LANGUAGES), body.containsKey("language"));
    Visibility visibility = errors.choice(body, "visibility", Visibility.class, body.containsKey("visibility"));
    String url = errors.url(body, "url", body.containsKey("url"));
    errors.throwIfAny();
    return new MaterialChange(title, topic, language, visibility, url);
  }

  /** The material as it reads after this edit. */
  Material applyTo(Material m) {
    return new Material(m.id(), title == null ? m.title() : title, topic == null ? m.topic() : topic,
        language == null ? m.language() : language, visibility == null ? m.visibility() : visibility, m.kind(),
        url == null ? m.url() : url, m.fileName(), m.contentType(), m.size(), m.trainingId(), m.showcaseId(), m.createdAt(),
        m.organisationId());
  }
}
