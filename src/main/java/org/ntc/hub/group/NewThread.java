package org.ntc.hub.group;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ntc.hub.platform.FieldErrors;

/**
 * A new thread: its title, its opening text in Markdown, and the showcases and library entries it
 * links to, each named by its id or its address as pasted from the browser.
 */
public record NewThread(String title, String text, List<UUID> showcaseIds, List<UUID> libraryIds) {
  static final Set<String> FIELDS = Set.of("title", "text", "showcaseIds", "libraryIds");
  static final int MAX_LINKS = 10;
  private static final Pattern UUID_IN = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public static NewThread from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String title = errors.text(body, "title", 3, 160, true);
    String text = errors.text(body, "text", 1, NewPost.MAX_TEXT, true);
    List<UUID> showcases = ids(body, "showcaseIds", errors);
    List<UUID> library = ids(body, "libraryIds", errors);
    errors.throwIfAny();
    return new NewThread(title, text, showcases, library);
  }

  /** Ids or addresses that hold one; anything else is refused. */
  private static List<UUID> ids(JsonObject body, String field, FieldErrors errors) {
    Object value = body.getValue(field);
    if (value == null) return List.of();
    if (!(value instanceof JsonArray array)) {
      errors.add(field, "must be a list of ids or addresses");
      return List.of();
    }
    Set<UUID> ids = new LinkedHashSet<>();
    for (Object item : array) {
      Matcher id = item instanceof String s && s.length() <= 500 ? UUID_IN.matcher(s) : null;
      if (id == null || !id.find()) {
        errors.add(field, "must hold ids or addresses of public pages");
        return List.of();
      }
      ids.add(UUID.fromString(id.group()));
    }
    if (ids.size() > MAX_LINKS) errors.add(field, "may name at most " + MAX_LINKS);
    return new ArrayList<>(ids);
  }
}
