package org.ntc.hub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link ApiTest} class that cannot share the suite's node: it gets a node over an empty
 * database of its own. The value says why (it counts what the whole node holds, it rewrites every row).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnNode {
  String value();
}
