package org.ntc.hub;

import org.ntc.hub.adoption.AdoptionService;
import org.ntc.hub.challenge.PilotService;
import org.ntc.hub.course.CourseRequirements;
import org.ntc.hub.course.CourseRequirements.Holder;
import org.ntc.hub.course.CourseRequirements.Kind;

/**
 * "Before adopting X, take Y": pilots and adoption records name the courses their staff should
 * complete. Each feature says who sees and who changes its own; courses keep the lists.
 */
final class CourseHolders {
  private CourseHolders() {}

  /** Whoever sees the pilot sees its courses; staff and the members of its two organisations name them; counts are the care organisation's. */
  static CourseRequirements heldBy(CourseRequirements requirements, PilotService pilots, AdoptionService adoptions) {
    return requirements
        .holders(Kind.PILOT, (id, viewer) -> pilots.view(id, viewer).map(view -> new Holder(id, view.pilot().showcaseId(),
            view.pilot().careOrganisationId(), view.careName(), PilotService.namesCourses(view.pilot(), viewer))))
        .holders(Kind.ADOPTION, (id, viewer) -> adoptions.visible(id, viewer).map(a -> new Holder(id, a.showcaseId(),
            a.organisationId(), a.organisationName(), AdoptionService.mayChange(a, viewer))));
  }
}
