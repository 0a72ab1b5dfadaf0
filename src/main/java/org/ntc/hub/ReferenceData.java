package org.ntc.hub;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.sqlclient.SqlClient;
import java.util.logging.Logger;
import org.ntc.hub.admin.LabelService;
import org.ntc.hub.contactpoint.ContactPointService;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.platform.Site;

/**
 * What every node keeps a copy of and admins may change: the contact points and the labels'
 * wording. A node that makes a change says so on the event bus; every node of the cluster
 * (itself included) then reads both again and forgets the pages it kept, whose footer and
 * filters show them.
 */
final class ReferenceData {
  private static final Logger LOG = Logger.getLogger(ReferenceData.class.getName());

  private ReferenceData() {}

  static Future<Void> reload(SqlClient client) {
    return Site.reload(client).compose(sites -> LabelService.apply(client));
  }

  /** Listens once per node, with the node's pool; returns when the listeners are registered. */
  static Future<Void> listen(Vertx vertx, SqlClient client, PageCache pages) {
    Handler<Message<Object>> reload = message -> reload(client)
        .onFailure(err -> LOG.warning("could not read contact points and labels again: " + err))
        .onComplete(done -> pages.clear());
    return Future.all(vertx.eventBus().consumer(ContactPointService.CHANGED, reload).completion(),
        vertx.eventBus().consumer(LabelService.CHANGED, reload).completion()).mapEmpty();
  }

  /** Tells every node that the contact points or the labels changed. */
  static void changed(Vertx vertx, String address, String node) {
    vertx.eventBus().publish(address, node);
  }
}
