package org.ntc.hub.training;

/** A person's secret calendar feed: its address on this site, which only they know. */
public record CalendarFeed(String token) {

  /** The feed's path; the site's public address goes before it. */
  public String path() {
    return "/calendar/" + token + ".ics";
  }
}
