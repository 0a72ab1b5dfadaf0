package org.ntc.hub.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The embedded database's superuser password as PostgreSQL stores it (RFC 5802/7677, SCRAM-SHA-256),
 * made with fewer rounds than PostgreSQL's default 4,096. Every connection makes the client run those
 * rounds, and at a start they ran in a JVM whose crypto was not yet compiled. Rounds slow the guessing
 * of a password a person chose; this one is 32 random bytes (256 bits) that nobody guesses at any
 * speed, and it is stored in plain beside the database, in a folder only its owner may read. The
 * connections still prove the password, and a wrong one is still refused.
 */
final class ScramVerifier {
  /** The rounds of the stored password; a handshake then costs well under a millisecond. */
  static final int ROUNDS = 64;
  private static final Pattern STORED = Pattern.compile("SCRAM-SHA-256\\$([0-9]+):.*");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ScramVerifier() {}

  /**
   * Stores the password of the user {@code connection} signed in as with {@link #ROUNDS} rounds,
   * unless it already has them; only the verifier travels, never the password.
   */
  static boolean keepQuick(Connection connection, String password) throws SQLException {
    if (!password.chars().allMatch(c -> c > 0x20 && c < 0x7f)) return false;
    String user;
    String stored;
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT current_user, rolpassword FROM pg_authid WHERE rolname = current_user")) {
      if (!rs.next()) return false;
      user = rs.getString(1);
      stored = rs.getString(2);
    }
    if (stored == null || rounds(stored).orElse(ROUNDS) == ROUNDS) return false;
    try (Statement s = connection.createStatement()) {
      s.execute("ALTER ROLE \"" + user.replace("\"", "\"\"") + "\" PASSWORD '" + of(password, ROUNDS) + "'");
    }
    return true;
  }

  /** The rounds a stored SCRAM-SHA-256 verifier was made with, or empty for another kind of password. */
  static OptionalInt rounds(String stored) {
    Matcher m = STORED.matcher(stored);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** {@code SCRAM-SHA-256$rounds:salt$StoredKey:ServerKey}, as PostgreSQL writes and reads it. */
  static String of(String password, int rounds) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    try {
      SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
      byte[] salted = pbkdf2.generateSecret(new PBEKeySpec(password.toCharArray(), salt, rounds, 256)).getEncoded();
      byte[] clientKey = hmac(salted, "Client Key");
      byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
      byte[] serverKey = hmac(salted, "Server Key");
      Base64.Encoder b64 = Base64.getEncoder();
      return "SCRAM-SHA-256$" + rounds + ":" + b64.encodeToString(salt) + "$" + b64.encodeToString(storedKey) + ":"
          + b64.encodeToString(serverKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SCRAM-SHA-256 is unavailable: " + e.getMessage(), e);
    }
  }

  private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
  }
}
