package org.ntc.hub.material;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.showcase.Taxonomy;

/** What a material listing is narrowed to: words, a topic, a language, a training; each optional. */
public record MaterialQuery(String text, String topic, String language, UUID trainingId) {

  static MaterialQuery from(MultiMap params) {
    JsonObject query = Bodies.query(params);
    FieldErrors errors = new FieldErrors();
    String q = errors.text(query, "q", 1, 200, false);
    String topic = errors.oneOf(query, "topic", Set.copyOf(Taxonomy.CATEGORIES), false);
    String language = errors.oneOf(query, "language", Set.copyOf(I18n.LANGUAGES), false);
    UUID training = errors.uuid(query, "training", false);
    errors.throwIfAny();
    return new MaterialQuery(q, topic, language, training);
  }

  static MaterialQuery ofTraining(UUID trainingId) {
    return new MaterialQuery(null, null, null, trainingId);
  }
}
