package org.ntc.hub.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/** HTTP to a test node, as an API client would speak it. */
public final class Api {
  private final WebClient client;

  public Api(Vertx vertx, int port) {
    this.client = WebClient.create(vertx, new WebClientOptions()
        .setDefaultHost("127.0.0.1").setDefaultPort(port).setFollowRedirects(false));
  }

  public HttpRequest<Buffer> request(HttpMethod method, String uri, String token) {
    HttpRequest<Buffer> request = client.request(method, uri);
    if (token != null) request.bearerTokenAuthentication(token);
    return request;
  }

  public Future<HttpResponse<Buffer>> get(String uri) {
    return get(uri, null);
  }

  public Future<HttpResponse<Buffer>> get(String uri, String token) {
    return request(HttpMethod.GET, uri, token).send();
  }

  public Future<HttpResponse<Buffer>> post(String uri, String token, JsonObject body) {
    HttpRequest<Buffer> request = request(HttpMethod.POST, uri, token);
    return body == null ? request.send() : request.sendJsonObject(body);
  }

  public Future<HttpResponse<Buffer>> patch(String uri, String token, JsonObject body) {
    return request(HttpMethod.PATCH, uri, token).sendJsonObject(body);
  }

  public Future<HttpResponse<Buffer>> delete(String uri, String token) {
    return request(HttpMethod.DELETE, uri, token).send();
  }

  public Future<HttpResponse<Buffer>> send(HttpMethod method, String uri, String token, String contentType, String body) {
    HttpRequest<Buffer> request = request(method, uri, token);
    if (contentType != null) request.putHeader("Content-Type", contentType);
    return request.sendBuffer(Buffer.buffer(body));
  }

  public WebClient client() {
    return client;
  }
}
