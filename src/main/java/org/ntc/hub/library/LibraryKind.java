package org.ntc.hub.library;

import java.util.List;
import org.ntc.hub.platform.Coded;

/**
 * What a library entry is: a case (an implementation somewhere), research (a study or report) or
 * a method (a practical way of working). Each kind has its own fields beside the shared ones.
 */
public enum LibraryKind implements Coded {
  CASE(List.of("setting", "workModel", "scale", "results", "barriers", "enablers", "contact")),
  RESEARCH(List.of("citation", "doi", "url", "design", "population", "findings")),
  METHOD(List.of("steps"));

  private final List<String> fields;

  LibraryKind(List<String> fields) {
    this.fields = fields;
  }

  /** The fields only this kind has. */
  List<String> fields() {
    return fields;
  }

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
