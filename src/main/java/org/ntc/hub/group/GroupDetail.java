package org.ntc.hub.group;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A group as its page shows it: members counted by country and organisation for anyone, their
 * names only for people signed in ({@code members} is empty otherwise), the upcoming events and
 * the latest threads.
 */
public record GroupDetail(ThemeGroup group, List<GroupMember> members, boolean namesShown, boolean member, List<GroupEvent> events,
                          List<GroupThread> threads) {

  /** Members per country code, people without an organisation under "". */
  public Map<String, Long> byCountry() {
    Map<String, Long> counts = new TreeMap<>();
    for (GroupMember m : members) counts.merge(m.country() == null ? "" : m.country().name(), 1L, Long::sum);
    return counts;
  }

  /** Organisations with how many of their people are members, in the order members are listed. */
  public List<OrganisationCount> byOrganisation() {
    Map<UUID, OrganisationCount> counts = new LinkedHashMap<>();
    for (GroupMember m : members) {
      if (m.organisationId() == null) continue;
      counts.merge(m.organisationId(), new OrganisationCount(m.organisationId(), m.organisationName(),
          m.country() == null ? null : m.country().name(), 1), (a, b) -> a.plusOne());
    }
    return List.copyOf(counts.values());
  }

  public long withoutOrganisation() {
    return members.stream().filter(m -> m.organisationId() == null).count();
  }

  public record OrganisationCount(UUID id, String name, String country, long members) {
    OrganisationCount plusOne() {
      return new OrganisationCount(id, name, country, members + 1);
    }

    JsonObject toJson() {
      return new JsonObject().put("id", id.toString()).put("name", name).put("country", country).put("members", members);
    }
  }

  public JsonObject toJson(String lang) {
    JsonObject countries = new JsonObject();
    byCountry().forEach((country, count) -> {
      if (!country.isEmpty()) countries.put(country, count);
    });
    JsonObject json = group.toJson(lang).put("member", member)
        .put("countries", countries)
        .put("organisations", new JsonArray(byOrganisation().stream().map(OrganisationCount::toJson).toList()))
        .put("membersWithoutOrganisation", withoutOrganisation())
        .put("events", new JsonArray(events.stream().map(e -> e.toJson(lang)).toList()))
        .put("threads", new JsonArray(threads.stream().map(GroupThread::toJson).toList()));
    if (namesShown) json.put("members", new JsonArray(members.stream().map(GroupMember::toJson).toList()));
    return json;
  }
}
