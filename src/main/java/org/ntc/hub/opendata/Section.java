package org.ntc.hub.opendata;

import org.ntc.hub.platform.Coded;

/** The kinds of public page the sitemap lists beyond the fixed ones, each with its public rows. */
enum Section implements Coded {
  SHOWCASES("/showcases/", "SELECT showcase_id AS id, published_at AS modified FROM showcase_listing"),
  LIBRARY("/library/", """
      SELECT id, updated_at AS modified FROM library_entry WHERE published IS NOT NULL AND status <> 'archived'"""),
  TRAININGS("/trainings/", "SELECT id, updated_at AS modified FROM training WHERE status = 'published'"),
  CHALLENGES("/challenges/", """
      SELECT id, updated_at AS modified FROM challenge
      WHERE status = 'published' OR status = 'closed' AND published_at IS NOT NULL"""),
  ORGANISATIONS("/organisations/", "SELECT id, verified_at AS modified FROM organisation WHERE verified");

  final String path;
  final String located;

  Section(String path, String located) {
    this.path = path;
    this.located = located;
  }

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
