package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.showcase.NewImage;

/**
 * The rules of lessons' images. Those who may change a course add an image to a lesson or take it
 * out; either is an edit of the working copy through {@link CourseService#editModules}, so on a
 * published course it waits for review like any edit. An image is served to anyone once the
 * public copy names it, else only to the course's editors and staff.
 */
public final class CourseImages {
  private final CourseService courses;
  private final CourseRepository repository;
  private final CourseImageRepository images;

  public CourseImages(CourseService courses, CourseRepository repository) {
    this.courses = courses;
    this.repository = repository;
    this.images = new CourseImageRepository(repository.pool());
  }

  /** An image served: its bytes, and whether anyone may read it (so shared caches may keep it). */
  public record Served(String contentType, io.vertx.core.buffer.Buffer bytes, boolean shared) {}

  /** Stores the image and adds it at the end of the lesson's images: {@code {id, alt, url}}. */
  public Future<JsonObject> add(UUID courseId, UUID lessonId, NewImage image, Viewer viewer) {
    viewer.requireSignedIn();
    return courses.find(courseId, viewer).compose(viewed -> {
      requireEditor(viewed);
      JsonObject lesson = CourseOutline.lesson(viewed.course().content().stored().getJsonArray("modules"), lessonId).item();
      if (LessonImages.of(lesson).size() >= LessonImages.MAX_PER_LESSON) {
        throw new Conflict("A lesson may have at most " + LessonImages.MAX_PER_LESSON + " images");
      }
      UUID id = UUID.randomUUID();
      JsonObject entry = new JsonObject().put("id", id.toString()).put("alt", image.alt())
          .put("width", image.size() == null ? null : image.size().width())
          .put("height", image.size() == null ? null : image.size().height());
      return images.insert(id, courseId, image, viewer.id())
          .compose(stored -> courses.editModules(courseId, CourseOutline.addImage(lessonId, entry), viewer)
              .recover(err -> images.delete(courseId, id).transform(ignored -> Future.failedFuture(err))))
          .map(edited -> new JsonObject().put("id", id.toString()).put("alt", image.alt())
              .put("url", LessonImages.url(courseId, id.toString())));
    });
  }

  /**
   * Takes the image out of the lesson; its bytes go with the edit, or once the public copy that
   * still shows it until review is replaced (see {@link CourseImageRepository#prune}).
   */
  public Future<Void> remove(UUID courseId, UUID lessonId, UUID imageId, Viewer viewer) {
    viewer.requireSignedIn();
    return courses.editModules(courseId, CourseOutline.removeImage(lessonId, imageId), viewer).mapEmpty();
  }

  /** The image's bytes for this viewer: anyone's when the public copy names it, else only its editors' and staff's. */
  public Future<Served> bytes(UUID courseId, UUID imageId, Viewer viewer) {
    return repository.byId(courseId).compose(course -> {
      boolean shared = course.isPublic() && LessonImages.named(course.published()).contains(imageId);
      if (!shared && !CourseService.privileged(course, viewer)) return Future.failedFuture(new NotFound("image", imageId));
      return images.bytes(courseId, imageId).map(found -> found
          .map(image -> new Served(image.contentType(), image.bytes(), shared))
          .orElseThrow(() -> new NotFound("image", imageId)));
    });
  }

  private static void requireEditor(CourseService.Viewed viewed) {
    if (!viewed.privileged()) throw new Forbidden("Only the organisation's members and staff may change its courses");
    if (viewed.course().status() == CourseStatus.ARCHIVED) throw new Conflict("An archived course cannot be edited");
  }
}
