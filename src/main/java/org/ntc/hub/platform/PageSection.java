package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import java.util.Map;
import java.util.UUID;

/**
 * A part of one feature's page that another feature supplies, shaped whole for the template: the
 * root wires it, so the page's feature does not depend on the one that fills it. Null leaves it out.
 */
public interface PageSection {
  PageSection NONE = (id, viewer, lang, query) -> Future.succeededFuture(null);

  /** The section of the page about {@code id}, as this viewer may see it; {@code query} is the page's query string. */
  Future<Map<String, Object>> of(UUID id, Viewer viewer, String lang, MultiMap query);
}
