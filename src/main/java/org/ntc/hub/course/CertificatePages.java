package org.ntc.hub.course;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.ntc.hub.course.CertificateRepository.Completion;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * Checking a certificate: {@code /certificates} asks for a code, {@code /certificates/{code}} says
 * whether it is a valid certificate, for which course, whose and when. A wrong code answers 404
 * with the same words whatever was wrong with it.
 */
public final class CertificatePages {
  private static final String TEMPLATE = "course/certificate";
  private final CertificateService certificates;
  private final Views views;

  public CertificatePages(CertificateService certificates, Views views) {
    this.certificates = certificates;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/certificates").handler(this::ask);
    router.get("/certificates/:code").handler(this::show);
  }

  /** The form, or (with {@code ?code=}) on to the code's own page; a blank code comes back with its error. */
  private void ask(RoutingContext ctx) {
    String code = ctx.queryParams().get("code");
    if (code != null && !code.isBlank()) {
      String path = URLEncoder.encode(code.strip(), StandardCharsets.UTF_8).replace("+", "%20");
      ctx.response().setStatusCode(303).putHeader("Location", "/certificates/" + path).end();
      return;
    }
    Map<String, Object> model = model("");
    if (code != null) model.put("codeError", I18n.text(Languages.of(ctx), "course.certificate.codeMissing"));
    views.page(ctx, code == null ? 200 : 400, TEMPLATE, model).onFailure(ctx::fail);
  }

  private void show(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    String code = ctx.pathParam("code");
    certificates.verify(code, WebContext.address(ctx)).compose(found -> {
      Map<String, Object> model = model(code.strip());
      model.put("checked", true);
      found.ifPresent(completion -> model.put("certificate", shown(completion, lang)));
      ctx.response().putHeader("Cache-Control", "no-store");
      return views.page(ctx, found.isPresent() ? 200 : 404, TEMPLATE, model);
    }).onFailure(ctx::fail);
  }

  private static Map<String, Object> model(String code) {
    Map<String, Object> model = new HashMap<>();
    model.put("code", code);
    return model;
  }

  private static Map<String, Object> shown(Completion completion, String lang) {
    CourseContent course = completion.shown();
    Map<String, Object> shown = new HashMap<>();
    shown.put("learnerName", completion.learnerName());
    shown.put("courseTitle", course.title().in(lang));
    shown.put("courseTitleLang", course.title().languageOf(lang));
    // An archived course's certificate still holds, but its page is gone: the title then stands without a link.
    if (completion.course().isPublic()) shown.put("courseUrl", "/courses/" + completion.course().id());
    shown.put("completedText", CourseCertificate.date(completion, lang));
    shown.put("completedAt", completion.completedAt().atZoneSameInstant(CertificateService.zone(lang)).toLocalDate().toString());
    return shown;
  }
}
