package org.ntc.hub.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Folders and secret files that only the account running NTC Hub may read or change. */
public final class OwnerOnly {
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final SecureRandom RANDOM = new SecureRandom();

  private OwnerOnly() {}

  /** Creates the folder if need be and makes it 0700. */
  public static void directory(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (POSIX) Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
  }

  /** The secret kept in this file (0600), generated on first use: 32 random bytes, base64url. */
  public static String secret(Path file) throws IOException {
    if (Files.exists(file)) {
      if (POSIX) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (!kept.isEmpty()) return kept;
    }
    return newSecret(file, 32);
  }

  /** Writes a new secret of {@code bytes} random bytes (base64url) into a file only the owner may read. */
  public static String newSecret(Path file, int bytes) throws IOException {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    if (POSIX) {
      Files.deleteIfExists(file);
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
    return secret;
  }
}
