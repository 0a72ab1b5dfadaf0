package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** The claims on a showcase's page, and the form with which staff verify one. */
final class ClaimPages {
  private final ClaimService claims;
  private final Views views;
  private final Function<RoutingContext, Future<Map<String, Object>>> showModel;

  ClaimPages(ClaimService claims, Views views, Function<RoutingContext, Future<Map<String, Object>>> showModel) {
    this.claims = claims;
    this.views = views;
    this.showModel = showModel;
  }

  void mount(Router router) {
    router.post("/showcases/:id/claims/verify").handler(this::verify);
  }

  /** The page's model gains the claims in words, and which one the staff form has chosen. */
  static Future<Map<String, Object>> withClaims(ClaimService claims, RoutingContext ctx, Showcase showcase,
                                                Map<String, Object> model) {
    String lang = Languages.of(ctx);
    return claims.of(showcase).map(now -> {
      model.put("claims", chosen(now.shown(lang), ClaimKind.REGULATORY.code()));
      model.put("claimVerified", ctx.queryParams().contains("verified"));
      return model;
    });
  }

  private void verify(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> {
      viewer.requireStaff();
      ClaimKind kind = Coded.find(ClaimKind.class, form.getString("kind"))
          .orElseThrow(() -> new Invalid("kind", "choose the claim to verify"));
      return claims.verify(id, kind, ClaimVerification.from(form, claims.now(), viewer.zone()), viewer, WebContext.address(ctx));
    }, done -> Forms.redirect(ctx, "/showcases/" + id + "?verified=1#claims"),
        err -> Forms.reshow(ctx, views, err, "showcase/show", "claim.error", () -> showModel.apply(ctx).map(model -> {
          model.put("claimError", true);
          model.put("claimForm", form.getMap());
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> shown = (List<Map<String, Object>>) model.get("claims");
          if (shown != null) model.put("claims", chosen(shown, form.getString("kind")));
          return model;
        })));
  }

  private static List<Map<String, Object>> chosen(List<Map<String, Object>> claims, String kind) {
    return claims.stream().map(claim -> {
      Map<String, Object> shown = new HashMap<>(claim);
      shown.put("chosen", claim.get("kind").equals(kind));
      return shown;
    }).toList();
  }
}
