package org.ntc.hub;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.ntc.hub.mail.SmtpServer;
import org.ntc.hub.account.AccountService;
import org.ntc.hub.account.Passwords;
import org.ntc.hub.platform.Site;
import java.util.LinkedHashSet;
import org.ntc.hub.platform.ClientAddress;

/**
 * Every start-up setting, validated once. Nothing below {@code Main} reads the environment.
 * A config file named by {@code NTC_CONFIG} (or {@code ntc-hub.properties} in the working
 * directory) may set the same keys; the environment wins.
 */
public record AppConfig(
    String httpHost,
    int httpPort,
    Path dataDir,
    Optional<URI> dbUrl,
    Optional<String> adminEmail,
    Optional<String> adminPassword,
    boolean demo,
    String node,
    boolean cluster,
    String clusterHost,
    int clusterPort,
    List<String> clusterMembers,
    int clusterBusPort,
    Optional<ClusterTls> clusterTls,
    Optional<String> jwtSecret,
    int httpInstances,
    boolean pageCache,
    URI publicUrl,
    Set<String> trustedProxies,
    Optional<SmtpServer> smtp,
    String mailFrom,
    long mailRetryMillis,
    long scheduleMillis,
    long mailTimeoutMillis) {

  /** PEM files for the event bus between nodes: this node's certificate and key, and the CA that signed its peers. */
  public record ClusterTls(Path cert, Path key, Path ca) {}

  /** A setting that cannot be used; the message names it. */
  public static final class BadSetting extends RuntimeException {
    public BadSetting(String name, String reason) {
      super(name + ": " + reason);
    }
  }

  public static AppConfig from(Map<String, String> env) {
    Map<String, String> settings = new HashMap<>(fileSettings(env));
    env.forEach((k, v) -> {
      if (k.startsWith("NTC_")) settings.put(k, v);
    });
    return fromSettings(settings);
  }

  static AppConfig fromSettings(Map<String, String> s) {
    String node = text(s, "NTC_NODE", "seinajoki");
    if (!Site.NODE_IDS.contains(node)) throw new BadSetting("NTC_NODE", "must be one of " + Site.NODE_IDS + ", not '" + node + "'");
    Optional<String> adminEmail = optional(s, "NTC_ADMIN_EMAIL");
    Optional<String> adminPassword = optional(s, "NTC_ADMIN_PASSWORD");
    if (adminEmail.isPresent() != adminPassword.isPresent()) {
      throw new BadSetting(adminEmail.isPresent() ? "NTC_ADMIN_PASSWORD" : "NTC_ADMIN_EMAIL",
          "NTC_ADMIN_EMAIL and NTC_ADMIN_PASSWORD are set together");
    }
    // The bootstrap admin holds every right: its password meets the same policy as anyone's.
    adminPassword.flatMap(password -> Passwords.weakness(password, adminEmail.get(), AccountService.BOOTSTRAP_ADMIN_NAME))
        .ifPresent(weakness -> {
          throw new BadSetting("NTC_ADMIN_PASSWORD", "the password " + weakness);
        });
    Optional<String> jwtSecret = optional(s, "NTC_JWT_SECRET");
    if (jwtSecret.isPresent() && jwtSecret.get().getBytes(StandardCharsets.UTF_8).length < 32) {
      throw new BadSetting("NTC_JWT_SECRET", "must be at least 32 bytes long");
    }
    int clusterPort = port(s, "NTC_CLUSTER_PORT", 5701);
    return new AppConfig(
        text(s, "NTC_HTTP_HOST", "0.0.0.0"),
        port(s, "NTC_HTTP_PORT", 8080),
        Path.of(text(s, "NTC_DATA_DIR", "./data")).toAbsolutePath().normalize(),
        optional(s, "NTC_DB_URL").map(AppConfig::dbUrl),
        adminEmail,
        adminPassword,
        bool(s, "NTC_DEMO", false),
        node,
        bool(s, "NTC_CLUSTER", false),
        text(s, "NTC_CLUSTER_HOST", "127.0.0.1"),
        clusterPort,
        members(optional(s, "NTC_CLUSTER_MEMBERS").orElse("")),
        port(s, "NTC_CLUSTER_BUS_PORT", clusterPort + 100),
        clusterTls(s),
        jwtSecret,
        positive(s, "NTC_HTTP_INSTANCES", Runtime.getRuntime().availableProcessors()),
        bool(s, "NTC_PAGE_CACHE", true),
        publicUrl(text(s, "NTC_PUBLIC_URL", "http://localhost:8080")),
        proxies(optional(s, "NTC_TRUSTED_PROXIES").orElse("")),
        optional(s, "NTC_SMTP_URL").map(AppConfig::smtp),
        mailFrom(text(s, "NTC_MAIL_FROM", "NTC Hub <no-reply@localhost>")),
        positive(s, "NTC_MAIL_RETRY_MILLIS", 10_000),
        positive(s, "NTC_SCHEDULE_MILLIS", 60_000),
        positive(s, "NTC_MAIL_TIMEOUT_MILLIS", 60_000));
  }

  /** Whether people reach the site over TLS (perhaps through a proxy): then cookies are Secure and HSTS is sent. */
  public boolean publicHttps() {
    return "https".equals(publicUrl.getScheme());
  }

  public String timeZoneOfNode() {
    return Site.of(node).zone().getId();
  }

  private static Optional<ClusterTls> clusterTls(Map<String, String> s) {
    if (!bool(s, "NTC_CLUSTER_TLS", false)) return Optional.empty();
    return Optional.of(new ClusterTls(pemFile(s, "NTC_CLUSTER_TLS_CERT"), pemFile(s, "NTC_CLUSTER_TLS_KEY"),
        pemFile(s, "NTC_CLUSTER_TLS_CA")));
  }

  private static Path pemFile(Map<String, String> s, String name) {
    Path file = Path.of(optional(s, name).orElseThrow(() -> new BadSetting(name, "is required when NTC_CLUSTER_TLS=true")));
    if (!Files.isReadable(file)) throw new BadSetting(name, "no readable file " + file);
    return file.toAbsolutePath();
  }

  private static Map<String, String> fileSettings(Map<String, String> env) {
    String named = env.get("NTC_CONFIG");
    Path file = Path.of(named != null ? named : "ntc-hub.properties");
    if (!Files.exists(file)) {
      if (named != null) throw new BadSetting("NTC_CONFIG", "no such file " + file);
      return Map.of();
    }
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new BadSetting("NTC_CONFIG", "cannot read " + file + " (" + e.getMessage() + ")");
    }
    Map<String, String> out = new HashMap<>();
    props.stringPropertyNames().forEach(k -> out.put(k, props.getProperty(k).trim()));
    return out;
  }

  private static String text(Map<String, String> s, String name, String fallback) {
    return optional(s, name).orElse(fallback);
  }

  private static Optional<String> optional(Map<String, String> s, String name) {
    String value = s.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static boolean bool(Map<String, String> s, String name, boolean fallback) {
    String value = text(s, name, String.valueOf(fallback)).toLowerCase();
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadSetting(name, "must be true or false, not '" + value + "'");
    };
  }

  private static int port(Map<String, String> s, String name, int fallback) {
    int port = integer(s, name, fallback);
    if (port < 0 || port > 65535) throw new BadSetting(name, "must be a port between 0 and 65535, not " + port);
    return port;
  }

  private static int positive(Map<String, String> s, String name, int fallback) {
    int value = integer(s, name, fallback);
    if (value < 1) throw new BadSetting(name, "must be at least 1");
    return value;
  }

  private static int integer(Map<String, String> s, String name, int fallback) {
    String value = text(s, name, String.valueOf(fallback));
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadSetting(name, "must be a whole number, not '" + value + "'");
    }
  }

  private static URI dbUrl(String value) {
    try {
      URI uri = new URI(value);
      if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
        throw new BadSetting("NTC_DB_URL", "must look like postgresql://user:pass@host:port/db");
      }
      if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
        throw new BadSetting("NTC_DB_URL", "needs a host and a database name: postgresql://user:pass@host:port/db");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new BadSetting("NTC_DB_URL", "is not a URL: postgresql://user:pass@host:port/db");
    }
  }

  /** Addresses of reverse proxies whose X-Forwarded-For is believed; no one else's is. */
  private static Set<String> proxies(String value) {
    if (value.isBlank()) return Set.of();
    Set<String> proxies = new LinkedHashSet<>();
    for (String proxy : value.split("\\s*,\\s*")) {
      String address = ClientAddress.ipLiteral(proxy);
      if (address == null) throw new BadSetting("NTC_TRUSTED_PROXIES", "'" + proxy + "' is not an IP address");
      proxies.add(address);
    }
    return Set.copyOf(proxies);
  }

  private static SmtpServer smtp(String value) {
    try {
      return SmtpServer.parse(value);
    } catch (IllegalArgumentException e) {
      throw new BadSetting("NTC_SMTP_URL", e.getMessage());
    }
  }

  /** A sender as mail headers take it: {@code name <address>} or a bare address, on one line. */
  private static String mailFrom(String value) {
    String from = value.trim();
    if (!from.matches("[^\\r\\n<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+")) {
      throw new BadSetting("NTC_MAIL_FROM", "must look like 'NTC Hub <no-reply@example.org>' or no-reply@example.org, not '" + oneLine(value) + "'");
    }
    return from;
  }

  /** A bad value as the one-line reason quotes it: line breaks and other control characters escaped. */
  private static String oneLine(String value) {
    StringBuilder shown = new StringBuilder();
    value.codePoints().forEach(c -> shown.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
    return shown.toString();
  }

  private static URI publicUrl(String value) {
    try {
      URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null
          || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
        throw new BadSetting("NTC_PUBLIC_URL", "must look like https://host[:port][/path], not '" + oneLine(value) + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new BadSetting("NTC_PUBLIC_URL", "is not a URL: https://host[:port][/path]");
    }
  }

  private static List<String> members(String value) {
    if (value.isBlank()) return List.of();
    List<String> members = List.of(value.split("\\s*,\\s*"));
    for (String member : members) {
      if (!member.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?")) {
        throw new BadSetting("NTC_CLUSTER_MEMBERS", "'" + member + "' is not host or host:port");
      }
    }
    return members;
  }
}
