package org.ntc.hub.opendata;

import io.vertx.core.json.JsonObject;

/** One field of an open dataset: its name in JSON (and, per language or as is, in CSV), its shape and what it means. */
record Field(String name, Shape shape, String meaning) {
  enum Shape {
    TEXT("string"), LOCALISED("object {en, fi, sv}"), LIST("array of strings; in CSV joined by ';'"), NUMBER("integer"),
    TIMESTAMP("ISO-8601 timestamp with offset"), DATE("ISO-8601 date");

    final String described;

    Shape(String described) {
      this.described = described;
    }
  }

  static Field text(String name, String meaning) {
    return new Field(name, Shape.TEXT, meaning);
  }

  static Field localised(String name, String meaning) {
    return new Field(name, Shape.LOCALISED, meaning);
  }

  static Field list(String name, String meaning) {
    return new Field(name, Shape.LIST, meaning);
  }

  static Field number(String name, String meaning) {
    return new Field(name, Shape.NUMBER, meaning);
  }

  static Field timestamp(String name, String meaning) {
    return new Field(name, Shape.TIMESTAMP, meaning);
  }

  static Field date(String name, String meaning) {
    return new Field(name, Shape.DATE, meaning);
  }

  JsonObject describe() {
    return new JsonObject().put("name", name).put("type", shape.described).put("meaning", meaning);
  }
}
