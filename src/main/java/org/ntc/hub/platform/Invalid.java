package org.ntc.hub.platform;

import java.util.List;

/** Input that cannot be used; {@link #errors()} names each field and what is wrong with it. */
public final class Invalid extends Problem {
  private final List<FieldError> errors;

  public Invalid(List<FieldError> errors) {
    super(400, "invalid-input", "Invalid input", describe(errors));
    this.errors = List.copyOf(errors);
  }

  public Invalid(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public static Invalid malformed(String detail) {
    return new Invalid(List.of(new FieldError("body", detail)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    if (errors.size() == 1) return errors.get(0).field() + ": " + errors.get(0).message();
    return errors.size() + " fields are invalid";
  }
}
