package org.ntc.hub.support;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.multipart.MultipartForm;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HTTP to a test node, the one client of the tests: each call waits for its response, so a test
 * reads as the steps it takes. {@link RawHttp} is for bytes no client would send and
 * {@link SseClient} for event streams.
 */
public final class Http {
  private final Vertx vertx;
  private final WebClientOptions options;
  private final WebClient client;

  public record Response(int status, MultiMap headers, Buffer body) {
    public JsonObject json() {
      return body == null || body.length() == 0 ? new JsonObject() : body.toJsonObject();
    }

    public JsonArray jsonArray() {
      return body.toJsonArray();
    }

    public String text() {
      return body == null ? "" : body.toString();
    }

    public String header(String name) {
      return headers.get(name);
    }
  }

  public Http(Vertx vertx, int port) {
    this(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port).setFollowRedirects(false));
  }

  private Http(Vertx vertx, WebClientOptions options) {
    this.vertx = vertx;
    this.options = options;
    this.client = WebClient.create(vertx, options);
  }

  public int port() {
    return options.getDefaultPort();
  }

  /** The same node, spoken to from another loopback address (127.0.x.y all reach it on Linux). */
  public Http from(String localAddress) {
    return new Http(vertx, new WebClientOptions(options).setLocalAddress(localAddress));
  }

  /** Request headers, as name and value pairs. */
  public static MultiMap headers(String... namesAndValues) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) headers.add(namesAndValues[i], namesAndValues[i + 1]);
    return headers;
  }

  /** A form's fields, as name and value pairs. */
  public static MultiMap form(String... namesAndValues) {
    return headers(namesAndValues);
  }

  /** The header that signs a request in with a token. */
  public static MultiMap bearer(Users.User user) {
    return headers("Authorization", "Bearer " + user.token());
  }

  public Response get(String path, String token) {
    return call(HttpMethod.GET, path, token, null);
  }

  public Response post(String path, String token, JsonObject body) {
    return call(HttpMethod.POST, path, token, body);
  }

  public Response patch(String path, String token, JsonObject body) {
    return call(HttpMethod.PATCH, path, token, body);
  }

  public Response delete(String path, String token) {
    return call(HttpMethod.DELETE, path, token, null);
  }

  /** Sends without waiting, for tests that fire many requests at once. */
  public Future<Response> postAsync(String path, String token, JsonObject body) {
    return callAsync(HttpMethod.POST, path, token, body);
  }

  /** Sends without waiting, for a request that is to be in flight while something else happens. */
  public Future<Response> callAsync(HttpMethod method, String path, String token, JsonObject body) {
    HttpRequest<Buffer> request = client.request(method, path);
    if (token != null) request.bearerTokenAuthentication(token);
    return (body == null ? request.send() : request.sendJsonObject(body)).map(Http::response);
  }

  public Response call(HttpMethod method, String path, String token, JsonObject body) {
    return awaitResult(callAsync(method, path, token, body));
  }

  /** A raw request: any headers, any body, for malformed input and cookie sessions. */
  public Response raw(HttpMethod method, String path, MultiMap headers, String body) {
    HttpRequest<Buffer> request = client.request(method, path);
    request.putHeaders(headers);
    return await(body == null ? request.send() : request.sendBuffer(Buffer.buffer(body)));
  }

  /** A request with a body of exactly these bytes, for encodings no string can carry. */
  public Response rawBytes(HttpMethod method, String path, MultiMap headers, byte[] body) {
    HttpRequest<Buffer> request = client.request(method, path);
    request.putHeaders(headers);
    return await(request.sendBuffer(Buffer.buffer(body)));
  }

  public Response form(String path, MultiMap headers, MultiMap form) {
    HttpRequest<Buffer> request = client.request(HttpMethod.POST, path);
    request.putHeaders(headers);
    return await(request.sendForm(form));
  }

  /** A multipart upload with one file part and text attributes. */
  public Response upload(String path, String token, String part, String filename, String contentType, Buffer bytes,
                         Map<String, String> attributes) {
    MultipartForm form = MultipartForm.create();
    attributes.forEach(form::attribute);
    if (bytes != null) form.binaryFileUpload(part, filename, bytes, contentType);
    HttpRequest<Buffer> request = client.request(HttpMethod.POST, path);
    if (token != null) request.bearerTokenAuthentication(token);
    return await(request.sendMultipartForm(form));
  }

  /**
   * The CSRF token a browser signed in with this token gets on its pages: tokens are bound to
   * the session, so a test reads it from a page as a browser would.
   */
  public String csrfOf(String token) {
    Response page = raw(HttpMethod.GET, "/account", MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + token), null);
    String value = csrfField(page);
    if (value.isEmpty()) throw new AssertionError("no CSRF field on /account: " + page.status());
    return value;
  }

  /** The per-browser CSRF cookie a signed-out visitor gets with a page, as {@code ntc_csrf=…} for a Cookie header. */
  public static String csrfCookie(Response page) {
    return page.headers().getAll("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).filter(c -> c.startsWith("ntc_csrf="))
        .findFirst().orElseThrow(() -> new AssertionError("no CSRF cookie with the page"));
  }

  /** The CSRF field's value in a page's forms. */
  public static String csrfField(Response page) {
    return PageHtml.parse(page.text()).select("input[name=_csrf]").val();
  }

  public static <T> T awaitResult(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response await(Future<HttpResponse<Buffer>> future) {
    return response(awaitResult(future));
  }

  private static Response response(HttpResponse<Buffer> response) {
    return new Response(response.statusCode(), response.headers(), response.body());
  }
}
