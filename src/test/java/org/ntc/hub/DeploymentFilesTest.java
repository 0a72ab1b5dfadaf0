package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What ships for running NTC Hub elsewhere holds no credential that everyone who reads the repository knows. */
class DeploymentFilesTest {

  @Test
  @DisplayName("docker-compose.yml gives no secret a default: each must come from the operator, or compose refuses to start")
  void composeHasNoDefaultSecrets() throws Exception {
    String compose = Files.readString(Path.of("docker-compose.yml"));
    for (String key : List.of("POSTGRES_PASSWORD", "NTC_JWT_SECRET", "NTC_ADMIN_PASSWORD")) {
      var line = Pattern.compile("(?m)^\\s*" + key + ":\\s*(.+)$").matcher(compose);
      assertThat(line.find()).as(key).isTrue();
      assertThat(line.group(1)).as(key).matches("\\$\\{[A-Z_]+:\\?[^}]+}");
    }
    var dbUrl = Pattern.compile("(?m)^\\s*NTC_DB_URL:\\s*postgresql://[^:]+:([^@]+)@").matcher(compose);
    assertThat(dbUrl.find()).isTrue();
    assertThat(dbUrl.group(1)).as("the database password in NTC_DB_URL").matches("\\$\\{[A-Z_]+:\\?[^}]+}");
    assertThat(Files.readString(Path.of(".gitignore")).lines()).contains(".env");
  }
}
