package org.ntc.hub.training;

import java.util.UUID;
import org.ntc.hub.platform.Localised;

/** A published showcase a training covers. */
public record LinkedShowcase(UUID id, Localised title) {}
