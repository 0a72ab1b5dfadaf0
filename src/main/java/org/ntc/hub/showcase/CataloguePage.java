package org.ntc.hub.showcase;

import com.github.jknack.handlebars.Handlebars;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.PageFrame;
import org.ntc.hub.platform.PageFrame.Hole;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;

/**
 * The catalogue page written from frames of its template: the page is the same for every request of one
 * shape (language, reader's words, kind of reader, whether the count is capped and which pager links
 * show) but for the search's own values, the cards, the filters' options, the reader's name and unread
 * count and the language links. Nothing of a person is kept: their name and count are holes. A reader
 * whose email is not confirmed yet sees a form with its token, and their page is rendered by the template.
 */
final class CataloguePage {
  private static final int Q = PageFrame.FIRST_FREE, COUNT = Q + 1, CARDS = Q + 2, PREVIOUS = Q + 3, NEXT = Q + 4,
      POSITION = Q + 5, NAME = Q + 6, UNREAD = Q + 7, CSRF = Q + 8, EMAIL = Q + 9, OPTIONS = Q + 10;

  /** What decides a page's frame: everything shown but the holes. */
  record Shape(String lang, boolean plain, boolean signedIn, boolean staff, boolean admin, boolean unread,
               boolean capped, boolean pager, boolean previous, boolean next) {}

  private record Kept(Object wording, List<Site> sites, Map<Shape, PageFrame> frames) {}

  private static volatile Kept kept = new Kept(null, null, Map.of());

  private CataloguePage() {}

  /** Writes the catalogue page for a reader in these words, or null when the template must. */
  static PageFrame.Framed framed(boolean plain) {
    return (ctx, lang, model, viewer, csrf) -> write(ctx, lang, plain, model, viewer, csrf);
  }

  static Buffer write(RoutingContext ctx, String lang, boolean plain, Map<String, Object> model, Object viewer, Object csrf) {
    Shape shape = shape(lang, plain, model, viewer);
    if (shape == null) return null;
    PageFrame frame = frames().computeIfAbsent(shape, CataloguePage::frame);
    Viewer person = (Viewer) viewer;
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> filters = (List<Map<String, Object>>) model.get("filters");
    @SuppressWarnings("unchecked")
    Map<String, Object> pager = (Map<String, Object>) model.get("pager");
    return frame.write((hole, key) -> switch (hole) {
      case Q -> Views.escaped(String.valueOf(model.get("q")));
      case COUNT -> Views.escaped(I18n.text(lang, key, model.get("total")));
      case CARDS -> model.get("cards") instanceof Handlebars.SafeString cards ? cards.content : String.valueOf(model.get("cards"));
      case PREVIOUS -> Views.escaped(String.valueOf(pager.get("previous")));
      case NEXT -> Views.escaped(String.valueOf(pager.get("next")));
      case POSITION -> Views.escaped(I18n.text(lang, key, pager.get("page"), pager.get("pages")));
      case NAME -> person.name() == null ? "" : Views.escaped(person.name());
      case UNREAD -> Long.toString(person.unreadNotifications());
      case CSRF -> csrf == null ? "" : Views.escaped(String.valueOf(csrf));
      case EMAIL -> person.email() == null ? "" : Views.escaped(person.email());
      default -> hole >= OPTIONS ? String.valueOf(filters.get(hole - OPTIONS).get("options"))
          : PageFrame.layoutValue(ctx, lang, hole);
    });
  }

  /** The request's shape, or null when its page is not written from a frame. */
  static Shape shape(String lang, boolean plain, Map<String, Object> model, Object viewer) {
    boolean capped = !Handlebars.Utils.isEmpty(model.get("totalCapped"));
    Object pager = model.get("pager");
    boolean previous = false;
    boolean next = false;
    if (pager instanceof Map<?, ?> links) {
      previous = !Handlebars.Utils.isEmpty(links.get("previous"));
      next = !Handlebars.Utils.isEmpty(links.get("next"));
    } else if (pager != null) {
      return null;
    }
    if (viewer == null) return new Shape(lang, plain, false, false, false, false, capped, pager != null, previous, next);
    if (!(viewer instanceof Viewer person) || !person.emailVerified()) return null;
    long unread = person.unreadNotifications();
    if (unread != 0 && Handlebars.Utils.isEmpty(unread)) return null;
    return new Shape(lang, plain, true, person.staff(), person.admin(), unread != 0, capped, pager != null, previous, next);
  }

  /**
   * The page of this shape with holes where its own values go. Its filters' names and labels are read from the
   * wording as it is now, not from the request's model, which may have been made just before an admin's change.
   */
  private static PageFrame frame(Shape shape) {
    Map<String, Object> holes = new HashMap<>();
    holes.put("cards", new Hole(CARDS));
    holes.put("total", new Hole(COUNT));
    holes.put("totalCapped", shape.capped());
    holes.put("q", new Hole(Q));
    List<Map<String, Object>> filters = new ArrayList<>();
    List<Map<String, Object>> shown = CatalogueFilters.labels(shape.lang(), shape.plain());
    for (int i = 0; i < shown.size(); i++) {
      filters.add(Map.of("name", shown.get(i).get("name"), "label", shown.get(i).get("label"),
          "options", new Hole(OPTIONS + i)));
    }
    holes.put("filters", filters);
    if (shape.pager()) {
      holes.put("pager", Map.of("page", new Hole(POSITION), "pages", new Hole(POSITION),
          "previous", shape.previous() ? new Hole(PREVIOUS) : "", "next", shape.next() ? new Hole(NEXT) : ""));
    }
    if (shape.signedIn()) {
      holes.put("viewer", Map.of("name", new Hole(NAME), "email", new Hole(EMAIL),
          "unreadNotifications", shape.unread() ? new Hole(UNREAD) : 0L,
          "staff", shape.staff(), "admin", shape.admin(), "emailVerified", true));
    }
    holes.put("csrf", new Hole(CSRF));
    return PageFrame.of("showcase/list", shape.lang(), holes);
  }

  private static Map<Shape, PageFrame> frames() {
    Kept now = kept;
    Object wording = I18n.wording();
    List<Site> sites = Site.values();
    if (now.wording() != wording || now.sites() != sites) kept = now = new Kept(wording, sites, new ConcurrentHashMap<>());
    return now.frames();
  }
}
