package org.ntc.hub.opendata;

import java.util.Optional;
import org.ntc.hub.platform.Coded;

/** The Atom feeds: the newest public items of a kind, with where each one's page is. */
enum Feed implements Coded {
  SHOWCASES("/showcases/", "feeds.showcases", """
      SELECT l.showcase_id AS id, l.title, l.summary, l.published_at AS published, l.published_at AS updated, o.name AS author
      FROM showcase_listing l JOIN organisation o ON o.id = l.organisation_id
      ORDER BY l.published_at DESC, l.showcase_id DESC LIMIT $1"""),
  TRAININGS("/trainings/", "feeds.trainings", """
      SELECT t.id, t.title, t.description AS summary, t.created_at AS published, t.updated_at AS updated,
             COALESCE(o.name, 'NTC Hub') AS author
      FROM training t LEFT JOIN organisation o ON o.id = t.organisation_id
      WHERE t.status = 'published' ORDER BY t.created_at DESC, t.id DESC LIMIT $1"""),
  CHALLENGES("/challenges/", "feeds.challenges", """
      SELECT c.id, c.title, c.description AS summary, c.published_at AS published, c.updated_at AS updated, o.name AS author
      FROM challenge c JOIN organisation o ON o.id = c.organisation_id
      WHERE c.status = 'published' ORDER BY c.published_at DESC, c.id DESC LIMIT $1"""),
  LIBRARY("/library/", "feeds.library", """
      SELECT e.id, e.published -> 'title' AS title, e.published -> 'summary' AS summary, e.published_at AS published,
             e.updated_at AS updated, COALESCE(o.name, 'NTC Hub') AS author
      FROM library_entry e LEFT JOIN organisation o ON o.id = e.organisation_id
      WHERE e.published IS NOT NULL AND e.status <> 'archived' ORDER BY e.published_at DESC, e.id DESC LIMIT $1""");

  final String path;
  final String titleKey;
  final String newest;

  Feed(String path, String titleKey, String newest) {
    this.path = path;
    this.titleKey = titleKey;
    this.newest = newest;
  }

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  static Optional<Feed> find(String code) {
    return Coded.find(Feed.class, code);
  }
}
