package org.ntc.hub.support;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The project's OpenAPI document, parsed by swagger-parser, and what the tests ask of it. */
public final class OpenApiDocument {
  public static final Path SOURCE = Path.of("src/main/resources/api/openapi.yaml");
  public static final String PROBLEM_JSON = "application/problem+json";

  private final SwaggerParseResult result;

  private OpenApiDocument(SwaggerParseResult result) {
    this.result = result;
  }

  /** The document with every {@code $ref} resolved in place, as a client generator would see it. */
  public static OpenApiDocument load() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setValidateInternalRefs(true);
    return new OpenApiDocument(new OpenAPIParser().readContents(text(), null, options));
  }

  /** The document as written, references kept. */
  public static OpenApiDocument loadUnresolved() {
    ParseOptions options = new ParseOptions();
    options.setValidateInternalRefs(true);
    return new OpenApiDocument(new OpenAPIParser().readContents(text(), null, options));
  }

  public static String text() {
    try {
      return Files.readString(SOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Errors and warnings the parser reported; a valid document has none. */
  public List<String> messages() {
    return result.getMessages() == null ? List.of() : result.getMessages();
  }

  public OpenAPI model() {
    return result.getOpenAPI();
  }

  public record Op(String method, String path, Operation operation) {
    public String name() {
      return method + " " + path;
    }

    public boolean documents(int status) {
      return operation.getResponses() != null && operation.getResponses().containsKey(String.valueOf(status));
    }

    public Set<Integer> statuses() {
      Set<Integer> statuses = new LinkedHashSet<>();
      operation.getResponses().keySet().forEach(code -> statuses.add(Integer.parseInt(code)));
      return statuses;
    }

    public ApiResponse response(int status) {
      return operation.getResponses().get(String.valueOf(status));
    }

    /** The media types a response of this status is documented with. */
    public Set<String> mediaTypes(int status) {
      ApiResponse response = response(status);
      return response == null || response.getContent() == null ? Set.of() : response.getContent().keySet();
    }

    public Schema<?> responseSchema(int status, String mediaType) {
      ApiResponse response = response(status);
      if (response == null || response.getContent() == null) return null;
      MediaType media = response.getContent().get(mediaType);
      return media == null ? null : media.getSchema();
    }

    public Schema<?> requestSchema(String mediaType) {
      if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) return null;
      MediaType media = operation.getRequestBody().getContent().get(mediaType);
      return media == null ? null : media.getSchema();
    }

    public boolean takesBody() {
      return operation.getRequestBody() != null;
    }

    public boolean write() {
      return !method.equals("GET");
    }
  }

  public List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    model().getPaths().forEach((path, item) -> item.readOperationsMap()
        .forEach((method, operation) -> ops.add(new Op(method.name(), path, operation))));
    return ops;
  }

  /** The problem types the document names, as full URIs. */
  @SuppressWarnings("unchecked")
  public List<String> problemTypes() {
    Schema<?> type = (Schema<?>) model().getComponents().getSchemas().get("Problem").getProperties().get("type");
    return type.getEnum() == null ? List.of() : ((List<Object>) type.getEnum()).stream().map(String::valueOf).toList();
  }

  /** Properties and required names of an object schema, with {@code allOf} parts merged. */
  public record Shape(Map<String, Schema<?>> properties, Set<String> required) {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Shape shape(Schema<?> schema) {
    Map<String, Schema<?>> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    if (schema == null) return new Shape(properties, required);
    if (schema instanceof ComposedSchema composed && composed.getAllOf() != null) {
      for (Schema part : composed.getAllOf()) {
        Shape inner = shape(part);
        properties.putAll(inner.properties());
        required.addAll(inner.required());
      }
    }
    if (schema.getProperties() != null) schema.getProperties().forEach((name, s) -> properties.put(name, (Schema<?>) s));
    if (schema.getRequired() != null) required.addAll(schema.getRequired());
    return new Shape(properties, required);
  }

  /** Whether a response schema is a list page: {@code {items: [...], total, page, pageSize}}, all required. */
  public static boolean isPage(Schema<?> schema) {
    Shape shape = shape(schema);
    return shape.properties().get("items") instanceof ArraySchema
        && shape.required().containsAll(List.of("items", "total", "page", "pageSize"));
  }

  /** Whether a response schema carries a list of items in any way (a bare array, or an {@code items} property). */
  public static boolean carriesList(Schema<?> schema) {
    return schema instanceof ArraySchema || "array".equals(schema == null ? null : schema.getType())
        || shape(schema).properties().containsKey("items");
  }
}
