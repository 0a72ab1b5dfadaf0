package org.ntc.hub.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The few secrets the site makes and checks: random tokens for links and cookies, the SHA-256
 * of a token (what is stored instead of the token), and HMAC-SHA256 of a text under a key.
 */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** {@code bytes} random bytes, URL-safe Base64 without padding. */
  public static String randomToken(int bytes) {
    byte[] secret = new byte[bytes];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** The SHA-256 of the text, in hex: what a table keeps of a token, so that reading it gives no link. */
  public static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** HMAC-SHA256 of the text under the key. */
  public static byte[] hmacSha256(byte[] key, String text) {
    return hmacSha256(key).doFinal(text.getBytes(StandardCharsets.UTF_8));
  }

  /** An HMAC-SHA256 keyed with {@code key}, ready for use (and for reuse: {@code doFinal} resets it); not thread-safe. */
  public static Mac hmacSha256(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
