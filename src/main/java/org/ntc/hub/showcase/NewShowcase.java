package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** A new showcase: the company it presents and its whole content. */
public record NewShowcase(UUID organisationId, ShowcaseContent content) {

  public static NewShowcase from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    UUID organisationId = errors.uuid(body, "organisationId", true);
    Set<String> known = new HashSet<>(ShowcaseContent.FIELDS);
    known.add("organisationId");
    errors.onlyKnown(body, known);
    ShowcaseContent content = ShowcaseContent.from(body, errors);
    errors.throwIfAny();
    return new NewShowcase(organisationId, content);
  }
}
