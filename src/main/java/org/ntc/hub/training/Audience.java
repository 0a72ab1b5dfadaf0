package org.ntc.hub.training;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;

/** Whom a training is for. */
public enum Audience implements Coded {
  PROFESSIONALS, CITIZENS, COMPANIES;

  static final Set<String> CODES = Arrays.stream(values()).map(Audience::code).collect(Collectors.toUnmodifiableSet());

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  String label(String lang) {
    return I18n.text(lang, "training.audience." + code());
  }
}
