package org.ntc.hub;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.logging.Logger;
import org.ntc.hub.account.AccountRepository;
import org.ntc.hub.account.AccountService;
import org.ntc.hub.platform.Tokens;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.platform.Db;

/** What must exist before the first request: the bootstrap admin from the settings. */
final class Bootstrap {
  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

  private Bootstrap() {}

  static Future<Void> run(Vertx vertx, Pool pool, AppConfig config, String signingSecret) {
    if (config.adminEmail().isEmpty()) return Future.succeededFuture();
    AccountService accounts = new AccountService(vertx, new AccountRepository(pool), new Tokens(vertx, signingSecret),
        new EventLog(pool, config.node()), signingSecret, Clock.systemUTC());
    return accounts.ensureAdmin(config.adminEmail().get(), config.adminPassword().orElseThrow())
        .onSuccess(created -> {
          if (created) LOG.info("created the admin account from NTC_ADMIN_EMAIL");
        })
        // Nodes of a cluster start together; if another node created the admin first, it exists.
        .recover(err -> Db.isUniqueViolation(err) ? Future.succeededFuture(false) : Future.failedFuture(err))
        .mapEmpty();
  }
}
