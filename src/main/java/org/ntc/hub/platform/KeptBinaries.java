package org.ntc.hub.platform;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.jar.JarEntry;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Hands the embedded PostgreSQL library its binaries without reading the whole bundle at every start.
 * The library names the folder it unpacks the bundle into (under the runtime folder) after the MD5 of
 * the bundle, so it inflates and hashes some 15 MB from the jar each time, and first runs a shell
 * script to learn the Linux distribution. Here the bundle is known by its jar entry's name, size and
 * CRC-32, read from the jar's directory. Once the library has unpacked a bundle and a server has
 * started from it, a link named as the library would name a folder for that identity points at the
 * library's folder; a later start hands the library the identity alone and it finds that folder
 * ready. Whenever the link is missing, or its folder is not one the library itself would call
 * complete, or the bundle is not in a jar, the library's own resolver reads the bundle as before.
 * Which system and machine the library asked for is recorded beside them, so that a later start can find the
 * same folder without the library and run the server from it ({@link Postmaster}).
 */
final class KeptBinaries implements PgBinaryResolver {
  private static final Logger LOG = Logger.getLogger(KeptBinaries.class.getName());
  /** The file the library writes into a folder once everything in it is unpacked. */
  static final String READY_MARKER = ".exists";
  /** Which system and machine the library last asked binaries for, so that a start without it can find them. */
  static final String ASKED_FOR = "kept-binaries-for";

  private final Path runtime;
  private Bundle bundle;
  private DigestInputStream readByLibrary;
  private CheckedInputStream checkedRead;

  KeptBinaries(Path runtime) {
    this.runtime = runtime;
  }

  /** A bundle as its jar lists it: the name, the size unpacked and the CRC-32 of its bytes. */
  record Bundle(String name, long size, long crc) {
    String identity() {
      return "ntc-hub kept binaries " + name + " size " + size + " crc32 " + Long.toHexString(crc);
    }

    /** The folder the library would unpack this identity into, which is a link to the real one once kept. */
    String folder() {
      return folderName(md5().digest(identity().getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Override
  public synchronized InputStream getPgBinary(String system, String machine) throws IOException {
    bundle = bundle(system, machine).orElse(null);
    if (bundle != null) remember(system, machine);
    if (bundle != null && ready(runtime.resolve(bundle.folder()))) {
      StartSteps.reached("postgres binaries found unpacked");
      return new ByteArrayInputStream(bundle.identity().getBytes(StandardCharsets.UTF_8));
    }
    checkedRead = new CheckedInputStream(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machine), new CRC32());
    readByLibrary = new DigestInputStream(checkedRead, md5());
    StartSteps.reached("postgres binaries to be read");
    return readByLibrary;
  }

  /**
   * After a server started from binaries the library unpacked (or found) by reading a bundle: if what
   * it read is the bundle named above, byte for byte as its jar lists it, links the bundle's identity
   * to the library's folder, so that the next start need not read the bundle.
   */
  synchronized void serverStarted() {
    if (bundle == null || readByLibrary == null) return;
    String folder = folderName(readByLibrary.getMessageDigest().digest());
    boolean same = checkedRead.getChecksum().getValue() == bundle.crc()
        && ready(runtime.resolve(folder));
    readByLibrary = null;
    checkedRead = null;
    if (!same) return;
    Path link = runtime.resolve(bundle.folder());
    Path temporary = runtime.resolve(bundle.folder() + "." + UUID.randomUUID() + ".link");
    try {
      Files.createSymbolicLink(temporary, Path.of(folder));
      Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.fine("the unpacked PostgreSQL binaries stay unnamed by their bundle: " + e);
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // nothing was made
      }
    }
  }

  private void remember(String system, String machine) {
    Path record = runtime.resolve(ASKED_FOR);
    String asked = system + "\n" + machine + "\n";
    try {
      if (Files.isRegularFile(record) && Files.readString(record, StandardCharsets.UTF_8).equals(asked)) return;
      Path temporary = runtime.resolve(ASKED_FOR + "." + UUID.randomUUID());
      Files.writeString(temporary, asked, StandardCharsets.UTF_8);
      Files.move(temporary, record, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.fine("the system the binaries are for is not recorded: " + e);
    }
  }

  /**
   * The folder of binaries kept for the bundle this jar holds, for the system and machine the library last asked
   * for; empty until a server has started from them through the library, or once the folder changed.
   */
  Optional<Path> keptFolder() {
    try {
      List<String> asked = Files.readAllLines(runtime.resolve(ASKED_FOR), StandardCharsets.UTF_8);
      if (asked.size() != 2) return Optional.empty();
      return bundle(asked.get(0), asked.get(1)).map(kept -> runtime.resolve(kept.folder()))
          .filter(folder -> Files.isSymbolicLink(folder) && ready(folder));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The bundle the library's resolver picks on most systems, as the jar holding it lists it. */
  static Optional<Bundle> bundle(String system, String machine) {
    String name = normalise("postgres-" + system + "-" + machine + ".txz");
    try {
      URL url = DefaultPostgresBinaryResolver.class.getClassLoader().getResource(name);
      if (url == null || !"jar".equals(url.getProtocol())) return Optional.empty();
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      JarEntry entry = connection.getJarEntry();
      if (entry == null || entry.getSize() < 0 || entry.getCrc() < 0) return Optional.empty();
      return Optional.of(new Bundle(name, entry.getSize(), entry.getCrc()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** As the library lowers and joins the names it looks up. */
  private static String normalise(String name) {
    return name.replace(' ', '_').toLowerCase(Locale.ROOT);
  }

  /** The folder name the library gives to what it read: "PG-" and the MD5 of it in lower-case hex. */
  static String folderName(byte[] md5) {
    return "PG-" + HexFormat.of().formatHex(md5);
  }

  /**
   * Whether the library would take {@code folder} as unpacked: its marker is there, no newer than
   * the folder by more than a tenth of a second, and no entry beside it is newer than the marker.
   */
  static boolean ready(Path folder) {
    Path marker = folder.resolve(READY_MARKER);
    try {
      if (!Files.isRegularFile(marker)) return false;
      long markerAt = Files.getLastModifiedTime(marker).toMillis();
      if (Files.getLastModifiedTime(folder).toMillis() - 100 > markerAt) return false;
      try (Stream<Path> entries = Files.list(folder)) {
        return entries.filter(entry -> !entry.getFileName().toString().equals(READY_MARKER))
            .allMatch(entry -> lastModified(entry) <= markerAt);
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static long lastModified(Path entry) {
    try {
      return Files.getLastModifiedTime(entry).toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
