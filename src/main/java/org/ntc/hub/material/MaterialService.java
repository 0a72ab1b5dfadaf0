package org.ntc.hub.material;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.platform.FileNames;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.TooLarge;
import org.ntc.hub.platform.UnsupportedMedia;
import org.ntc.hub.platform.Viewer;

/**
 * Learning material: staff and members of verified organisations add links or files (PDF and
 * slides, recognised by their bytes, at most 20 MB); members-only material is hidden from
 * everyone who is not staff or in a verified organisation. Material belongs to the organisation
 * that published it (none when staff did): its members and staff edit and withdraw it.
 */
public final class MaterialService {
  public static final int MAX_BYTES = 20 * 1024 * 1024;
  /** How much of a training's material its page lists. */
  private static final int PER_TRAINING = 20;
  private final MaterialRepository materials;

  public MaterialService(MaterialRepository materials) {
    this.materials = materials;
  }

  public Future<Material> addLink(NewMaterial material, Viewer viewer) {
    requireContributor(viewer);
    UUID publisher = publisher(material, viewer);
    UUID id = UUID.randomUUID();
    return materials.insert(id, material, null, null, null, viewer.id(), publisher).compose(done -> stored(id));
  }

  public Future<Material> addFile(NewMaterial material, String fileName, Buffer bytes, Viewer viewer) {
    requireContributor(viewer);
    UUID publisher = publisher(material, viewer);
    if (bytes == null) throw new Invalid("file", "attach the file in the part named file");
    if (bytes.length() > MAX_BYTES) throw new TooLarge("A file may be at most 20 MB");
    String type = contentType(bytes, fileName)
        .orElseThrow(() -> new UnsupportedMedia("Only PDF and presentation files (pptx, odp, ppt) are accepted"));
    UUID id = UUID.randomUUID();
    return materials.insert(id, material, FileNames.forType(fileName, type, "material"), type, bytes, viewer.id(), publisher)
        .compose(done -> stored(id));
  }

  private Future<Material> stored(UUID id) {
    return materials.byId(id).map(found -> found.orElseThrow(() -> new NotFound("material", id)));
  }

  public Future<MaterialList> list(MaterialQuery query, Paging paging, Viewer viewer) {
    boolean members = viewer.centreMember();
    Future<List<Material>> items = materials.list(query, members, paging.pageSize(), paging.offset());
    Future<Long> total = materials.count(query, members);
    return Future.all(items, total).map(done -> new MaterialList(items.result(), total.result()));
  }

  /** The material that goes with a training, as much as its page shows, newest first. */
  public Future<List<Material>> ofTraining(UUID trainingId, Viewer viewer) {
    return materials.list(MaterialQuery.ofTraining(trainingId), viewer.centreMember(), PER_TRAINING, 0);
  }

  public Future<Material> find(UUID id, Viewer viewer) {
    return materials.byId(id).map(found -> found
        .filter(m -> m.visibility().visibleTo(viewer))
        .orElseThrow(() -> new NotFound("material", id)));
  }

  public Future<MaterialRepository.StoredFile> file(UUID id, Viewer viewer) {
    return materials.file(id).map(found -> found
        .filter(f -> f.visibility().visibleTo(viewer))
        .orElseThrow(() -> new NotFound("material", id)));
  }

  /**
   * The organisation that publishes: the one named, of which the viewer must be a verified member;
   * else the viewer's only verified organisation; none for staff who name none.
   */
  private static UUID publisher(NewMaterial material, Viewer viewer) {
    UUID named = material.organisationId();
    if (named != null) {
      if (!viewer.memberOfVerified(named)) throw new Forbidden("Only members of a verified organisation publish in its name");
      return named;
    }
    if (viewer.staff()) return null;
    List<UUID> verified = viewer.memberships().stream().filter(Viewer.Membership::verified)
        .map(Viewer.Membership::organisationId).toList();
    if (verified.size() != 1) throw new Invalid("organisationId", "name the organisation that publishes the material");
    return verified.get(0);
  }

  /** Staff, and members of the organisation that published it, may edit and withdraw material. */
  public static boolean mayChange(Material material, Viewer viewer) {
    return viewer.signedIn() && (viewer.staff()
        || material.organisationId() != null && viewer.memberOf(material.organisationId()));
  }

  /** The material, for someone who may change it: 404 if hidden from them, 403 if only theirs to read. */
  public Future<Material> editable(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return find(id, viewer).map(material -> {
      if (!mayChange(material, viewer)) throw new Forbidden("Only staff and the publishing organisation's members change material");
      return material;
    });
  }

  public Future<Material> change(UUID id, MaterialChange change, Viewer viewer) {
    return editable(id, viewer).compose(material -> {
      if (material.kind() == MaterialKind.FILE && change.url() != null) throw new Invalid("url", "a file has no url");
      Material changed = change.applyTo(material);
      return materials.update(changed).map(done -> {
        if (!done) throw new NotFound("material", id);
        return changed;
      });
    }).compose(done -> stored(id));
  }

  /**
   * Takes material out of every list; its detail and file answer 404 from now on. The row is kept,
   * and the audit log says who withdrew it.
   */
  public Future<Void> withdraw(UUID id, Viewer viewer, String address) {
    return editable(id, viewer).compose(material -> materials.pool().withTransaction(tx -> materials.withdraw(tx, id, viewer.id())
        .compose(done -> {
          if (!done) return Future.failedFuture(new NotFound("material", id));
          JsonObject detail = new JsonObject().put("organisationId", material.organisationId() == null ? null
              : material.organisationId().toString()).put("asStaff", viewer.staff());
          return AuditLog.record(tx, viewer.id(), AuditAction.MATERIAL_WITHDRAWN, id, address, detail);
        })));
  }

  /** PDF, or a presentation: Office Open XML or OpenDocument (zip) or legacy PowerPoint (OLE), by bytes and name. */
  static Optional<String> contentType(Buffer bytes, String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (bytes.length() >= 5 && bytes.getString(0, 5).equals("%PDF-")) return Optional.of("application/pdf");
    boolean zip = bytes.length() >= 4 && bytes.getByte(0) == 'P' && bytes.getByte(1) == 'K' && bytes.getByte(2) == 3 && bytes.getByte(3) == 4;
    if (zip && name.endsWith(".pptx")) return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    if (zip && name.endsWith(".odp")) return Optional.of("application/vnd.oasis.opendocument.presentation");
    boolean ole = bytes.length() >= 4 && bytes.getByte(0) == (byte) 0xD0 && bytes.getByte(1) == (byte) 0xCF
        && bytes.getByte(2) == 0x11 && bytes.getByte(3) == (byte) 0xE0;
    if (ole && name.endsWith(".ppt")) return Optional.of("application/vnd.ms-powerpoint");
    return Optional.empty();
  }

  /** Who may add material: staff and members of verified organisations. */
  public static void requireContributor(Viewer viewer) {
    viewer.requireSignedIn();
    if (!viewer.centreMember()) throw new Forbidden("Staff and members of verified organisations add learning material");
  }
}
