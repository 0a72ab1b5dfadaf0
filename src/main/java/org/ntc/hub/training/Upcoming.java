package org.ntc.hub.training;

import java.util.List;

/** One page of upcoming trainings, and how many match in all. */
public record Upcoming(List<Training> trainings, long total) {}
