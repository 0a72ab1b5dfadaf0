package org.ntc.hub;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ntc.hub.platform.Authentication;
import org.ntc.hub.platform.Csrf;

/**
 * The JVM's class-data archive for this jar (CDS): the classes a start loads, kept parsed and
 * verified in {@code ntc-hub.jsa} beside the jar, so that {@code java
 * -XX:SharedArchiveFile=ntc-hub.jsa -jar ntc-hub.jar} maps them instead of reading them from the
 * jar. {@code class-archive} makes it with a training start in a second JVM; {@code start-once DIR}
 * is that training: a node on its own embedded database under DIR, ready, asked for a few pages as a
 * visitor and signed in, then stopped. The archive only fits the jar and the JVM that made it;
 * anything else makes the JVM warn and start without it.
 */
final class ClassArchive {
  static final String MAKE = "class-archive";
  static final String START_ONCE = "start-once";
  private static final long TRAINING_MINUTES = 5;
  private static final long STEP_SECONDS = 60;
  private static final String TRAINING_ADMIN = "class-archive@ntc.invalid";

  private ClassArchive() {}

  static boolean handles(String command) {
    return command.equals(MAKE) || command.equals(START_ONCE);
  }

  static int run(String[] args) {
    if (args[0].equals(START_ONCE)) {
      if (args.length != 2) {
        System.err.println("usage: java -jar ntc-hub.jar " + START_ONCE + " DATA_DIR");
        return 2;
      }
      return startOnce(Path.of(args[1]));
    }
    if (args.length > 2) {
      System.err.println("usage: java -jar ntc-hub.jar " + MAKE + " [DATA_DIR]");
      return 2;
    }
    make(args.length == 2 ? Path.of(args[1]) : null);
    return 0;
  }

  /**
   * Writes the archive beside the running jar. Never fails: without a jar, a JVM that cannot make
   * archives or a training start that does not get ready, it warns and leaves any older archive alone.
   * The training's database goes under {@code dataDir} (kept, so the next one skips initdb), or a
   * folder removed afterwards.
   */
  static void make(Path dataDir) {
    Path jar = runningJar();
    if (jar == null) {
      warn("NTC Hub does not run from a jar here");
      return;
    }
    String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
    Path archive = jar.resolveSibling(name + ".jsa");
    Path made = jar.resolveSibling(name + ".jsa.new");
    Path log = jar.resolveSibling(name + "-class-archive.log");
    Path data = null;
    try {
      data = dataDir != null ? dataDir.toAbsolutePath() : Files.createTempDirectory("ntc-class-archive");
      Files.deleteIfExists(made);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      // The archive names the jar by this path; an absolute one fits whatever way a start names the same file.
      Process training = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + made, "-jar", jar.toString(), START_ONCE,
          data.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!training.waitFor(TRAINING_MINUTES, TimeUnit.MINUTES)) {
        training.destroyForcibly().waitFor();
        warn("the training start took over " + TRAINING_MINUTES + " minutes (see " + log + ")");
      } else if (training.exitValue() != 0 || !Files.isRegularFile(made) || Files.size(made) == 0) {
        warn("the training start ended with status " + training.exitValue() + " (see " + log + ")");
      } else {
        Files.move(made, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("class-data archive %s written (%d MB) for %s; start with java -XX:SharedArchiveFile=%s -jar %s%n",
            archive, Files.size(archive) >> 20, System.getProperty("java.vm.version"), archive, jar);
      }
    } catch (IOException e) {
      warn(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      warn("interrupted");
    } finally {
      try {
        Files.deleteIfExists(made);
        if (dataDir == null && data != null) removeTree(data);
      } catch (IOException e) {
        warn("could not clean up: " + e.getMessage());
      }
    }
  }

  private static void warn(String why) {
    System.err.println("WARNING: no class-data archive made, NTC Hub starts without one: " + why);
  }

  private static Path runningJar() {
    try {
      Path location = Path.of(ClassArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location.toRealPath() : null;
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * A start as an operator makes it, on nothing from the environment but its own data directory,
   * followed by the requests most starts meet first; exits 0 once it has stopped again.
   */
  static int startOnce(Path dataDir) {
    String password = "Training-" + UUID.randomUUID();
    AppConfig config = AppConfig.fromSettings(Map.of(
        "NTC_DATA_DIR", dataDir.toString(),
        "NTC_HTTP_HOST", "127.0.0.1",
        "NTC_HTTP_PORT", "0",
        "NTC_ADMIN_EMAIL", TRAINING_ADMIN,
        "NTC_ADMIN_PASSWORD", password));
    // A new data directory starts through the embedded database's library, later ones without it; most starts
    // are later ones, so a new directory gets a first start of its own and the archive holds both.
    if (!Files.isRegularFile(dataDir.resolve("postgres").resolve("PG_VERSION"))) {
      try (App first = App.start(config)) {
        System.out.println("training data directory made on port " + first.port());
      } catch (RuntimeException e) {
        System.err.println("the training's first start failed: " + e);
        return 1;
      }
    }
    try (App app = App.start(config)) {
      HttpClient client = app.vertx().createHttpClient();
      for (String path : List.of("/health", "/", "/showcases", "/api/v1/showcases", "/trainings", "/fi/no-such-page")) {
        get(client, app.port(), path, MultiMap.caseInsensitiveMultiMap());
      }
      JsonObject login = new JsonObject().put("email", TRAINING_ADMIN).put("password", password);
      String token = App.await(client.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1")
              .setPort(app.port()).setURI("/api/v1/auth/login").putHeader("Content-Type", "application/json"))
          .compose(request -> request.send(login.toBuffer()))
          .compose(response -> response.body())
          .map(body -> body.toJsonObject().getString("accessToken")), STEP_SECONDS);
      String csrf = Csrf.COOKIE + "=class-archive-training-0123456789abcdef";
      get(client, app.port(), "/showcases", MultiMap.caseInsensitiveMultiMap()
          .add("Cookie", csrf + "; " + Authentication.COOKIE + "=" + token));
      get(client, app.port(), "/api/v1/showcases", MultiMap.caseInsensitiveMultiMap()
          .add("Authorization", "Bearer " + token));
      App.await(client.close(), STEP_SECONDS);
      return 0;
    } catch (RuntimeException e) {
      System.err.println("the training start failed: " + e);
      return 1;
    }
  }

  private static void get(HttpClient client, int port, String path, MultiMap headers) {
    Future<Buffer> body = client.request(new RequestOptions().setHost("127.0.0.1").setPort(port).setURI(path)
            .setHeaders(headers))
        .compose(request -> request.send())
        .compose(response -> response.body());
    App.await(body, STEP_SECONDS);
  }

  private static void removeTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
    }
  }
}
