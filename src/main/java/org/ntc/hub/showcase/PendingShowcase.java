package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A showcase awaiting review, as the moderation queue lists it: new, or an edit of a published
 * one with what the edit changes, and the images added since the last approval.
 */
public record PendingShowcase(Showcase showcase, List<ShowcaseDiff.Change> changes, List<ShowcaseImage> newImages) {

  static PendingShowcase of(Showcase showcase, List<ShowcaseImage> newImages) {
    List<ShowcaseDiff.Change> changes = showcase.published() == null ? List.of()
        : ShowcaseDiff.changes(showcase.published(), showcase.content());
    return new PendingShowcase(showcase, changes, newImages);
  }

  public boolean isEdit() {
    return showcase.published() != null;
  }

  public JsonObject toJson(String lang) {
    return showcase.fullJson(lang)
        .put("kind", isEdit() ? "edit" : "new")
        .put("isEdit", isEdit())
        .put("changes", new JsonArray(changes.stream().map(ShowcaseDiff.Change::toJson).collect(Collectors.toList())))
        .put("newImages", new JsonArray(newImages.stream().map(ShowcaseImage::toQueueJson).collect(Collectors.toList())));
  }
}
