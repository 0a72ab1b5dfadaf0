package org.ntc.hub.situation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.training.Audience;

/**
 * The life situations the home page offers as ways in, each mapped to what the catalogue is
 * filed under (target groups, categories, search words), the trainings' audience and the
 * material's topic. Data only: the pages ask the services with these, never for fixed rows.
 */
public enum Situation implements Coded {
  CARING_FOR_A_PARENT(List.of("informal-carers", "older-people"), List.of("safety-and-alarms"), List.of(), Audience.CITIZENS,
      "assistive-living"),
  LIVING_ALONE(List.of(), List.of("safety-and-alarms", "assistive-living"), List.of("fall"), Audience.CITIZENS,
      "safety-and-alarms"),
  LONG_TERM_CONDITION(List.of("chronic-conditions"), List.of("remote-monitoring", "self-care"), List.of(), Audience.CITIZENS,
      "self-care"),
  WORKING_IN_HOME_CARE(List.of("professionals"), List.of("care-coordination", "medication-management"), List.of("home care"),
      Audience.PROFESSIONALS, "care-coordination");

  private final List<String> targetGroups;
  private final List<String> categories;
  private final List<String> words;
  private final Audience audience;
  private final String topic;

  Situation(List<String> targetGroups, List<String> categories, List<String> words, Audience audience, String topic) {
    this.targetGroups = targetGroups;
    this.categories = categories;
    this.words = words;
    this.audience = audience;
    this.topic = topic;
  }

  /** The slug of its page: {@code /situations/caring-for-a-parent}. */
  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  public static Optional<Situation> find(String slug) {
    return Arrays.stream(values()).filter(s -> s.code().equals(slug)).findFirst();
  }

  List<String> targetGroups() {
    return targetGroups;
  }

  List<String> categories() {
    return categories;
  }

  List<String> words() {
    return words;
  }

  Audience audience() {
    return audience;
  }

  String topic() {
    return topic;
  }
}
