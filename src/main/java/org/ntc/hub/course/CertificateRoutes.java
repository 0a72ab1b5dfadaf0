package org.ntc.hub.course;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.ntc.hub.course.CertificateRepository.Completion;
import org.ntc.hub.platform.FileNames;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.SecurityHeaders;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.WebContext;

/**
 * The certificates API: the learner's PDF, and the check of a code. An unknown or malformed code is
 * not an error but an answer, {@code 200 {valid: false}}, the same for every wrong code.
 */
public final class CertificateRoutes {
  private final CertificateService certificates;

  public CertificateRoutes(CertificateService certificates) {
    this.certificates = certificates;
  }

  public void mount(Router router) {
    router.get("/api/v1/courses/:id/certificate.pdf").handler(this::pdf);
    router.get("/api/v1/certificates/:code").respond(ctx -> certificates
        .verify(ctx.pathParam("code"), WebContext.address(ctx))
        .map(found -> {
          // Verifications are asked again rather than kept: an erased learner's certificate must stop verifying.
          ctx.response().putHeader("Cache-Control", "no-store");
          return found.map(completion -> json(completion, Languages.of(ctx))).orElse(new JsonObject().put("valid", false));
        }));
  }

  private void pdf(RoutingContext ctx) {
    WebContext.signedIn(ctx);
    certificates.pdf(Ids.path(ctx, "id"), WebContext.viewer(ctx), ctx.queryParams().get("lang"),
            SecurityHeaders.publicUrl(ctx), ctx.vertx())
        .onSuccess(pdf -> ctx.response().putHeader("Content-Type", "application/pdf")
            .putHeader("Content-Disposition", FileNames.attachment(pdf.fileName()))
            .putHeader("Cache-Control", "private, no-store")
            .end(Buffer.buffer(pdf.bytes())))
        .onFailure(ctx::fail);
  }

  /** What anyone holding the code may know: the course, when, and the learner's name; nothing else of them. */
  static JsonObject json(Completion completion, String lang) {
    return new JsonObject().put("valid", true)
        .put("course", new JsonObject().put("id", completion.course().id().toString())
            .put("title", completion.shown().title().in(lang)))
        .put("completedAt", Times.rfc3339(completion.completedAt()))
        .put("learnerName", completion.learnerName());
  }
}
