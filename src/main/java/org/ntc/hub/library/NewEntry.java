package org.ntc.hub.library;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** A new library entry: its kind, the organisation that writes it (none for the centre's own) and its whole content. */
public record NewEntry(LibraryKind kind, UUID organisationId, EntryContent content) {

  public static NewEntry from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    LibraryKind kind = errors.choice(body, "kind", LibraryKind.class, true);
    UUID organisationId = errors.uuid(body, "organisationId", false);
    Set<String> known = new HashSet<>(kind == null ? EntryContent.FIELDS : EntryContent.fieldsOf(kind));
    known.add("kind");
    known.add("organisationId");
    errors.onlyKnown(body, known);
    JsonObject stored = EntryContent.checked(body, kind == null ? Set.copyOf(EntryContent.SHARED) : EntryContent.fieldsOf(kind),
        errors);
    if (kind != null) EntryContent.requireComplete(stored, kind, errors);
    errors.throwIfAny();
    return new NewEntry(kind, organisationId, new EntryContent(stored));
  }
}
