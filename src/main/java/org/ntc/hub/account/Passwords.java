package org.ntc.hub.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id at OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane), stored as a PHC
 * string so parameters can rise later without breaking old hashes. Hashing takes tens of
 * milliseconds of CPU: callers run it on a worker thread, never on an event loop.
 */
public final class Passwords {
  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 200;
  private static final int MEMORY_KIB = 19 * 1024;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<String> COMMON = loadCommon();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private Passwords() {}

  public static String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
        + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
  }

  static boolean verify(String password, String encoded) {
    try {
      String[] parts = encoded.split("\\$");
      if (parts.length != 6 || !parts[1].equals("argon2id")) return false;
      int m = 0;
      int t = 0;
      int p = 0;
      for (String param : parts[3].split(",")) {
        String[] kv = param.split("=");
        switch (kv[0]) {
          case "m" -> m = Integer.parseInt(kv[1]);
          case "t" -> t = Integer.parseInt(kv[1]);
          case "p" -> p = Integer.parseInt(kv[1]);
          default -> { return false; }
        }
      }
      byte[] salt = B64D.decode(parts[4]);
      byte[] expected = B64D.decode(parts[5]);
      return MessageDigest.isEqual(expected, derive(password, salt, m, t, p, expected.length));
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  /**
   * Verifies against the stored hash, or, when there is none (unknown email), against a decoy
   * so that both failures take the same time and cannot tell which emails exist.
   */
  static boolean verifyOrDecoy(String password, String encoded) {
    if (encoded == null) {
      verify(password, Decoy.HASH);
      return false;
    }
    return verify(password, encoded);
  }

  private static final class Decoy {
    static final String HASH = hash("decoy-password-that-matches-nothing");
  }

  /** What is wrong with a new password, if anything, in words for the person choosing it. */
  public static Optional<String> weakness(String password, String email, String name) {
    if (password.length() < MIN_LENGTH) return Optional.of("must be at least " + MIN_LENGTH + " characters");
    if (password.length() > MAX_LENGTH) return Optional.of("must be at most " + MAX_LENGTH + " characters");
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[0-9!.?]+$", ""))) {
      return Optional.of("is one of the most common passwords; choose another");
    }
    if (lower.chars().distinct().count() < 4) return Optional.of("is too repetitive");
    if (email != null) {
      String local = email.toLowerCase(Locale.ROOT).split("@")[0];
      if (local.length() >= 4 && lower.contains(local)) return Optional.of("must not contain your email address");
    }
    if (name != null && name.length() >= 4 && lower.contains(name.toLowerCase(Locale.ROOT).replace(" ", ""))) {
      return Optional.of("must not contain your name");
    }
    return Optional.empty();
  }

  private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(memoryKib)
        .withIterations(iterations)
        .withParallelism(parallelism)
        .withSalt(salt)
        .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }

  private static Set<String> loadCommon() {
    Set<String> common = new HashSet<>();
    try (InputStream in = Passwords.class.getClassLoader().getResourceAsStream("common-passwords.txt")) {
      if (in == null) throw new IllegalStateException("common-passwords.txt is missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) common.add(line.trim().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return Set.copyOf(common);
  }
}
