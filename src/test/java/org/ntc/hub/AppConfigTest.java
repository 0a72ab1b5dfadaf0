package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ntc.hub.support.TestApp;

class AppConfigTest {
  private static final String NO_FILE = "NTC_CONFIG";

  private static Map<String, String> env(String... pairs) {
    var map = new java.util.HashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
    return map;
  }

  @Test
  @DisplayName("defaults are those of the contract")
  void defaults() {
    AppConfig config = AppConfig.fromSettings(Map.of());
    assertThat(config.httpHost()).isEqualTo("0.0.0.0");
    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(config.dataDir()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
    assertThat(config.dbUrl()).isEmpty();
    assertThat(config.demo()).isFalse();
    assertThat(config.node()).isEqualTo("seinajoki");
    assertThat(config.cluster()).isFalse();
    assertThat(config.clusterHost()).isEqualTo("127.0.0.1");
    assertThat(config.clusterPort()).isEqualTo(5701);
    assertThat(config.clusterMembers()).isEmpty();
  }

  @Test
  @DisplayName("each bad setting is refused with a message that names it")
  void badSettings() {
    assertBad(Map.of("NTC_HTTP_PORT", "eighty"), "NTC_HTTP_PORT");
    assertBad(Map.of("NTC_HTTP_PORT", "70000"), "NTC_HTTP_PORT");
    assertBad(Map.of("NTC_DEMO", "yes"), "NTC_DEMO");
    assertBad(Map.of("NTC_NODE", "vaasa"), "NTC_NODE");
    assertBad(Map.of("NTC_DB_URL", "mysql://x@y/z"), "NTC_DB_URL");
    assertBad(Map.of("NTC_DB_URL", "postgresql://host-without-db"), "NTC_DB_URL");
    assertBad(Map.of("NTC_CLUSTER_MEMBERS", "10.0.0.1:5701-5703"), "NTC_CLUSTER_MEMBERS");
    assertBad(Map.of("NTC_ADMIN_EMAIL", "a@b.fi"), "NTC_ADMIN_PASSWORD");
    assertBad(Map.of("NTC_JWT_SECRET", "short"), "NTC_JWT_SECRET");
  }

  @Test
  @DisplayName("a bootstrap admin password that fails the password policy stops the start, naming NTC_ADMIN_PASSWORD only")
  void weakAdminPassword() {
    for (String weak : new String[] {"short1", "password123", "aaaaaaaaaaaaaa", "maija.admin-2027", "Administrator 2027"}) {
      assertBad(Map.of("NTC_ADMIN_EMAIL", "maija.admin@ntc.example", "NTC_ADMIN_PASSWORD", weak), "NTC_ADMIN_PASSWORD");
      assertThatThrownBy(() -> AppConfig.fromSettings(Map.of("NTC_ADMIN_EMAIL", "maija.admin@ntc.example", "NTC_ADMIN_PASSWORD", weak)))
          .as("the message never repeats the password").message().doesNotContain(weak);
    }
    assertThat(AppConfig.fromSettings(Map.of("NTC_ADMIN_EMAIL", "admin@example.org", "NTC_ADMIN_PASSWORD", "a long passphrase"))
        .adminPassword()).as("the README's example").contains("a long passphrase");
    assertThat(AppConfig.fromSettings(Map.of("NTC_ADMIN_EMAIL", "admin@ntc.test", "NTC_ADMIN_PASSWORD", TestApp.ADMIN_PASSWORD))
        .adminPassword()).as("the tests' admin").contains(TestApp.ADMIN_PASSWORD);
  }

  @Test
  @DisplayName("the environment wins over the config file")
  void environmentWins(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ntc.properties");
    Files.writeString(file, "NTC_HTTP_PORT=9090\nNTC_NODE=umea\n");
    AppConfig config = AppConfig.from(env(NO_FILE, file.toString(), "NTC_HTTP_PORT", "9191"));
    assertThat(config.httpPort()).isEqualTo(9191);
    assertThat(config.node()).isEqualTo("umea");
    assertThat(config.timeZoneOfNode()).isEqualTo("Europe/Stockholm");
  }

  @Test
  @DisplayName("a named config file that does not exist is a bad setting")
  void missingConfigFile(@TempDir Path dir) {
    assertThatThrownBy(() -> AppConfig.from(env(NO_FILE, dir.resolve("absent.properties").toString())))
        .isInstanceOf(AppConfig.BadSetting.class).hasMessageStartingWith("NTC_CONFIG");
  }

  @Test
  @DisplayName("an external database URL and cluster members are parsed")
  void parsed() {
    AppConfig config = AppConfig.fromSettings(Map.of(
        "NTC_DB_URL", "postgresql://ntc:s3cret@db:5432/ntc",
        "NTC_CLUSTER", "true",
        "NTC_CLUSTER_MEMBERS", "seinajoki:5701, umea:5702"));
    assertThat(config.dbUrl()).get().extracting(u -> u.getHost()).isEqualTo("db");
    assertThat(config.cluster()).isTrue();
    assertThat(config.clusterMembers()).containsExactly("seinajoki:5701", "umea:5702");
  }

  private static void assertBad(Map<String, String> settings, String name) {
    assertThatThrownBy(() -> AppConfig.fromSettings(settings))
        .isInstanceOf(AppConfig.BadSetting.class)
        .hasMessageStartingWith(name + ":")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
