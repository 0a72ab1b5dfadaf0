package org.ntc.hub.material;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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
 * everyone who is not staff or in a verified organisation.
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
    UUID id = UUID.randomUUID();
    return materials.insert(id, material, null, null, null, viewer.id()).compose(done -> stored(id));
  }

  public Future<Material> addFile(NewMaterial material, String fileName, Buffer bytes, Viewer viewer) {
    requireContributor(viewer);
    if (bytes == null) throw new Invalid("file", "attach the file in the part named file");
    if (bytes.length() > MAX_BYTES) throw new TooLarge("A file may be at most 20 MB");
    String type = contentType(bytes, fileName)
        .orElseThrow(() -> new UnsupportedMedia("Only PDF and presentation files (pptx, odp, ppt) are accepted"));
    UUID id = UUID.randomUUID();
    return materials.insert(id, material, FileNames.forType(fileName, type, "material"), type, bytes, viewer.id())
        .compose(done -> stored(id));
  }

  private Future<Material> stored(UUID id) {
    return materials.byId(id).map(Optional::orElseThrow);
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
