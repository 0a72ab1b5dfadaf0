package org.ntc.hub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.ntc.hub.support.Users.User;

/**
 * Routes called by every role, each against the status the contract gives that role. The roles
 * are the columns, in the order the people are given; each row is asked as it is added, and the
 * answers that differ from the contract are reported together at the end.
 */
public final class AuthorisationMatrix {
  /** In a row's statuses: this role is not asked. */
  public static final int NOT_ASKED = -1;

  private final Map<String, User> people;
  private final List<String> mismatches = new ArrayList<>();

  /** The columns: each role and its person, in order; anonymous is a null person. */
  public AuthorisationMatrix(Map<String, User> people) {
    this.people = new LinkedHashMap<>(people);
  }

  /** The bearer token of a person, none for anonymous. */
  public static String tokenOf(User person) {
    return person == null ? null : person.token();
  }

  public List<String> roles() {
    return List.copyOf(people.keySet());
  }

  /** Asks the route as each role; {@code statuses} are the contract's answers in the order of the roles. */
  public AuthorisationMatrix row(String name, Function<User, Http.Response> call, int... statuses) {
    return ask(name, person -> {
      Http.Response response = call.apply(person);
      String text = response.text();
      return new Answer(response.status(), text.substring(0, Math.min(200, text.length())));
    }, statuses);
  }

  /** A row whose answer is a status alone, such as an event stream's. */
  public AuthorisationMatrix statusRow(String name, ToIntFunction<User> call, int... statuses) {
    return ask(name, person -> new Answer(call.applyAsInt(person), ""), statuses);
  }

  /** Fails with every answer that differed from the contract. */
  public void assertAsContracted() {
    assertThat(mismatches).isEmpty();
  }

  private record Answer(int status, String text) {}

  private AuthorisationMatrix ask(String name, Function<User, Answer> call, int... statuses) {
    if (statuses.length != people.size()) {
      throw new IllegalArgumentException(name + ": " + statuses.length + " statuses for " + people.size() + " roles");
    }
    int column = 0;
    for (Map.Entry<String, User> role : people.entrySet()) {
      int expected = statuses[column++];
      if (expected == NOT_ASKED) continue;
      Answer answer = call.apply(role.getValue());
      if (answer.status() != expected) {
        mismatches.add(name + " as " + role.getKey() + ": expected " + expected + ", got " + answer.status() + " " + answer.text());
      }
    }
    return this;
  }
}
