package org.ntc.hub.platform;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is asking: anonymous, or a signed-in person with their memberships. Every rule about
 * who may do what starts here, for the API and the pages alike.
 */
public record Viewer(
    UUID id,
    UUID sessionId,
    String email,
    String name,
    String locale,
    boolean admin,
    Optional<Site> staffSite,
    List<Membership> memberships,
    long unreadNotifications,
    boolean emailVerified) {

  /** The unread count of a person looked up for the API or a stream, which never show it (see {@link #unreadNotifications()}). */
  public static final long UNCOUNTED = -1;
  public static final Viewer ANONYMOUS = new Viewer(null, null, null, null, "en", false, Optional.empty(), List.of(), 0, false);

  public record Membership(UUID organisationId, String organisationName, OrganisationType type, MemberRole role,
                           boolean verified) {}

  /** How many of their notifications are unread, as pages show in their header: counted only for pages. */
  @Override
  public long unreadNotifications() {
    if (unreadNotifications == UNCOUNTED) throw new IllegalStateException("unread notifications are counted only for pages");
    return unreadNotifications;
  }

  public boolean signedIn() {
    return id != null;
  }

  /** Staff at a contact point, or an admin, who may do all that staff may do. */
  public boolean staff() {
    return admin || staffSite.isPresent();
  }

  /** Speaks for this contact point: its own staff do, and an admin speaks for every one. */
  public boolean speaksFor(Site site) {
    return admin || staffSite.filter(site::equals).isPresent();
  }

  /** The zone this person reads times in: their contact point's as staff, else Seinäjoki's. */
  public ZoneId zone() {
    return staffSite.orElse(Site.SEINAJOKI).zone();
  }

  /** The id of the contact point this person is staff at; {@link #staffSite()} names it as a {@link Site}. */
  public Optional<String> staffContactPoint() {
    return staffSite.map(Site::id);
  }

  public boolean memberOf(UUID organisationId) {
    return memberships.stream().anyMatch(m -> m.organisationId().equals(organisationId));
  }

  public boolean adminOf(UUID organisationId) {
    return memberships.stream().anyMatch(m -> m.organisationId().equals(organisationId) && m.role() == MemberRole.ADMIN);
  }

  public boolean memberOfVerified(UUID organisationId) {
    return memberships.stream().anyMatch(m -> m.organisationId().equals(organisationId) && m.verified());
  }

  /** Belongs to the centre: staff, or a member of a verified organisation. Sees members-only content. */
  public boolean centreMember() {
    return staff() || memberships.stream().anyMatch(Membership::verified);
  }

  public List<Role> roles() {
    List<Role> roles = new ArrayList<>();
    if (!signedIn()) return roles;
    roles.add(Role.CITIZEN);
    if (memberships.stream().anyMatch(m -> m.type().professional())) roles.add(Role.PROFESSIONAL);
    if (memberOfAny(OrganisationType.COMPANY)) roles.add(Role.COMPANY);
    if (staffSite.isPresent()) roles.add(Role.STAFF);
    if (admin) roles.add(Role.ADMIN);
    return roles;
  }

  public boolean memberOfAny(OrganisationType type) {
    return memberships.stream().anyMatch(m -> m.type() == type);
  }

  public Viewer requireSignedIn() {
    if (!signedIn()) throw new Unauthenticated("Sign in first");
    return this;
  }

  public Viewer requireStaff() {
    requireSignedIn();
    if (!staff()) throw new Forbidden("Only contact-point staff may do this");
    return this;
  }

  public Viewer requireAdmin() {
    requireSignedIn();
    if (!admin) throw new Forbidden("Only an admin may do this");
    return this;
  }

  /** Member of a verified care or research organisation: may post its needs. */
  public boolean postsNeeds() {
    return memberships.stream().anyMatch(m -> m.verified() && m.type().professional());
  }
}
