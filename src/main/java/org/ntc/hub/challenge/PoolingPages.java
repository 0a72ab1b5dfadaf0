package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * The pooled side of a need's page: who stands behind it and their combined scale, the co-sign
 * and withdraw forms, and staff's merge form. A refused form shows the need's page again.
 */
final class PoolingPages {
  private final CosignService cosigns;
  private final Views views;
  private final Function<RoutingContext, Future<Map<String, Object>>> needPage;

  PoolingPages(CosignService cosigns, Views views, Function<RoutingContext, Future<Map<String, Object>>> needPage) {
    this.cosigns = cosigns;
    this.views = views;
    this.needPage = needPage;
  }

  /** Who stands behind the need and their combined scale; the co-sign form for those who may co-sign; staff's merge form. */
  static void model(Map<String, Object> model, Challenge c, Viewer viewer, String lang) {
    List<Map<String, Object>> behind = new ArrayList<>();
    behind.add(backer(c.organisationId().toString(), c.organisationName(), c.organisationCountry(), c.scale(), null,
        I18n.text(lang, "pooled.owner"), lang));
    c.cosigners().forEach(k -> behind.add(backer(k.organisationId().toString(), k.name(), k.country(), k.scale(), k.note(),
        I18n.text(lang, "pooled.cosigner"), lang)));
    model.put("backers", behind);
    model.put("backerCount", I18n.text(lang, "pooled.backers", c.backers()));
    model.put("combinedScaleText", c.combinedScale() > 0 ? I18n.text(lang, "pooled.people", FormBodies.number(c.combinedScale(), lang))
        : null);
    List<Viewer.Membership> mine = CosignService.cosigning(viewer, c);
    model.put("cosignOrganisations", mine.stream().map(m -> {
      Map<String, Object> option = new HashMap<>();
      option.put("value", m.organisationId().toString());
      option.put("label", m.organisationName());
      option.put("signed", c.cosignedBy(m.organisationId()));
      return option;
    }).toList());
    model.put("canCosign", !mine.isEmpty());
    model.put("withdrawable", c.cosigners().stream().filter(k -> viewer.memberOf(k.organisationId()))
        .map(k -> Map.of("value", k.organisationId().toString(), "label", k.name())).toList());
    if (viewer.staff() && c.status() == ChallengeStatus.PUBLISHED && c.mergedInto() == null) model.put("canMerge", true);
  }

  private static Map<String, Object> backer(String id, String name, Country country, Integer scale, String note, String role,
                                            String lang) {
    Map<String, Object> backer = new HashMap<>();
    backer.put("id", id);
    backer.put("name", name);
    backer.put("role", role);
    backer.put("countryLabel", I18n.text(lang, "country." + country.name()));
    backer.put("scaleText", scale == null ? null : I18n.text(lang, "pooled.people", FormBodies.number(scale, lang)));
    backer.put("note", note);
    return backer;
  }

  /** The page's co-sign fields are named {@code cosign…} so that their ids differ from the other forms' on the page. */
  void cosign(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    JsonObject body = new JsonObject().put("organisationId", form.getString("cosignOrganisationId"))
        .put("scale", form.getString("cosignScale", "")).put("note", form.getString("cosignNote", ""));
    Forms.submit(() -> {
      try {
        return cosigns.cosign(id, NewCosign.from(body), WebContext.viewer(ctx));
      } catch (Invalid invalid) {
        throw new Invalid(invalid.errors().stream().map(e -> new FieldError("cosign" + Character.toUpperCase(e.field().charAt(0))
            + e.field().substring(1), e.message())).toList());
      }
    }, done -> Forms.redirect(ctx, "/challenges/" + id + "?cosigned=1#backers-heading"),
        err -> Forms.reshow(ctx, views, err, "challenge/show", "pooled.error", () -> needPage.apply(ctx).map(model -> {
          model.put("cosignRefused", true);
          model.put("cosignScale", form.getString("cosignScale", ""));
          model.put("cosignNote", form.getString("cosignNote", ""));
          return model;
        })));
  }

  void withdraw(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> {
      JsonObject checked = new JsonObject().put("organisationId", form.getString("organisationId")).put("scale", 1);
      return cosigns.withdraw(id, NewCosign.from(checked).organisationId(), WebContext.viewer(ctx));
    }, done -> Forms.redirect(ctx, "/challenges/" + id + "#backers-heading"), ctx::fail);
  }

  void merge(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> cosigns.merge(id, Merge.from(new JsonObject().put("intoId", form.getString("intoId"))),
            WebContext.viewer(ctx).requireStaff(), WebContext.address(ctx)),
        kept -> Forms.redirect(ctx, "/challenges/" + kept.id() + "?merged=1"),
        err -> Forms.reshow(ctx, views, err, "challenge/show", "pooled.mergeError", () -> needPage.apply(ctx).map(model -> {
          model.put("mergeRefused", true);
          return model;
        })));
  }
}
