package org.ntc.hub.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The token signing secret: {@code NTC_JWT_SECRET}, or one generated once into the data
 * directory. Without a usable key the server does not start: a JWT provider with no key would
 * accept unsigned tokens.
 */
public final class SigningKey {
  static final int MIN_BYTES = 32;
  private static final String FILE = "jwt-secret";

  private SigningKey() {}

  public static String load(Optional<String> configured, Path dataDir) {
    if (configured.isPresent()) return check(configured.get(), "NTC_JWT_SECRET");
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.exists(file)) return check(Files.readString(file, StandardCharsets.UTF_8).trim(), file.toString());
      Files.createDirectories(dataDir);
      return OwnerOnly.newSecret(file, 48);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read or create the signing key " + file + ": " + e.getMessage(), e);
    }
  }

  private static String check(String secret, String source) {
    if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
      throw new IllegalStateException("the signing key from " + source + " is shorter than " + MIN_BYTES + " bytes");
    }
    return secret;
  }
}
