package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.TestDatabase;
import org.ntc.hub.support.Users;

/** Limits and the audit log see the real client: through a trusted proxy by its X-Forwarded-For, otherwise the socket's peer. */
@ExtendWith(VertxExtension.class)
class ClientAddressTest {
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(Map.of("NTC_TRUSTED_PROXIES", "127.0.0.1"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  @DisplayName("a trusted proxy's X-Forwarded-For names the client; anyone else's is ignored")
  void forwardedOnlyFromTrustedProxies(Vertx vertx) {
    Http viaProxy = new Http(vertx, app.port());
    Users users = new Users(viaProxy);
    Users.User person = users.citizen("proxied");
    JsonObject credentials = new JsonObject().put("email", person.email()).put("password", Users.PASSWORD);
    MultiMap json = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json");

    viaProxy.raw(HttpMethod.POST, "/api/v1/auth/login", MultiMap.caseInsensitiveMultiMap().addAll(json)
        .add("X-Forwarded-For", "198.51.100.1, 203.0.113.9"), credentials.encode());
    assertThat(lastLoginAddress(person.id())).isEqualTo("203.0.113.9");

    Http direct = viaProxy.from("127.0.0.2");
    direct.raw(HttpMethod.POST, "/api/v1/auth/login", MultiMap.caseInsensitiveMultiMap().addAll(json)
        .add("X-Forwarded-For", "203.0.113.50"), credentials.encode());
    assertThat(lastLoginAddress(person.id())).as("a client cannot choose its address").isEqualTo("127.0.0.2");

    viaProxy.raw(HttpMethod.POST, "/api/v1/auth/login", MultiMap.caseInsensitiveMultiMap().addAll(json)
        .add("X-Forwarded-For", "not-an-address"), credentials.encode());
    assertThat(lastLoginAddress(person.id())).as("garbage in the header leaves the proxy's own address").isEqualTo("127.0.0.1");
  }

  private static String lastLoginAddress(String accountId) {
    try (var c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl()));
         var s = c.prepareStatement("SELECT address FROM audit_log WHERE action = 'auth.login' AND actor_id = ?::uuid ORDER BY at DESC, id DESC LIMIT 1")) {
      s.setString(1, accountId);
      try (var rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
