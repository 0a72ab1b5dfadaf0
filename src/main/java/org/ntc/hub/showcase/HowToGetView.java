package org.ntc.hub.showcase;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Site;

/** The "How to get it" section of a showcase's page, in plain words in the reader's language. */
final class HowToGetView {
  private HowToGetView() {}

  static Map<String, Object> of(ShowcaseContent content, String lang) {
    HowToGet how = content.howToGet();
    Map<String, Object> shown = new HashMap<>();
    List<String> ways = new ArrayList<>();
    if (how.publicService()) {
      List<String> countries = content.countries().stream().filter(c -> I18n.has("howToGet.public." + c)).toList();
      if (countries.isEmpty()) ways.add(I18n.text(lang, "howToGet.public.any"));
      countries.forEach(c -> ways.add(I18n.text(lang, "howToGet.public." + c)));
    }
    if (how.buy()) ways.add(I18n.text(lang, "howToGet.buy"));
    price(how, lang).ifPresent(ways::add);
    shown.put("ways", ways);
    List<Map<String, Object>> places = how.tryAt().stream().map(Site::find).flatMap(Optional::stream)
        .map(site -> Map.<String, Object>of("url", "/contact-points/" + site.id(), "name", site.name(lang))).toList();
    shown.put("places", places);
    shown.put("empty", ways.isEmpty() && places.isEmpty());
    return shown;
  }

  private static Optional<String> price(HowToGet how, String lang) {
    Integer min = how.priceMin();
    Integer max = how.priceMax();
    if (min == null && max == null) return Optional.empty();
    if (min != null && max != null) {
      if (min.equals(max)) return Optional.of(I18n.text(lang, "howToGet.price.exactly", euros(min, lang)));
      return Optional.of(I18n.text(lang, "howToGet.price.range", euros(min, lang), euros(max, lang)));
    }
    return Optional.of(min != null ? I18n.text(lang, "howToGet.price.from", euros(min, lang))
        : I18n.text(lang, "howToGet.price.upTo", euros(max, lang)));
  }

  private static String euros(int amount, String lang) {
    String number = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang)).format(amount);
    return I18n.text(lang, "howToGet.euros", number);
  }
}
