package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.RawHttp;
import org.ntc.hub.support.Users.User;

/** Uploads are refused before their body is read, and only a few are read at once. */
class UploadsTest extends ApiTest {
  static final String BOUNDARY = "----ntc-upload";
  static final long TWENTY_MB = 20L * 1024 * 1024;
  static final byte[] FILLER = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n\r\n%PDF-1.4\n"
      + "x".repeat(64 * 1024)).getBytes(StandardCharsets.US_ASCII);

  static String head(String path, String headers, long length) {
    return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers
        + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + length + "\r\n\r\n";
  }

  static Set<String> temporaryUploads() {
    String[] names = new File(System.getProperty("java.io.tmpdir"), "ntc-uploads").list();
    return names == null ? Set.of() : Set.of(names);
  }

  @Test
  @DisplayName("an anonymous 20 MB upload is answered 401 at once, long before its body is sent, and leaves no file behind")
  void anonymousRefusedBeforeReading() {
    RawHttp raw = new RawHttp(app.port());
    for (String path : List.of("/api/v1/materials", "/api/v1/showcases/" + java.util.UUID.randomUUID() + "/images")) {
      Set<String> before = temporaryUploads();
      RawHttp.Answer answer = raw.send(head(path, "", TWENTY_MB - 1024), FILLER, TWENTY_MB - 1024);
      assertThat(answer.status()).as(path).isEqualTo(401);
      assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(answer.header("Connection")).isEqualTo("close");
      assertThat(answer.bodyBytesSent()).as("answered while most of the body was still unsent").isLessThan(TWENTY_MB / 2);
      assertThat(answer.millis()).isLessThan(5_000);
      assertThat(temporaryUploads()).as("no temporary file").isSubsetOf(before);
    }
  }

  @Test
  @DisplayName("a signed-in caller who may not upload gets 403, and one announcing more than the limit 413, without the body being read")
  void refusedByRuleOrSize() {
    RawHttp raw = new RawHttp(app.port());
    User citizen = users.citizen("uploader");
    RawHttp.Answer forbidden = raw.send(head("/api/v1/materials", "Authorization: Bearer " + citizen.token() + "\r\n", TWENTY_MB),
        FILLER, TWENTY_MB);
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.bodyBytesSent()).isLessThan(TWENTY_MB / 2);

    User staff = users.staff("umea");
    RawHttp.Answer tooLarge = raw.send(head("/api/v1/materials", "Authorization: Bearer " + staff.token() + "\r\n", 30L * 1024 * 1024),
        new byte[0], 0);
    assertThat(tooLarge.status()).as("answered though no byte of the body was sent").isEqualTo(413);
    assertThat(tooLarge.header("Content-Type")).isEqualTo("application/problem+json");

    User owner = users.orgAdmin("company", true);
    RawHttp.Answer imageTooLarge = raw.send(head("/api/v1/showcases/" + java.util.UUID.randomUUID() + "/images",
        "Authorization: Bearer " + owner.token() + "\r\n", 6L * 1024 * 1024), new byte[0], 0);
    assertThat(imageTooLarge.status()).isEqualTo(413);
    assertThat(http.upload("/api/v1/showcases/" + java.util.UUID.randomUUID() + "/images", citizen.token(), "file", "a.png",
        "image/png", Buffer.buffer(new byte[] {1}), Map.of("alt", "x")).status()).as("not in any company").isEqualTo(403);
  }

  @Test
  @DisplayName("an upload riding on the sign-in cookie without the CSRF header is refused before its body is read")
  void cookieUploadNeedsCsrfHeader() {
    User staff = users.staff("seinajoki");
    RawHttp.Answer answer = new RawHttp(app.port()).send(head("/api/v1/materials", "Cookie: ntc_token=" + staff.token() + "\r\n",
        TWENTY_MB), FILLER, TWENTY_MB);
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.bodyBytesSent()).isLessThan(TWENTY_MB / 2);
  }

  @Test
  @DisplayName("at most four uploads are read at once: a fifth gets 503 with Retry-After, and a slot frees when an upload ends")
  void boundedInFlight() throws IOException {
    User staff = users.staff("seinajoki");
    List<Socket> slow = new ArrayList<>();
    try {
      // Four uploads that never finish; one the server answered (refused while a probe held a slot) is replaced.
      Http.Response busy = Eventually.value("a fifth upload refused while four are read", Duration.ofSeconds(30), () -> {
        keepReading(slow, staff);
        return smallUpload(staff);
      }, r -> r.status() == 503);
      assertThat(busy.header("Retry-After")).isNotBlank();
      assertThat(busy.header("Content-Type")).isEqualTo("application/problem+json");
    } finally {
      for (Socket socket : slow) socket.close();
    }
    Eventually.value("the slots are free again once the slow uploads are gone", Duration.ofSeconds(5), () -> smallUpload(staff),
        r -> r.status() == 201);
  }

  /** Tops {@code slow} up to as many unfinished uploads as are read at once, replacing any the server answered. */
  private void keepReading(List<Socket> slow, User staff) {
    try {
      for (Socket socket : List.copyOf(slow)) {
        if (answered(socket)) {
          socket.close();
          slow.remove(socket);
        }
      }
      while (slow.size() < Uploads.MAX_IN_FLIGHT) slow.add(slowUpload(staff));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Socket slowUpload(User staff) throws IOException {
    Socket socket = new Socket("127.0.0.1", app.port());
    OutputStream out = socket.getOutputStream();
    out.write(head("/api/v1/materials", "Authorization: Bearer " + staff.token() + "\r\n", TWENTY_MB)
        .getBytes(StandardCharsets.US_ASCII));
    out.write(FILLER);
    out.flush();
    return socket;
  }

  /** Whether the server has answered (or closed) this connection: a byte or the end arrives at once. */
  private static boolean answered(Socket socket) throws IOException {
    socket.setSoTimeout(1);
    try {
      socket.getInputStream().read();
      return true;
    } catch (java.net.SocketTimeoutException stillReading) {
      return false;
    }
  }

  private Http.Response smallUpload(User staff) {
    return http.upload("/api/v1/materials", staff.token(), "file", "small.pdf", "application/pdf",
        Buffer.buffer("%PDF-1.4\n%%EOF\n"), Map.of("title.en", "Small", "topic", "remote-monitoring", "language", "en"));
  }
}
