package org.ntc.hub.mail;

import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.StartTLSOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The mail server of {@code NTC_SMTP_URL}: {@code smtp://user:pass@host:port} (STARTTLS when
 * the server offers it) or {@code smtps://…} (TLS from the first byte).
 */
public record SmtpServer(String host, int port, boolean tls, Optional<String> username, Optional<String> password) {

  /** The server the setting names; IllegalArgumentException with a one-line reason when it names none. */
  public static SmtpServer parse(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (Exception e) {
      throw new IllegalArgumentException("is not a URL: smtp://user:pass@host:port or smtps://…");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
      throw new IllegalArgumentException("must start with smtp:// or smtps://, not '" + scheme + "'");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) throw new IllegalArgumentException("names no host");
    boolean tls = scheme.equals("smtps");
    int port = uri.getPort() > 0 ? uri.getPort() : tls ? 465 : 25;
    Optional<String> user = Optional.empty();
    Optional<String> pass = Optional.empty();
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = Optional.of(decode(parts[0]));
      if (parts.length == 2) pass = Optional.of(decode(parts[1]));
    }
    return new SmtpServer(uri.getHost(), port, tls, user, pass);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  /**
   * The client's settings: a few kept-alive connections, STARTTLS when offered, sign-in when a
   * user is named; a connection silent for {@code timeoutMillis} is closed, so one that hangs
   * frees its place.
   */
  MailConfig config(String ownHostname, long timeoutMillis) {
    int timeout = (int) Math.min(Integer.MAX_VALUE, timeoutMillis);
    MailConfig config = new MailConfig().setHostname(host).setPort(port).setSsl(tls)
        .setStarttls(tls ? StartTLSOptions.DISABLED : StartTLSOptions.OPTIONAL)
        .setKeepAlive(true).setMaxPoolSize(4).setConnectTimeout(timeout)
        .setIdleTimeout(timeout).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
        // TLS (smtps or STARTTLS) checks that the certificate names this host, as HTTPS does.
        .setHostnameVerificationAlgorithm("HTTPS")
        .setLogin(username.isPresent() ? LoginOption.REQUIRED : LoginOption.DISABLED);
    if (ownHostname != null && !ownHostname.isBlank()) config.setOwnHostname(ownHostname);
    username.ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    return config;
  }

  /** For logs: never the password. */
  @Override
  public String toString() {
    return (tls ? "smtps://" : "smtp://") + host + ":" + port;
  }
}
