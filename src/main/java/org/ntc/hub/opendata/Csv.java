package org.ntc.hub.opendata;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.ntc.hub.platform.I18n;

/**
 * CSV after RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a
 * quote or a line break, quotes doubled. A localised field becomes one column per language
 * ({@code title_en,title_fi,title_sv}); a list is joined by {@code ;}. A cell that a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with {@code '}.
 */
final class Csv {
  private Csv() {}

  static String header(List<Field> fields) {
    List<String> names = new ArrayList<>();
    for (Field field : fields) {
      if (field.shape() == Field.Shape.LOCALISED) {
        for (String lang : I18n.LANGUAGES) names.add(field.name() + "_" + lang);
      } else {
        names.add(field.name());
      }
    }
    return line(names);
  }

  static String row(List<Field> fields, JsonObject record) {
    List<String> cells = new ArrayList<>();
    for (Field field : fields) {
      Object value = record.getValue(field.name());
      switch (field.shape()) {
        case LOCALISED -> {
          JsonObject texts = value instanceof JsonObject o ? o : new JsonObject();
          for (String lang : I18n.LANGUAGES) cells.add(texts.getString(lang));
        }
        case LIST -> {
          List<String> items = new ArrayList<>();
          if (value instanceof JsonArray array) array.forEach(item -> items.add(String.valueOf(item)));
          cells.add(String.join(";", items));
        }
        default -> cells.add(value == null ? null : String.valueOf(value));
      }
    }
    return line(cells);
  }

  private static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) line.append(',');
      line.append(cell(cells.get(i)));
    }
    return line.append("\r\n").toString();
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) return "";
    String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quoted = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
    return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
