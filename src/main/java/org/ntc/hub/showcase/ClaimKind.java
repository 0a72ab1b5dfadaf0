package org.ntc.hub.showcase;

import org.ntc.hub.platform.Coded;

/** What a showcase claims that NTC may verify: its regulatory status, and the evidence behind it. */
public enum ClaimKind implements Coded {
  REGULATORY, EVIDENCE;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The value the showcase claims now: its approved copy's once it has one, else its working copy's. */
  String claimed(Showcase showcase) {
    ShowcaseContent content = showcase.published() != null ? showcase.published() : showcase.content();
    return this == REGULATORY ? content.regulatoryStatus().code() : content.evidenceLevel().code();
  }

  /** The claimed value in words. */
  String labelKey(String value) {
    return (this == REGULATORY ? "regulatory." : "evidence.") + value;
  }
}
