package org.ntc.hub.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Names of files people upload and download. A served name never carries the sender's choice
 * of extension: it ends in the one of the type recognised from the file's bytes, so an HTML
 * page dressed as a PDF and named {@code x.html} is served as {@code x.pdf}, as a PDF.
 */
public final class FileNames {
  private static final Map<String, String> EXTENSIONS = Map.of(
      "application/pdf", "pdf",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx",
      "application/vnd.oasis.opendocument.presentation", "odp",
      "application/vnd.ms-powerpoint", "ppt",
      "image/png", "png",
      "image/jpeg", "jpg",
      "image/webp", "webp");
  private static final int MAX_BASE_LENGTH = 100;

  private FileNames() {}

  /**
   * The sender's name without folders, control characters, quotes or other characters that
   * mean something to a file system or a header, shortened, its extension replaced by the one
   * of {@code contentType}; {@code fallback} when nothing of the name is left.
   */
  public static String forType(String sent, String contentType, String fallback) {
    String extension = EXTENSIONS.get(contentType);
    if (extension == null) throw new IllegalArgumentException("no extension known for " + contentType);
    String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[^\\p{L}\\p{M}\\p{N} ._()+,-]", "_").replaceAll("\\s+", " ").strip();
    int dot = name.lastIndexOf('.');
    String base = dot >= 0 ? name.substring(0, dot) : name;
    if (base.toLowerCase(Locale.ROOT).endsWith("." + extension)) base = base.substring(0, base.length() - extension.length() - 1);
    base = base.replaceAll("^[. _-]+|[. _]+$", "");
    if (base.codePointCount(0, base.length()) > MAX_BASE_LENGTH) {
      base = base.substring(0, base.offsetByCodePoints(0, MAX_BASE_LENGTH)).strip();
    }
    if (base.isEmpty()) base = fallback;
    return base + "." + extension;
  }

  /**
   * {@code attachment} with the name twice: plain ASCII for old clients and RFC 8187 UTF-8 for
   * the rest, so the browser saves (never opens in place) a file of the name and type served.
   */
  public static String attachment(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
