package org.ntc.hub.platform;

import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Path;

/** Body handlers for routes that take files: a larger limit, temporary files removed when the request ends. */
public final class Uploads {
  private static final int MULTIPART_OVERHEAD = 64 * 1024;

  private Uploads() {}

  public static BodyHandler bodyHandler(int maxFileBytes) {
    return BodyHandler.create(Path.of(System.getProperty("java.io.tmpdir"), "ntc-uploads").toString())
        .setBodyLimit(maxFileBytes + MULTIPART_OVERHEAD)
        .setDeleteUploadedFilesOnEnd(true);
  }
}
