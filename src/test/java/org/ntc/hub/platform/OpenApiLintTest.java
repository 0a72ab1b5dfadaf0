package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.OpenApiDocument;
import org.ntc.hub.support.OpenApiDocument.Op;

/**
 * The API document lints clean: swagger-parser reports no error or warning, and the rules this
 * API keeps hold for every operation (statuses any operation can answer, the list shape, the
 * problem types).
 */
class OpenApiLintTest {
  /** Lists whose shape CONTRACT.md fixes as a bare array. */
  static final Set<String> BARE_ARRAYS = Set.of("GET /api/v1/contact-points");
  static final String PROBLEMS = "https://ntc-hub.example/problems/";

  final OpenApiDocument document = OpenApiDocument.load();

  @Test
  @DisplayName("swagger-parser reads the document with no error and no warning, as written and resolved")
  void parsesClean() {
    assertThat(OpenApiDocument.loadUnresolved().messages()).isEmpty();
    assertThat(document.messages()).isEmpty();
    assertThat(document.model().getOpenapi()).startsWith("3.0.");
  }

  @Test
  @DisplayName("Redocly's linter, recommended rules with warnings as errors, reports nothing")
  void redoclyLint() throws Exception {
    Path redocly = Path.of("src/test/browser/node_modules/.bin/redocly");
    boolean present = Files.isExecutable(redocly);
    if (!present && "required".equals(System.getenv("NTC_BROWSER_TESTS"))) {
      throw new AssertionError("the Redocly linter is required but missing: npm ci --prefix src/test/browser");
    }
    Assumptions.assumeTrue(present, "the Redocly linter is not installed: npm ci --prefix src/test/browser");
    Process lint = new ProcessBuilder(redocly.toString(), "lint", "--config", "src/test/browser/redocly.yaml",
        OpenApiDocument.SOURCE.toString()).redirectErrorStream(true).start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(lint.exitValue()).as(output).isZero();
    assertThat(output).contains("Your API description is valid").doesNotContainPattern("You have \\d+ warning");
  }

  @Test
  @DisplayName("every operation has a unique operationId and a success response")
  void operationIds() {
    List<String> wrong = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Op op : document.operations()) {
      String id = op.operation().getOperationId();
      if (id == null || id.isBlank()) wrong.add(op.name() + ": no operationId");
      else if (!ids.add(id)) wrong.add(op.name() + ": operationId " + id + " used twice");
      if (op.statuses().stream().noneMatch(s -> s < 400)) wrong.add(op.name() + ": no success response");
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  @DisplayName("every operation documents the statuses its kind can answer")
  void statusesOfEachKind() {
    List<String> wrong = new ArrayList<>();
    for (Op op : document.operations()) {
      // Any request may carry a query that does not decode (400) or a bad token (401), and any may meet a
      // database that is away (503).
      expect(op, wrong, 400, 401, 503);
      // A change riding on the token cookie without the CSRF token is refused.
      if (op.write()) expect(op, wrong, 403);
      if (op.takesBody()) expect(op, wrong, 413, 415);
      if (op.path().contains("{")) expect(op, wrong, 404);
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  @DisplayName("every error response is application/problem+json")
  void problemsEverywhere() {
    List<String> wrong = new ArrayList<>();
    for (Op op : document.operations()) {
      for (int status : op.statuses()) {
        if (status < 400 || (op.path().equals("/health") && status == 503)) continue;
        if (!op.mediaTypes(status).equals(Set.of(OpenApiDocument.PROBLEM_JSON))) wrong.add(op.name() + " " + status);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  @DisplayName("every list answers {items, total, page, pageSize} and takes ?page= and ?pageSize=")
  void listShape() {
    List<String> wrong = new ArrayList<>();
    for (Op op : document.operations()) {
      Schema<?> ok = op.responseSchema(200, "application/json");
      boolean paged = parameters(op).contains("page") || parameters(op).contains("pageSize");
      if (BARE_ARRAYS.contains(op.name())) continue;
      if ((paged || OpenApiDocument.carriesList(ok)) && !OpenApiDocument.isPage(ok)) wrong.add(op.name() + ": not a page");
      if (OpenApiDocument.isPage(ok) && !(parameters(op).contains("page") && parameters(op).contains("pageSize"))) {
        wrong.add(op.name() + ": a page without ?page= and ?pageSize=");
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  @DisplayName("every problem type is an absolute URI without spaces under the problems address")
  void problemTypes() {
    List<String> types = document.problemTypes();
    assertThat(types).contains(PROBLEMS + "invalid-input", PROBLEMS + "not-found", PROBLEMS + "method-not-allowed");
    for (String type : types) {
      assertThat(type).as(type).doesNotContainAnyWhitespaces().startsWith(PROBLEMS).matches(".*/[a-z0-9-]+");
      assertThat(URI.create(type).isAbsolute()).as(type).isTrue();
    }
    assertThat(OpenApiDocument.text()).as("problem URIs in prose").doesNotContainPattern("problems/[a-z0-9-]*\\s[a-z]");
  }

  @Test
  @DisplayName("string enums hold strings only (an unquoted NO or yes is a YAML boolean)")
  void enumsAreStrings() {
    List<String> wrong = new ArrayList<>();
    Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    document.model().getComponents().getSchemas().forEach((name, schema) -> walk(name, schema, seen, wrong));
    for (Op op : document.operations()) {
      parameterList(op).forEach(p -> walk(op.name() + " ?" + p.getName(), p.getSchema(), seen, wrong));
      if (op.takesBody()) op.operation().getRequestBody().getContent()
          .forEach((media, type) -> walk(op.name() + " body", type.getSchema(), seen, wrong));
    }
    assertThat(wrong).isEmpty();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void walk(String where, Schema<?> schema, Set<Schema<?>> seen, List<String> wrong) {
    if (schema == null || !seen.add(schema)) return;
    if ("string".equals(schema.getType()) && schema.getEnum() != null) {
      for (Object value : schema.getEnum()) if (!(value instanceof String)) wrong.add(where + ": enum value " + value);
    }
    if (schema.getProperties() != null) schema.getProperties().forEach((name, s) -> walk(where + "." + name, (Schema<?>) s, seen, wrong));
    if (schema.getItems() != null) walk(where + "[]", schema.getItems(), seen, wrong);
    if (schema.getAdditionalProperties() instanceof Schema extra) walk(where + ".*", extra, seen, wrong);
    if (schema instanceof ComposedSchema composed) {
      for (List<Schema> parts : new List[] {composed.getAllOf(), composed.getOneOf(), composed.getAnyOf()}) {
        if (parts != null) parts.forEach(part -> walk(where, part, seen, wrong));
      }
    }
  }

  private static void expect(Op op, List<String> wrong, int... statuses) {
    for (int status : statuses) if (!op.documents(status)) wrong.add(op.name() + " does not document " + status);
  }

  private static List<Parameter> parameterList(Op op) {
    return op.operation().getParameters() == null ? List.of() : op.operation().getParameters();
  }

  private static Set<String> parameters(Op op) {
    Set<String> names = new HashSet<>();
    parameterList(op).forEach(p -> names.add(p.getName()));
    return names;
  }
}
