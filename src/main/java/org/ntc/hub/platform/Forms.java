package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Browser forms: their fields as JSON for the same request records the API uses, and answers. */
public final class Forms {
  private Forms() {}

  /** The form's fields, without the CSRF token; the named ones become lists. */
  public static JsonObject json(RoutingContext ctx, Set<String> listFields) {
    JsonObject json = new JsonObject();
    ctx.request().formAttributes().names().forEach(name -> {
      if (name.equals(Csrf.FIELD)) return;
      List<String> values = ctx.request().formAttributes().getAll(name);
      if (listFields.contains(name)) json.put(name, new JsonArray(values.stream().filter(v -> !v.isBlank()).toList()));
      else json.put(name, values.get(0));
    });
    return json;
  }

  /**
   * The form's fields shaped as the API's JSON body: a localised field's inputs ({@code title_fi},
   * {@code title_sv}) become one object ({@code title: {fi, sv}}), the named list fields
   * (checkboxes) become lists, empty when none is ticked; blank fields are left out.
   */
  public static JsonObject localisedBody(RoutingContext ctx, List<String> textFields, Set<String> listFields) {
    JsonObject flat = json(ctx, listFields);
    JsonObject body = new JsonObject();
    for (String name : flat.fieldNames()) {
      Object value = flat.getValue(name);
      int underscore = name.lastIndexOf('_');
      if (underscore > 0 && textFields.contains(name.substring(0, underscore))) {
        String field = name.substring(0, underscore);
        if (value instanceof String s && !s.isBlank()) {
          body.put(field, body.getJsonObject(field, new JsonObject()).put(name.substring(underscore + 1), s));
        }
      } else if (!(value instanceof String s && s.isBlank())) {
        body.put(name, value);
      }
    }
    for (String list : listFields) if (!body.containsKey(list)) body.put(list, new JsonArray());
    return body;
  }

  /**
   * Runs what a posted form asks for. A request record that refuses the fields throws before
   * any future exists; that refusal takes the same path as a failed future, to {@code refused}.
   */
  public static <T> void submit(Supplier<Future<T>> action, Consumer<T> done, Consumer<Throwable> refused) {
    Future<T> result;
    try {
      result = action.get();
    } catch (RuntimeException err) {
      refused.accept(err);
      return;
    }
    result.onSuccess(done::accept).onFailure(refused::accept);
  }

  /**
   * The one way a page shows a refused form again: with what was sent ({@code model}), a message
   * beside each field and a summary at the top. Only refusals about the form come back to it
   * (400, 409, 413, 429 with its Retry-After); not signed in, forbidden, not found and anything
   * unexpected go to {@link Failures}' error page.
   */
  public static void reshow(RoutingContext ctx, Views views, Throwable err, String template, String errorPrefix,
                            Map<String, Object> model) {
    if (!backToForm(err)) {
      ctx.fail(err);
      return;
    }
    int status = status(err);
    String lang = Languages.of(ctx);
    Map<String, Object> page = new HashMap<>(model);
    Map<String, Object> errors = fieldErrors(err, lang, errorPrefix);
    page.put("errors", errors);
    List<Map<String, Object>> summary = new ArrayList<>();
    errors.forEach((field, message) -> summary.add(Map.of("field", field, "message", message)));
    if (!summary.isEmpty()) page.put("errorSummary", summary);
    if (err instanceof RetryLater later) ctx.response().putHeader("Retry-After", String.valueOf(later.retryAfterSeconds()));
    views.page(ctx, status, template, page).onFailure(ctx::fail);
  }

  /**
   * As {@link #reshow(RoutingContext, Views, Throwable, String, String, Map)}, for a page whose
   * model is read again: only a refusal that comes back to the form pays for that read.
   */
  public static void reshow(RoutingContext ctx, Views views, Throwable err, String template, String errorPrefix,
                            Supplier<Future<Map<String, Object>>> model) {
    if (!backToForm(err)) {
      ctx.fail(err);
      return;
    }
    model.get().onSuccess(page -> reshow(ctx, views, err, template, errorPrefix, page)).onFailure(ctx::fail);
  }

  /** A refusal about what the form says; not being signed in, allowed or found is the error page's to tell. */
  private static boolean backToForm(Throwable err) {
    int status = status(err);
    return shownOnForm(err) && status != 401 && status != 403 && status != 404;
  }

  /**
   * A page handler for pages only signed-in people have: anyone else is sent to the sign-in page,
   * which brings them back to the page they asked for (a form post comes back to the sign-in page only).
   */
  public static void signInFirst(RoutingContext ctx) {
    if (WebContext.viewer(ctx).signedIn()) {
      ctx.next();
      return;
    }
    boolean page = ctx.request().method() == HttpMethod.GET;
    redirect(ctx, page ? "/login?next=" + URLEncoder.encode(ctx.request().uri(), StandardCharsets.UTF_8) : "/login");
  }

  /**
   * Where to go after signing in: {@code next} when it is a path on this site, else the account
   * page. Anything else ({@code //elsewhere}, {@code https://…}, a backslash) would let a link send
   * a person who just signed in to another site.
   */
  public static String returnTo(String next) {
    boolean local = next != null && next.length() <= 2_000 && next.startsWith("/") && !next.startsWith("//")
        && next.chars().noneMatch(c -> c == '\\' || c < 0x20 || c == 0x7f);
    return local ? next : "/account";
  }

  public static void redirect(RoutingContext ctx, String location) {
    ctx.response().setStatusCode(303).putHeader("Location", location).end();
  }

  /** Field → localised message, for templates that mark invalid inputs. */
  public static Map<String, Object> fieldErrors(Throwable err, String lang, String prefix) {
    Map<String, Object> errors = new LinkedHashMap<>();
    if (err instanceof Invalid invalid) {
      for (FieldError e : invalid.errors()) {
        String key = prefix + "." + e.field().replaceAll("\\..*", "");
        String text = I18n.text(lang, key);
        errors.put(e.field().replaceAll("\\..*", ""), text.equals(key) ? e.message() : text);
      }
    }
    return errors;
  }

  /** Fails the request with the error unless it is one the form shows to the person. */
  public static boolean shownOnForm(Throwable err) {
    return err instanceof Problem p && p.status() < 500;
  }

  public static int status(Throwable err) {
    return err instanceof Problem p ? p.status() : 500;
  }
}
