package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training start behind the class-data archive, and the build's archive step when it cannot make one. */
class ClassArchiveTest {

  @Test
  @DisplayName("start-once starts a node on its own database, serves as a visitor and signed in, stops it and exits 0")
  void startOnce(@TempDir Path data) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.ntc.hub.Main",
        ClassArchive.START_ONCE, data.toString()).redirectErrorStream(true);
    // Nothing from the environment reaches the training start: not even a database named there.
    builder.environment().put("NTC_DB_URL", "postgresql://nobody:nothing@127.0.0.1:1/none");
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String printed = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed).contains("NTC Hub ready on http://127.0.0.1:").doesNotContain("SEVERE", "failed");
    assertThat(data.resolve("postgres/PG_VERSION")).exists();
    assertThat(data.resolve("postgres/postmaster.pid")).as("the database was stopped").doesNotExist();
  }

  @Test
  @DisplayName("without a jar to train, class-archive warns, makes nothing and still exits 0 so the build goes on")
  void noJarNoArchive(@TempDir Path data) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(ClassArchive.run(new String[] {ClassArchive.MAKE, data.toString()})).isZero();
    } finally {
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("WARNING: no class-data archive made");
    assertThat(data).isEmptyDirectory();
  }

  @Test
  @DisplayName("a wrong number of arguments is a usage error")
  void usage() {
    assertThat(ClassArchive.run(new String[] {ClassArchive.START_ONCE})).isEqualTo(2);
    assertThat(ClassArchive.run(new String[] {ClassArchive.MAKE, "a", "b"})).isEqualTo(2);
    assertThat(List.of(ClassArchive.MAKE, ClassArchive.START_ONCE)).allMatch(ClassArchive::handles);
  }
}
