package org.ntc.hub.material;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.showcase.Taxonomy;

/**
 * Learning material's description: title, topic, language, who may see it, what it links to, and
 * optionally the organisation that publishes it (needed only from a member of several).
 */
record NewMaterial(Localised title, String topic, String language, Visibility visibility, String url, UUID trainingId,
                   UUID showcaseId, UUID organisationId) {
  private static final Set<String> FIELDS = Set.of("title", "topic", "language", "visibility", "url", "trainingId", "showcaseId",
      "organisationId");

  /** {@code link} says whether the material is a link (then {@code url} is required) or a file. */
  static NewMaterial from(JsonObject body, boolean link) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    JsonObject title = body.getValue("title") instanceof JsonObject json ? json : null;
    if (title == null) {
      errors.add("title", "is required, as an object of en, fi, sv texts");
    } else {
      for (String lang : title.fieldNames()) {
        if (!I18n.supported(lang)) errors.add("title." + lang, "is not a language: use en, fi or sv");
        else errors.text(title, lang, 3, 200, false);
      }
    }
    String topic = errors.oneOf(body, "topic", Set.copyOf(Taxonomy.CATEGORIES), true);
    String language = errors.oneOf(body, "language", Set.copyOf(I18n.LANGUAGES), true);
    Visibility visibility = errors.choice(body, "visibility", Visibility.class, false);
    String url = link ? errors.url(body, "url", true) : null;
    if (!link && body.containsKey("url")) errors.add("url", "a file upload has no url");
    UUID training = errors.uuid(body, "trainingId", false);
    UUID showcase = errors.uuid(body, "showcaseId", false);
    UUID organisation = errors.uuid(body, "organisationId", false);
    Localised localised = Localised.of(title);
    if (title != null && localised.isEmpty() && !errors.has("title")) errors.add("title", "is required in at least one language");
    errors.throwIfAny();
    return new NewMaterial(localised, topic, language, visibility == null ? Visibility.PUBLIC : visibility, url, training, showcase,
        organisation);
  }

  MaterialKind kind() {
    return url == null ? MaterialKind.FILE : MaterialKind.LINK;
  }
}
