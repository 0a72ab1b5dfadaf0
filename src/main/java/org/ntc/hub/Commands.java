package org.ntc.hub;

import java.util.HashMap;
import java.util.Map;
import org.ntc.hub.generate.DataGenerator;
import org.ntc.hub.platform.Database;

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
}
