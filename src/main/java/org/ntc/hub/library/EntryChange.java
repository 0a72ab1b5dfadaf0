package org.ntc.hub.library;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/**
 * An edit of an entry's working copy: the fields it names, each checked as a whole entry
 * requires it; the fields it leaves out keep their value. Whether they suit the entry's kind is
 * checked once the entry is read ({@link #fieldsFor}).
 */
public record EntryChange(JsonObject fields) {

  public static EntryChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    if (body.containsKey("kind")) errors.add("kind", "cannot be changed");
    if (body.containsKey("organisationId")) errors.add("organisationId", "cannot be changed");
    Set<String> named = new HashSet<>(body.fieldNames());
    named.removeAll(Set.of("kind", "organisationId"));
    named.stream().filter(name -> !EntryContent.FIELDS.contains(name)).forEach(name -> errors.add(name, "is not a known field"));
    if (body.isEmpty()) errors.add("title", "name at least one field to change");
    errors.throwIfAny();
    JsonObject fields = EntryContent.checked(body, named, errors);
    errors.throwIfAny();
    return new EntryChange(fields);
  }

  /** The change's fields, once each is known to belong to an entry of this kind. */
  JsonObject fieldsFor(LibraryKind kind) {
    Set<String> allowed = EntryContent.fieldsOf(kind);
    FieldErrors errors = new FieldErrors();
    fields.fieldNames().stream().filter(name -> !allowed.contains(name))
        .forEach(name -> errors.add(name, "is not a field of a " + kind.code() + " entry"));
    errors.throwIfAny();
    return fields;
  }
}
