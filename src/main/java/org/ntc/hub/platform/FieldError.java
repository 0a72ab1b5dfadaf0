package org.ntc.hub.platform;

public record FieldError(String field, String message) {}
