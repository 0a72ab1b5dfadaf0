package org.ntc.hub.account;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.Viewer;

/** A person's profile as one viewer may see it: only the {@code shown} fields, and the organisations they may see. */
public record Profile(Account account, List<Viewer.Membership> organisations, Set<String> shown) {

  boolean showsNothing() {
    return shown.isEmpty();
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("id", account.id().toString());
    if (shown.contains("name")) json.put("name", account.name());
    if (shown.contains("title")) json.put("title", account.title());
    if (shown.contains("expertise")) json.put("expertise", account.expertise());
    if (shown.contains("languages")) json.put("languages", new JsonArray(account.languages()));
    if (shown.contains("organisations")) json.put("organisations", Me.organisationsJson(organisations));
    return json;
  }
}
