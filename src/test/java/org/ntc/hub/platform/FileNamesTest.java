package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FileNamesTest {
  @Test
  @DisplayName("the extension is the recognised type's, whatever the sender wrote")
  void extension() {
    assertThat(FileNames.forType("x.html", "application/pdf", "material")).isEqualTo("x.pdf");
    assertThat(FileNames.forType("evil.pdf.html", "application/pdf", "material")).isEqualTo("evil.pdf");
    assertThat(FileNames.forType("slides", "application/vnd.ms-powerpoint", "material")).isEqualTo("slides.ppt");
    assertThat(FileNames.forType("Photo.JPEG", "image/jpeg", "image")).isEqualTo("Photo.jpg");
    assertThat(FileNames.forType("kuva.svg", "image/webp", "image")).isEqualTo("kuva.webp");
    assertThat(FileNames.forType(null, "image/png", "image-1")).isEqualTo("image-1.png");
  }

  @Test
  @DisplayName("folders, control characters, quotes and header syntax are taken out of the name")
  void hostileNames() {
    assertThat(FileNames.forType("../../etc/passwd", "application/pdf", "m")).isEqualTo("passwd.pdf");
    assertThat(FileNames.forType("C:\\Users\\x\\raportti.pdf", "application/pdf", "m")).isEqualTo("raportti.pdf");
    assertThat(FileNames.forType("a\"b\r\nContent-Type: text;.pdf", "application/pdf", "m")).isEqualTo("a_b__Content-Type_ text.pdf");
    assertThat(FileNames.forType("\u0000\u0007x\u202Egpj.exe", "image/jpeg", "image")).isEqualTo("x_gpj.jpg");
    assertThat(FileNames.forType(".htaccess", "application/pdf", "material")).isEqualTo("material.pdf");
    assertThat(FileNames.forType("...", "application/pdf", "material")).isEqualTo("material.pdf");
    assertThat(FileNames.forType("a".repeat(500) + ".pdf", "application/pdf", "m")).hasSize(104);
  }

  @Test
  @DisplayName("the download header carries an ASCII name and the UTF-8 one, and nothing that breaks out of it")
  void attachment() {
    assertThat(FileNames.attachment("Läkemedel översikt.pdf"))
        .isEqualTo("attachment; filename=\"Lakemedel oversikt.pdf\"; filename*=UTF-8''L%C3%A4kemedel%20%C3%B6versikt.pdf");
    assertThat(FileNames.attachment("Ŋuolla – Čáhci.pdf")).startsWith("attachment; filename=\"_uolla _ Cahci.pdf\"; ");
  }
}
