package org.ntc.hub;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.HashMap;
import java.util.Map;
import org.ntc.hub.generate.DataGenerator;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Db;
import org.ntc.hub.search.SearchRepository;
import org.ntc.hub.search.SearchService;

/** Command-line tasks beside serving: {@code generate --showcases N --organisations M --trainings K [--activity]}. */
final class Commands {
  private static final String USAGE = "usage: java -jar ntc-hub.jar generate --showcases N --organisations M [--trainings K] [--seed S] [--activity]";

  private Commands() {}

  static int run(String[] args, AppConfig config) {
    if (!args[0].equals("generate")) {
      System.err.println("unknown command '" + args[0] + "'; " + USAGE);
      return 2;
    }
    Map<String, Integer> flags = new HashMap<>(Map.of("--showcases", 1000, "--organisations", 50, "--trainings", 0, "--seed", 42));
    boolean activity = false;
    for (int i = 1; i < args.length; i += 2) {
      if (args[i].equals("--activity")) {
        activity = true;
        i--;
        continue;
      }
      if (!flags.containsKey(args[i]) || i + 1 >= args.length) {
        System.err.println("bad argument '" + args[i] + "'; " + USAGE);
        return 2;
      }
      try {
        int value = Integer.parseInt(args[i + 1]);
        if (value < 0) throw new NumberFormatException();
        flags.put(args[i], value);
      } catch (NumberFormatException e) {
        System.err.println(args[i] + " needs a whole number, not '" + args[i + 1] + "'");
        return 2;
      }
    }
    try (Database database = config.dbUrl().map(Database::external).orElseGet(() -> Database.embedded(config.dataDir()))) {
      database.migrate();
      keepVocabulary(database);
      long started = System.nanoTime();
      DataGenerator.Counts counts = new DataGenerator(database, flags.get("--seed"))
          .generate(flags.get("--organisations"), flags.get("--showcases"), flags.get("--trainings"), activity);
      System.out.printf("generated %d organisations, %d published showcases and %d trainings in %.1f s%n",
          counts.organisations(), counts.showcases(), counts.trainings(), (System.nanoTime() - started) / 1e9);
      counts.activity().forEach((what, rows) -> System.out.printf("  a year of activity: %,d %s%n", rows, what));
      return 0;
    } catch (RuntimeException e) {
      System.err.println("generate failed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * The search vocabulary as a node keeps it as it starts, before any row is written: each is derived with it as it
   * is written, and the first start has nothing to derive again (about two minutes at 100,000 showcases).
   */
  private static void keepVocabulary(Database database) {
    Vertx vertx = Vertx.vertx();
    try {
      Pool pool = Db.pool(vertx, database.connectOptions(vertx));
      App.await(new SearchService(new SearchRepository(pool)).start().eventually(pool::close), App.DERIVING_SECONDS);
    } finally {
      App.await(vertx.close(), 30);
    }
  }
}
