package org.ntc.hub.basics;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.advice.AdviceService;
import org.ntc.hub.advice.NewFeedback;
import org.ntc.hub.platform.AttemptLimits;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * What a public body's site owes its readers: {@code /accessibility}, the accessibility statement
 * with its feedback form (the feedback lands in the advice queue), and {@code /privacy}, the notice
 * of what is stored about a person, why, for how long and what they may ask.
 */
public final class BasicsPages {
  /** A visitor's address may send this much feedback; more waits, so nobody floods the queue. */
  private static final AttemptLimits.Limit FEEDBACK_LIMIT = new AttemptLimits.Limit(3600, 30, 900, 3600);
  private static final String ERRORS = "accessibility.feedback.error";
  private final AdviceService advice;
  private final AttemptLimits limits;
  private final Views views;

  public BasicsPages(AdviceService advice, AttemptLimits limits, Views views) {
    this.advice = advice;
    this.limits = limits;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/accessibility").handler(ctx -> views.page(ctx, "basics/accessibility", model(ctx, new JsonObject()))
        .onFailure(ctx::fail));
    router.post("/accessibility/feedback").handler(this::feedback);
    router.get("/privacy").handler(ctx -> views.page(ctx, "basics/privacy", Map.of()).onFailure(ctx::fail));
  }

  private void feedback(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    boolean signedIn = WebContext.viewer(ctx).signedIn();
    Forms.submit(() -> {
          NewFeedback feedback = NewFeedback.from(form, Languages.of(ctx), signedIn);
          Future<Void> allowed = signedIn ? Future.succeededFuture()
              : limits.require("feedback:" + WebContext.address(ctx), FEEDBACK_LIMIT, "Too much feedback from this address; try again later");
          return allowed.compose(ok -> advice.feedback(feedback, WebContext.viewer(ctx)));
        },
        sent -> Forms.redirect(ctx, signedIn ? "/ask/" + sent.id() + "?asked=1" : "/accessibility?sent=1#feedback"),
        err -> Forms.reshow(ctx, views, err, "basics/accessibility", ERRORS, model(ctx, form)));
  }

  private static Map<String, Object> model(RoutingContext ctx, JsonObject form) {
    Map<String, Object> model = new HashMap<>();
    model.put("form", form.getMap());
    model.put("errors", Map.of());
    model.put("sent", ctx.queryParams().contains("sent"));
    model.put("signedIn", WebContext.viewer(ctx).signedIn());
    return model;
  }
}
