package org.ntc.hub.material;

import java.util.List;

/** One page of material, and how much matches in all. */
public record MaterialList(List<Material> items, long total) {}
