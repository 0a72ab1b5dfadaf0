package org.ntc.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.DemoNodeTest;
import java.util.LinkedHashMap;

/**
 * Walks the demo site as a visitor, a company member, a nurse and staff, in Finnish, Swedish
 * and English, and reads what each page's {@code <main>} says: never a stored value shown as
 * it is stored (a contact point's id, a state's code, a time in UTC, a zone's name).
 */
class RawValuesTest extends DemoNodeTest {
  /** What a reader should never see: each pattern with why. */
  static final Map<Pattern, String> RAW = Map.of(
      Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"), "an ISO timestamp",
      Pattern.compile("\\bUTC\\b|\\bZ\\b|Europe/[A-Z]"), "a zone's name",
      Pattern.compile("(?<![\\p{L}-])(seinajoki|umea)(?![\\p{L}@.-])"), "a contact point's id",
      Pattern.compile("(?<![\\p{L}-])(changes-requested|in-progress|not-medical-device|mdr-class-[a-z]+|routine-use|clinical-study"
          + "|waitlisted|video-consultation|older-people|chronic-conditions)(?![\\p{L}-])"), "a code");
  /** States' codes are English words: on a Finnish or Swedish page they are raw values. */
  static final Pattern ENGLISH_STATE = Pattern.compile("\\b(draft|pending|published|archived|confirmed|waitlisted|cancelled|offered)\\b");




  @Test
  @DisplayName("no page shows ids, codes, UTC times or zone names, to anyone, in any language")
  void noRawValues(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    Map<String, String> people = new LinkedHashMap<>();
    people.put("visitor", null);
    for (String email : List.of("maria.hakala@hoivatek.example", "anna.rinne@lakeus.example", "liisa.koskinen@ntc-hub.example")) {
      people.put(email, http.post("/api/v1/auth/login", null, new JsonObject().put("email", email).put("password", PeopleDemo.PASSWORD))
          .json().getString("accessToken"));
    }
    List<String> found = new ArrayList<>();
    for (String lang : List.of("fi", "sv", "en")) {
      people.forEach((who, token) -> {
        for (String path : pages(http, token)) {
          Http.Response page = http.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, token);
          if (page.status() != 200) continue;
          String text = visibleText(PageHtml.main(page.text()));
          String where = lang + " " + who + " " + path + ": ";
          RAW.forEach((pattern, what) -> find(pattern, text, where + what).ifPresent(found::add));
          if (!lang.equals("en")) find(ENGLISH_STATE, text, where + "a state's code").ifPresent(found::add);
        }
      });
    }
    assertThat(found).isEmpty();
  }

  private static Optional<String> find(Pattern pattern, String text, String what) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) return Optional.empty();
    return Optional.of(what + " '" + m.group() + "' in …"
        + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)) + "…");
  }

  /** The site's pages a person reaches from the navigation, one of each kind. */
  private static Set<String> pages(Http http, String token) {
    Set<String> pages = new LinkedHashSet<>(List.of("/", "/showcases", "/trainings", "/challenges", "/organisations",
        "/materials", "/contact-points/seinajoki", "/contact-points/umea", "/library", "/courses"));
    if (token != null) pages.addAll(List.of("/account", "/moderation", "/showcases/new", "/organisations/new", "/library/new?kind=research"));
    for (String list : List.of("/showcases", "/trainings", "/challenges", "/organisations", "/library", "/courses")) {
      Element main = PageHtml.main(http.get(list, token).text());
      main.select("a[href~=^" + list + "/[0-9a-f-]{36}$]").stream().limit(2).forEach(a -> pages.add(a.attr("href")));
    }
    return pages;
  }

  /** The text a reader sees: element text, plus the values of buttons and the labels of options. */
  private static String visibleText(Element main) {
    main.select("script, template, [hidden], input[type=hidden]").remove();
    return main.text();
  }
}
