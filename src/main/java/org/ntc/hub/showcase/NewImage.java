package org.ntc.hub.showcase;

import io.vertx.core.buffer.Buffer;
import org.ntc.hub.platform.FileNames;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.TooLarge;
import org.ntc.hub.platform.UnsupportedMedia;

/**
 * An image for a showcase: PNG, JPEG or WebP by its bytes, at most 5 MB, described for people who
 * cannot see it; its size in pixels when its header tells it ({@code size} null otherwise).
 */
public record NewImage(Buffer bytes, String contentType, String alt, String fileName, ImageSize size) {

  /** Checks an uploaded file ({@code bytes} null when none was sent), the name its sender gave it and its alt text. */
  public static NewImage from(Buffer bytes, String fileName, String alt) {
    if (bytes == null || bytes.length() == 0) throw new Invalid("file", "attach an image in the part named file");
    if (bytes.length() > ShowcaseImages.MAX_BYTES) throw new TooLarge("An image may be at most 5 MB");
    String type = ShowcaseImages.contentType(bytes)
        .orElseThrow(() -> new UnsupportedMedia("Only PNG, JPEG and WebP images are accepted"));
    String altText = alt == null ? "" : alt.strip();
    if (altText.isEmpty() || altText.length() > 250 || altText.chars().anyMatch(Character::isISOControl)) {
      throw new Invalid("alt", "describe the image in 1 to 250 characters for people who cannot see it");
    }
    return new NewImage(bytes, type, altText, FileNames.forType(fileName, type, "image"), ImageSize.of(bytes, type).orElse(null));
  }
}
