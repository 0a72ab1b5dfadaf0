package org.ntc.hub.showcase;

import java.util.List;

/** The taxonomy's terms a showcase is filed under, as its content and its catalogue entry both carry them. */
interface Classification {
  List<String> categories();

  List<String> targetGroups();

  List<String> countries();

  List<String> languages();

  RegulatoryStatus regulatoryStatus();

  EvidenceLevel evidenceLevel();
}
