package org.ntc.hub.search;

import java.util.Arrays;
import java.util.List;
import org.ntc.hub.platform.Coded;

/** What one search covers, in the order the results page groups them. */
public enum SearchType implements Coded {
  SHOWCASE("showcase"), TRAINING("training"), CHALLENGE("challenge"), MATERIAL("material"), LIBRARY("library"),
  ORGANISATION("organisation");

  public static final List<String> CODES = Arrays.stream(values()).map(SearchType::code).toList();

  private final String code;

  SearchType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
