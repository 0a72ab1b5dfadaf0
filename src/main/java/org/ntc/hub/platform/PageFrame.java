package org.ntc.hub.platform;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page as its template writes it for one shape of request (language, kind of reader, which parts are
 * shown), with holes where each request's own values go: the bytes around the holes are encoded once, and
 * a request only writes its values in between. Made by rendering the template itself with {@link Hole}s in
 * the model, so the bytes around the holes are the template's own; a value is written where the template
 * would write it, escaped by the one who fills it exactly as the template escapes it there.
 */
public final class PageFrame {
  /**
   * Part of every hole's mark, drawn anew by each process: the admins' wording and contact points' names are
   * rendered into a frame too, and a mark typed there must not be taken for a hole.
   */
  private static final String NONCE = nonce();
  /** Where a hole is left in the rendered template: letters and digits, so escaping leaves it as it is. */
  private static final Pattern MARK = Pattern.compile("HoLe" + NONCE + "q(\\d{1,4})(?:k([A-Za-z0-9._-]+))?q7");

  /** A per-request value in a frame's model; inside {@code {{t "key" hole}}} the whole text is the hole. */
  public record Hole(int index) {
    @Override
    public String toString() {
      return "HoLe" + NONCE + "q" + index + "q7";
    }

    /** The mark of {@code {{t key ...}}} whose text depends on this hole. */
    String text(String key) {
      return "HoLe" + NONCE + "q" + index + "k" + key + "q7";
    }
  }

  /** What a request writes in a frame's holes. */
  @FunctionalInterface
  public interface Values {
    /** The hole's value as it is written into the page: escaped unless the template writes it as HTML. */
    CharSequence value(int hole, String textKey);
  }

  /** A page written from a frame the feature keeps for the request's shape, or null to render its template. */
  @FunctionalInterface
  public interface Framed {
    Buffer write(RoutingContext ctx, String lang, Map<String, Object> model, Object viewer, Object csrf);
  }

  /** The layout's holes: the language switcher's links, the path and the canonical address. */
  public static final int LANGUAGES = 0, PATH = 3, CANONICAL = 4, FIRST_FREE = 8;

  static {
    // The switcher's links take the holes from LANGUAGES up to PATH: a fourth language needs them moved.
    if (I18n.LANGUAGES.size() > PATH - LANGUAGES) throw new IllegalStateException("more languages than link holes");
  }

  private final byte[][] pieces;
  private final int[] holes;
  private final String[] keys;

  private PageFrame(byte[][] pieces, int[] holes, String[] keys) {
    this.pieces = pieces;
    this.holes = holes;
    this.keys = keys;
  }

  /** The frame of a page rendered with holes in its model. */
  public static PageFrame of(String rendered) {
    List<byte[]> pieces = new ArrayList<>();
    List<Integer> holes = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Matcher mark = MARK.matcher(rendered);
    int from = 0;
    while (mark.find()) {
      pieces.add(rendered.substring(from, mark.start()).getBytes(StandardCharsets.UTF_8));
      holes.add(Integer.parseInt(mark.group(1)));
      keys.add(mark.group(2));
      from = mark.end();
    }
    pieces.add(rendered.substring(from).getBytes(StandardCharsets.UTF_8));
    return new PageFrame(pieces.toArray(byte[][]::new), holes.stream().mapToInt(Integer::intValue).toArray(),
        keys.toArray(String[]::new));
  }

  /**
   * The frame of a page in this language: the template rendered with the feature's model (its holes from
   * {@link #FIRST_FREE} on; its viewer and token as it gives them) and the layout's own holes.
   */
  public static PageFrame of(String template, String lang, Map<String, Object> model) {
    Map<String, Object> context = new HashMap<>(model);
    context.put("lang", lang);
    List<Map<String, Object>> languages = new ArrayList<>();
    for (int i = 0; i < I18n.LANGUAGES.size(); i++) {
      String code = I18n.LANGUAGES.get(i);
      languages.add(Map.of("code", code, "label", I18n.text(code, "language.name"),
          "href", new Hole(LANGUAGES + i), "current", code.equals(lang)));
    }
    context.put("languages", languages);
    context.put("contactPoints", Views.footerLinks(lang));
    context.put("path", new Hole(PATH));
    context.put("canonical", new Hole(CANONICAL));
    context.put("ogLocale", Views.ogLocale(lang));
    return of(Views.render(template, context).toString(StandardCharsets.UTF_8));
  }

  /** The value of one of the layout's holes for this request, as the layout writes it. */
  public static String layoutValue(RoutingContext ctx, String lang, int hole) {
    String path = ctx.normalizedPath();
    return Views.escaped(switch (hole) {
      case PATH -> path;
      case CANONICAL -> SecurityHeaders.publicUrl(ctx) + path + "?lang=" + lang;
      default -> path + "?" + Views.queryWithout(ctx, "lang") + "lang=" + I18n.LANGUAGES.get(hole - LANGUAGES);
    });
  }

  /**
   * The page with this request's values in the holes, each encoded straight into the page from the text
   * it is given (the cards are a builder of some 10,000 characters): making a string of it, its bytes
   * and then the page's copy of them cost twice as much as encoding it in place. Room is made for the
   * most a value can take (three bytes a character), which is freed with the page.
   */
  public Buffer write(Values values) {
    CharSequence[] filled = new CharSequence[holes.length];
    int most = pieces[0].length;
    for (int i = 0; i < holes.length; i++) {
      filled[i] = values.value(holes[i], keys[i]);
      most += (filled[i] instanceof HtmlBytes html ? html.size() : ByteBufUtil.utf8MaxBytes(filled[i])) + pieces[i + 1].length;
    }
    ByteBuf page = Unpooled.buffer(most);
    page.writeBytes(pieces[0]);
    for (int i = 0; i < holes.length; i++) {
      // Written as bytes already (the catalogue's cards): copied as they are.
      if (filled[i] instanceof HtmlBytes html) html.writeTo(page);
      else ByteBufUtil.writeUtf8(page, filled[i]);
      page.writeBytes(pieces[i + 1]);
    }
    return BufferInternal.buffer(page);
  }

  private static String nonce() {
    byte[] random = new byte[9];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  /** Whether the t helper was given a hole: then the text is the hole, filled per request. */
  static Hole holeIn(Object[] params) {
    for (Object param : params) if (param instanceof Hole hole) return hole;
    return null;
  }
}
