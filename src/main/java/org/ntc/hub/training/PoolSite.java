package org.ntc.hub.training;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Site;

/**
 * Where a seat pool's seats are: {@code main} for a plain training's one pool, or, for a hybrid
 * training, a contact point's room or online.
 */
public enum PoolSite implements Coded {
  MAIN(null), SEINAJOKI(Site.SEINAJOKI), UMEA(Site.UMEA), ONLINE(null);

  /** The sites a hybrid training's pools and an enrolment in one may name. */
  static final Set<String> HYBRID = Arrays.stream(values()).filter(s -> s != MAIN).map(PoolSite::code)
      .collect(Collectors.toUnmodifiableSet());

  private final Site site;

  PoolSite(Site site) {
    this.site = site;
  }

  @Override
  public String code() {
    return site == null ? Coded.codeOf(this) : site.id();
  }

  String label(String lang) {
    return I18n.text(lang, "training.site." + code());
  }
}
