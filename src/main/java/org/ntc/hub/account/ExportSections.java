package org.ntc.hub.account;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Lists other features add to a person's export, each under its own keys after the account's own lists. */
public final class ExportSections {
  private final List<Function<UUID, Future<Map<String, List<JsonObject>>>>> sections = new ArrayList<>();

  void add(Function<UUID, Future<Map<String, List<JsonObject>>>> section) {
    sections.add(section);
  }

  /** The account's own lists, then every added feature's, in the order they were wired. */
  Future<Map<String, List<JsonObject>>> after(Future<Map<String, List<JsonObject>>> own, UUID accountId) {
    List<Future<Map<String, List<JsonObject>>>> added = sections.stream().map(s -> s.apply(accountId)).toList();
    return Future.all(own, Future.all(added)).map(all -> {
      Map<String, List<JsonObject>> lists = new LinkedHashMap<>(own.result());
      added.forEach(section -> new java.util.TreeMap<>(section.result()).forEach(lists::put));
      return lists;
    });
  }
}
