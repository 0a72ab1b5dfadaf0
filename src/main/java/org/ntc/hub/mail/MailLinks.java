package org.ntc.hub.mail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Secrets;

/**
 * Addresses a mail carries, all built from {@code NTC_PUBLIC_URL}, and the signed tokens of
 * one-click unsubscribe links: a token names a person and what to turn off, and only the
 * server's key can make one, so the link needs no sign-in and works from any mail program.
 */
public final class MailLinks {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  /** Who unsubscribes from what. */
  public record Unsubscribe(UUID accountId, String what) {}

  private final String publicUrl;
  private final byte[] key;

  public MailLinks(URI publicUrl, String signingSecret) {
    String url = publicUrl.toString();
    this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.key = ("unsubscribe:" + signingSecret).getBytes(StandardCharsets.UTF_8);
  }

  /** {@code path} on the public site, such as {@code /verify-email?token=…}. */
  public String page(String path) {
    return publicUrl + path;
  }

  public String host() {
    return URI.create(publicUrl).getHost();
  }

  /** The page where a person confirms they want no more of this mail. */
  public String unsubscribePage(UUID accountId, String what) {
    return page("/unsubscribe?token=" + token(accountId, what));
  }

  /** The RFC 8058 one-click address a mail program posts {@code List-Unsubscribe=One-Click} to. */
  public String oneClick(UUID accountId, String what) {
    return page("/api/v1/unsubscribe?token=" + token(accountId, what));
  }

  String token(UUID accountId, String what) {
    String body = B64.encodeToString((accountId + "|" + what).getBytes(StandardCharsets.UTF_8));
    return body + "." + B64.encodeToString(mac(body));
  }

  /** What a token says, if this server made it. */
  public Optional<Unsubscribe> read(String token) {
    if (token == null || token.length() > 400) return Optional.empty();
    int dot = token.indexOf('.');
    if (dot < 1) return Optional.empty();
    String body = token.substring(0, dot);
    byte[] sent;
    String text;
    try {
      sent = Base64.getUrlDecoder().decode(token.substring(dot + 1));
      text = new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(sent, mac(body))) return Optional.empty();
    int bar = text.indexOf('|');
    if (bar < 1) return Optional.empty();
    try {
      return Optional.of(new Unsubscribe(UUID.fromString(text.substring(0, bar)), text.substring(bar + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String body) {
    return Secrets.hmacSha256(key, body);
  }

}
