package org.ntc.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users;

/** Mail leaves over real SMTP to an in-process server, and arrives as its recipient reads it. */
@ExtendWith(VertxExtension.class)
class MailDeliveryTest {
  private static GreenMail smtp;
  private static TestApp app;

  @BeforeAll
  static void start() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    app = TestApp.start(Map.of("NTC_SMTP_URL", "smtp://127.0.0.1:" + smtp.getSmtp().getPort(),
        "NTC_PUBLIC_URL", "https://hub.ntc.example", "NTC_MAIL_FROM", "NTC Hub <hub@ntc.example>"));
  }

  @AfterAll
  static void stop() {
    app.close();
    smtp.stop();
  }

  @Test
  @DisplayName("a notification mail arrives with both parts, its page's link on the public address, a stable Message-ID and one-click unsubscribe")
  void notificationMail(Vertx vertx) throws Exception {
    Http http = new Http(vertx, app.port());
    Users users = new Users(http);
    Users.User founder = users.orgAdmin("care", false);
    app.execute("UPDATE account SET email_verified_at = now() WHERE id = '" + founder.id() + "'");
    assertThat(http.post("/api/v1/organisations/" + founder.organisationId() + "/verify", users.admin().token(), null).status())
        .isEqualTo(200);

    MimeMessage mail = Eventually.value("the mail to " + founder.email(), Duration.ofSeconds(15),
        () -> java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(founder.email()) && !transactional(m))
            .findFirst().orElse(null),
        m -> m != null);
    assertThat(mail.getFrom()[0].toString()).contains("hub@ntc.example");
    assertThat(mail.getHeader("Message-ID")[0]).matches("<[0-9a-f-]{36}@hub\\.ntc\\.example>");
    assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<https://hub.ntc.example/api/v1/unsubscribe?token=");
    assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    Multipart parts = (Multipart) mail.getContent();
    String text = null;
    String html = null;
    for (int i = 0; i < parts.getCount(); i++) {
      var part = parts.getBodyPart(i);
      if (part.isMimeType("text/plain")) text = (String) part.getContent();
      if (part.isMimeType("text/html")) html = (String) part.getContent();
    }
    assertThat(text).contains("https://hub.ntc.example/organisations/" + founder.organisationId());
    assertThat(html).contains("href=\"https://hub.ntc.example/organisations/" + founder.organisationId());

    JsonObject outbox = http.get("/api/v1/admin/mail?to=" + founder.email(), users.admin().token()).json();
    JsonObject listed = outbox.getJsonArray("items").getJsonObject(0);
    assertThat(listed.getString("status")).isEqualTo("sent");
    assertThat(mail.getHeader("Message-ID")[0]).isEqualTo("<" + listed.getString("id") + "@hub.ntc.example>");
    assertThat(listed.getString("text")).contains("https://hub.ntc.example/organisations/" + founder.organisationId());
  }

  /** Mail that answers what the person did (the verification link at registration) carries no unsubscribe. */
  private static boolean transactional(MimeMessage message) {
    try {
      return message.getHeader("List-Unsubscribe") == null;
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String to(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
