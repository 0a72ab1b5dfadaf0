package org.ntc.hub.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  public static void redirect(RoutingContext ctx, String location) {
    ctx.response().setStatusCode(303).putHeader("Location", location).end();
  }

  /** Field → localised message, for templates that mark invalid inputs. */
  public static Map<String, Object> fieldErrors(Throwable err, String lang, String prefix) {
    Map<String, Object> errors = new HashMap<>();
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
