package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A showcase as one viewer may see it. Its organisation's members and staff see the working
 * copy in whatever state, its history and every image; anyone else sees the approved copy
 * and the approved images only.
 */
public record ShowcaseDetail(Showcase showcase, boolean privileged, List<ShowcaseImage> images,
                             List<ShowcaseTransition> history, Optional<Archiving> archived) {

  static ShowcaseDetail forPublic(Showcase showcase, List<ShowcaseImage> approvedImages) {
    return new ShowcaseDetail(showcase, false, approvedImages, List.of(), Optional.empty());
  }

  /** The copy this viewer sees: the working copy, or the approved one. */
  public ShowcaseContent shown() {
    return privileged ? showcase.content() : showcase.published();
  }

  /** The state this viewer sees: the real one, or "published" for the approved copy. */
  public ShowcaseStatus status() {
    return privileged ? showcase.status() : ShowcaseStatus.PUBLISHED;
  }

  public JsonObject toJson(String lang) {
    JsonArray imageList = new JsonArray(images.stream().map(image -> image.toJson(lang)).collect(Collectors.toList()));
    if (!privileged) return showcase.publicJson(lang).put("images", imageList);
    JsonObject json = showcase.fullJson(lang)
        .put("history", new JsonArray(history.stream().map(ShowcaseTransition::toJson).collect(Collectors.toList())))
        .put("images", imageList);
    archived.ifPresent(a -> json.put("archived", a.toJson()));
    return json;
  }
}
