package org.ntc.hub.showcase;

import io.vertx.core.buffer.Buffer;
import java.util.Optional;

/** An image's width and height in pixels, read from the header of a PNG, JPEG or WebP file without decoding it. */
public record ImageSize(int width, int height) {

  static Optional<ImageSize> of(Buffer bytes, String contentType) {
    try {
      ImageSize size = switch (contentType) {
        case "image/png" -> png(bytes);
        case "image/jpeg" -> jpeg(bytes);
        case "image/webp" -> webp(bytes);
        default -> null;
      };
      return Optional.ofNullable(size).filter(s -> s.width() > 0 && s.height() > 0);
    } catch (IndexOutOfBoundsException truncated) {
      return Optional.empty();
    }
  }

  /** The IHDR chunk comes first: width and height big-endian at bytes 16 and 20. */
  private static ImageSize png(Buffer bytes) {
    return bytes.getString(12, 16).equals("IHDR") ? new ImageSize(bytes.getInt(16), bytes.getInt(20)) : null;
  }

  /** The first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC) holds height, then width. */
  private static ImageSize jpeg(Buffer bytes) {
    int at = 2;
    while (at + 9 < bytes.length()) {
      if (bytes.getUnsignedByte(at) != 0xFF) return null;
      int marker = bytes.getUnsignedByte(at + 1);
      if (marker == 0xFF) {
        at++;
        continue;
      }
      if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
        at += 2;
        continue;
      }
      boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) return new ImageSize(bytes.getUnsignedShort(at + 7), bytes.getUnsignedShort(at + 5));
      at += 2 + bytes.getUnsignedShort(at + 2);
    }
    return null;
  }

  /** Lossy (VP8), lossless (VP8L) and extended (VP8X) files each keep the size in their own way. */
  private static ImageSize webp(Buffer bytes) {
    String chunk = bytes.getString(12, 16);
    return switch (chunk) {
      case "VP8 " -> new ImageSize(bytes.getUnsignedShortLE(26) & 0x3FFF, bytes.getUnsignedShortLE(28) & 0x3FFF);
      case "VP8L" -> {
        int b1 = bytes.getUnsignedByte(22);
        int b2 = bytes.getUnsignedByte(23);
        int b3 = bytes.getUnsignedByte(24);
        yield new ImageSize(1 + (((b1 & 0x3F) << 8) | bytes.getUnsignedByte(21)),
            1 + (((b3 & 0x0F) << 10) | (b2 << 2) | ((b1 & 0xC0) >> 6)));
      }
      case "VP8X" -> new ImageSize(1 + bytes.getUnsignedMediumLE(24), 1 + bytes.getUnsignedMediumLE(27));
      default -> null;
    };
  }
}
