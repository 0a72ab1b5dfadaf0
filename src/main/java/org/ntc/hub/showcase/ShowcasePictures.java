package org.ntc.hub.showcase;

import static org.ntc.hub.showcase.ShowcaseStatus.ARCHIVED;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Viewer;

/**
 * A showcase's images. Their order is the owners' to set at once; a new image or alt text is
 * text like any other, so on a published showcase it sends the showcase to review through the
 * lifecycle in {@link ShowcaseService}, the approved copy staying public meanwhile.
 */
public final class ShowcasePictures {
  private final ShowcaseService lifecycle;
  private final ShowcaseRepository showcases;
  private final ShowcaseImages images;

  ShowcasePictures(ShowcaseService lifecycle, ShowcaseRepository showcases, ShowcaseImages images) {
    this.lifecycle = lifecycle;
    this.showcases = showcases;
    this.images = images;
  }

  /**
   * Adds an image, shown to the public once staff approve the showcase: added to a published
   * showcase it sends the showcase to review like an edit of its text, the approved copy and
   * images staying public meanwhile.
   */
  public Future<ShowcaseImage> add(UUID id, NewImage image, Viewer viewer) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      ShowcaseService.requireMember(showcase, viewer);
      if (showcase.status() == ARCHIVED) throw new Conflict("An archived showcase takes no images");
      return images.count(id).compose(n -> n >= ShowcaseImages.MAX_PER_SHOWCASE
          ? Future.failedFuture(new Conflict("A showcase has at most 10 images"))
          : storeImage(showcase, image, viewer));
    });
  }

  /** The image's bytes and whether the public may cache them; one awaiting review only for owners and staff. */
  public Future<ImageAnswer> bytes(UUID id, UUID imageId, Viewer viewer) {
    return showcases.byId(id).compose(showcase -> {
      boolean privileged = ShowcaseService.privileged(showcase, viewer);
      if (!showcase.isPublic() && !privileged) return Future.failedFuture(new NotFound("image", imageId));
      return images.bytes(id, imageId).map(found -> found.filter(image -> image.approved() || privileged)
          .map(image -> new ImageAnswer(image, showcase.isPublic() && image.approved()))
          .orElseThrow(() -> new NotFound("image", imageId)));
    });
  }

  public record ImageAnswer(ShowcaseImages.Image image, boolean publicCache) {}

  /** Removes an image at once, from the public too: taking a picture away needs no review. */
  public Future<Void> delete(UUID id, UUID imageId, Viewer viewer) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      ShowcaseService.requireMember(showcase, viewer);
      return showcases.pool().withTransaction(tx -> images.delete(tx, id, imageId));
    }).compose(deleted -> deleted ? Future.succeededFuture() : Future.failedFuture(new NotFound("image", imageId)));
  }

  /**
   * Changes an image's alt text, its place in the order, or both. The order is the owners' to set
   * at once; a new alt text is text like any other: on a published showcase it sends the showcase
   * to review, the public reading the approved text meanwhile.
   */
  public Future<ShowcaseImage> change(UUID id, UUID imageId, ImageChange change, Viewer viewer) {
    viewer.requireSignedIn();
    return showcases.byId(id).compose(showcase -> {
      ShowcaseService.requireMember(showcase, viewer);
      if (showcase.status() == ARCHIVED) throw new Conflict("An archived showcase cannot be edited");
      return showcases.pool().withTransaction(tx -> change(tx, showcase, imageId, change, viewer));
    }).compose(done -> images.list(id, false))
        .map(all -> all.stream().filter(image -> image.id().equals(imageId)).findFirst()
            .orElseThrow(() -> new NotFound("image", imageId)));
  }

  private Future<Void> change(SqlClient tx, Showcase showcase, UUID imageId, ImageChange change, Viewer viewer) {
    Future<Boolean> moved = change.position()
        .map(position -> images.move(tx, showcase.id(), imageId, position))
        .orElse(Future.succeededFuture(true));
    return moved.compose(found -> {
      if (!found) return Future.failedFuture(new NotFound("image", imageId));
      if (change.alt().isEmpty()) return Future.succeededFuture();
      return images.changeAlt(tx, showcase.id(), imageId, change.alt().get()).compose(needsReview -> {
        if (needsReview.isEmpty()) return Future.failedFuture(new NotFound("image", imageId));
        ShowcaseStatus to = showcase.status().afterEdit();
        if (!needsReview.get() || to == showcase.status()) return Future.succeededFuture();
        return lifecycle.move(tx, showcase, viewer, to, Set.of(showcase.status()), "alt text changed", ShowcaseService.CHANGED_MEANWHILE);
      });
    });
  }

  private Future<ShowcaseImage> storeImage(Showcase showcase, NewImage image, Viewer viewer) {
    ShowcaseStatus to = showcase.status().afterEdit();
    return showcases.pool().withTransaction(tx -> images.insert(tx, showcase.id(), image).compose(stored -> to == showcase.status()
        ? Future.succeededFuture(stored)
        : lifecycle.move(tx, showcase, viewer, to, Set.of(showcase.status()), "image added", ShowcaseService.CHANGED_MEANWHILE).map(stored)));
  }
}
