package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlClient;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ntc.hub.course.CertificateRepository.Completion;
import org.ntc.hub.platform.AttemptLimits;
import org.ntc.hub.platform.FileNames;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;

/**
 * Certificates of finished courses: the learner's PDF, and the check anyone holding a code may make.
 * A certificate stays valid when its course is archived later (it was earned); it is gone with the
 * learner's account, whose erasure deletes its completions.
 */
public final class CertificateService {
  /** Codes are at least 20 characters (V39), letters, digits, '-' and '_'; anything else is no certificate. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{20,128}");
  /** Unknown codes one address may try in an hour; past that it waits, five minutes doubling to an hour. */
  private static final AttemptLimits.Limit GUESSES = new AttemptLimits.Limit(3600, 100, 300, 3600);
  private static final String TOO_MANY = "Too many unknown certificate codes from this address; try again later";

  private final CertificateRepository certificates;
  private final AttemptLimits limits;

  public CertificateService(CertificateRepository certificates, AttemptLimits limits) {
    this.certificates = certificates;
    this.limits = limits;
  }

  /** A certificate as a file: its bytes and the name it is saved under. */
  public record Pdf(byte[] bytes, String fileName) {}

  /**
   * The learner's own certificate, written on a worker in {@code asked} (one of fi, sv, en) or else
   * in the language the learner finished the course in. Not finished (or not theirs): not found.
   */
  public Future<Pdf> pdf(UUID courseId, Viewer viewer, String asked, String publicUrl, Vertx vertx) {
    viewer.requireSignedIn();
    return certificates.own(viewer.id(), courseId).compose(found -> {
      Completion completion = found.orElseThrow(() -> new NotFound("You have not completed this course"));
      String lang = I18n.supported(asked) ? asked : completion.lang();
      String url = verifyUrl(publicUrl, completion.code());
      String name = I18n.text(lang, "course.certificate.file") + " - " + completion.shown().title().in(lang);
      return vertx.executeBlocking(() -> new Pdf(CourseCertificate.pdf(completion, lang, url),
          FileNames.forType(name, "application/pdf", "certificate")), false);
    });
  }

  /**
   * The certificate with this code, if there is one. Leading and trailing white space is dropped;
   * otherwise codes compare exactly. Each unknown code counts against the asking address, which
   * past its allowance hears 429 until its lock ends.
   */
  public Future<Optional<Completion>> verify(String code, String address) {
    String key = "certificate:" + address;
    String trimmed = code == null ? "" : code.strip();
    return limits.requireUnlocked(key, TOO_MANY)
        .compose(open -> wellFormed(trimmed) ? certificates.byCode(trimmed) : Future.succeededFuture(Optional.<Completion>empty()))
        .compose(found -> found.isPresent() ? Future.succeededFuture(found) : limits.count(key, GUESSES).map(wait -> found));
  }

  /** In the erasure's transaction: the learner's certificates stop verifying. */
  public Future<Void> forget(SqlClient tx, UUID accountId) {
    return certificates.forget(tx, accountId);
  }

  static boolean wellFormed(String code) {
    return CODE.matcher(code).matches();
  }

  static String verifyUrl(String publicUrl, String code) {
    return publicUrl + "/certificates/" + code;
  }

  /** Dates are shown as in Umeå to Swedish readers and as in Seinäjoki to the others. */
  static ZoneId zone(String lang) {
    return "sv".equals(lang) ? Site.UMEA.zone() : Site.SEINAJOKI.zone();
  }
}
