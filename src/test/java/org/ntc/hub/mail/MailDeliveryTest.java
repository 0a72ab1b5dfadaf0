package org.ntc.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
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

/**
 * Mail leaves over real SMTP, signed in with the user and password of {@code NTC_SMTP_URL}, to an
 * in-process server, and arrives as its recipient reads it.
 */
@ExtendWith(VertxExtension.class)
class MailDeliveryTest {
  private static final String PUBLIC = "https://hub.ntc.example";
  private static GreenMail smtp;
  private static TestApp app;

  @BeforeAll
  static void start() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withUser("hub@ntc.example", "hub-sender", "p@ss word"));
    smtp.start();
    app = TestApp.start(Map.of("NTC_SMTP_URL", "smtp://hub-sender:p%40ss%20word@127.0.0.1:" + smtp.getSmtp().getPort(),
        "NTC_PUBLIC_URL", PUBLIC, "NTC_MAIL_FROM", "NTC Hub <hub@ntc.example>", "NTC_MAIL_RETRY_MILLIS", "200"));
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
    Users.User founder = verified(http, users, "en");

    MimeMessage mail = arrived(founder.email(), 1);
    assertThat(mail.getFrom()[0].toString()).isEqualTo("NTC Hub <hub@ntc.example>");
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(founder.email());
    assertThat(mail.getHeader("Message-ID")[0]).matches("<[0-9a-f-]{36}@hub\\.ntc\\.example>");
    assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
    assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<" + PUBLIC + "/api/v1/unsubscribe?token=");
    assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    String text = part(mail, "text/plain");
    String html = part(mail, "text/html");
    assertThat(text).contains(PUBLIC + "/organisations/" + founder.organisationId());
    assertThat(html).contains("href=\"" + PUBLIC + "/organisations/" + founder.organisationId());
    assertThat(links(text)).as("every link in the text is absolute on the public address").allMatch(l -> l.startsWith(PUBLIC));
    assertThat(links(html)).as("every link in the HTML is absolute on the public address").allMatch(l -> l.startsWith(PUBLIC));

    JsonObject outbox = http.get("/api/v1/admin/mail?to=" + founder.email(), users.admin().token()).json();
    JsonObject listed = outbox.getJsonArray("items").getJsonObject(0);
    assertThat(listed.getString("status")).isEqualTo("sent");
    assertThat(mail.getHeader("Message-ID")[0]).isEqualTo("<" + listed.getString("id") + "@hub.ntc.example>");
    assertThat(listed.getString("text")).contains(PUBLIC + "/organisations/" + founder.organisationId());
    assertThat(listed.getString("subject")).isEqualTo(mail.getSubject());
  }

  @Test
  @DisplayName("each recipient's mail is in the language they chose: subject, text, HTML and Content-Language in fi, sv and en")
  void recipientsLanguage(Vertx vertx) throws Exception {
    Http http = new Http(vertx, app.port());
    Users users = new Users(http);
    Map<String, String> subjects = Map.of("fi", "Yhteyspiste on vahvistanut organisaation ", "sv", " är nu verifierad av kontaktpunkten.",
        "en", " is now verified by the contact point.");
    Map<String, String> footers = Map.of("fi", "/account/settings?lang=fi", "sv", "/account/settings?lang=sv", "en",
        "/account/settings?lang=en");
    for (String lang : new String[] {"fi", "sv", "en"}) {
      Users.User founder = verified(http, users, lang);
      MimeMessage mail = arrived(founder.email(), 1);
      assertThat(mail.getSubject()).as(lang).contains(subjects.get(lang));
      assertThat(mail.getHeader("Content-Language")[0]).isEqualTo(lang);
      assertThat(part(mail, "text/plain")).as(lang).contains(PUBLIC + footers.get(lang));
      assertThat(part(mail, "text/html")).as(lang).contains("lang=\"" + lang + "\"");
    }
  }

  @Test
  @DisplayName("transactional mail (nothing to unsubscribe from) carries no List-Unsubscribe headers, and keeps its own Message-ID")
  void transactionalMail(Vertx vertx) throws Exception {
    Http http = new Http(vertx, app.port());
    Users.User founder = verified(http, new Users(http), "en");
    arrived(founder.email(), 1);
    app.execute("INSERT INTO mail_outbox (account_id, to_address, lang, template, payload) SELECT account_id, to_address, lang, "
        + "template, payload FROM mail_outbox WHERE template = 'notification' AND to_address = '" + founder.email() + "'");
    MimeMessage again = Eventually.value("the transactional copy", Duration.ofSeconds(15), () -> received(founder.email()),
        all -> all.length == 2)[1];
    assertThat(again.getHeader("List-Unsubscribe")).isNull();
    assertThat(again.getHeader("List-Unsubscribe-Post")).isNull();
    assertThat(again.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
    assertThat(again.getHeader("Message-ID")[0]).isNotEqualTo(received(founder.email())[0].getHeader("Message-ID")[0]);
    assertThat(part(again, "text/plain")).doesNotContain("/unsubscribe");
  }

  @Test
  @DisplayName("a wrong password in NTC_SMTP_URL keeps the mail queued with the server's answer; it is never given up for it")
  void wrongPassword(Vertx vertx) {
    try (TestApp wrong = TestApp.start(Map.of("NTC_SMTP_URL", "smtp://hub-sender:wrong@127.0.0.1:" + smtp.getSmtp().getPort(),
        "NTC_MAIL_RETRY_MILLIS", "50"))) {
      wrong.execute(org.ntc.hub.support.OutboxRows.queue(1, "wrong-password"));
      Eventually.holds("four refused attempts", Duration.ofSeconds(20),
          () -> wrong.count("SELECT count(*) FROM mail_outbox WHERE attempts >= 4 AND last_error LIKE '%535%'") == 1);
      assertThat(wrong.count("SELECT count(*) FROM mail_outbox WHERE status = 'failed'")).isZero();
      assertThat(received("wrong-password-1@mail.test")).isEmpty();
    }
  }

  @Test
  @DisplayName("over smtps, a server whose certificate is not trusted (GreenMail's own) gets no mail: it waits, with the reason, never given up")
  void untrustedCertificate() {
    GreenMail tls = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
    tls.start();
    try (TestApp node = TestApp.start(Map.of("NTC_SMTP_URL", "smtps://127.0.0.1:" + tls.getSmtps().getPort(),
        "NTC_MAIL_RETRY_MILLIS", "50"))) {
      node.execute(org.ntc.hub.support.OutboxRows.queue(1, "untrusted"));
      Eventually.holds("two refused attempts", Duration.ofSeconds(20),
          () -> node.count("SELECT count(*) FROM mail_outbox WHERE attempts >= 2 AND status = 'queued' AND last_error IS NOT NULL") == 1);
      assertThat(tls.getReceivedMessages()).isEmpty();
    } finally {
      tls.stop();
    }
  }

  /** The admin of a new organisation, their address proven and their language chosen, told that it is verified. */
  private static Users.User verified(Http http, Users users, String lang) {
    Users.User founder = users.orgAdmin("care", false);
    app.execute("UPDATE account SET email_verified_at = now() WHERE id = '" + founder.id() + "'");
    assertThat(http.patch("/api/v1/me", founder.token(), new JsonObject().put("locale", lang)).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/organisations/" + founder.organisationId() + "/verify", users.admin().token(), null).status())
        .isEqualTo(200);
    return founder;
  }

  private static MimeMessage arrived(String to, int count) {
    return Eventually.value("the mail to " + to, Duration.ofSeconds(15), () -> received(to), all -> all.length >= count)[0];
  }

  private static MimeMessage[] received(String to) {
    // A new account's first mail proves its address; these tests are about what comes after.
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(to) && !proving(m)).toArray(MimeMessage[]::new);
  }

  private static boolean proving(MimeMessage mail) {
    try {
      return part(mail, "text/plain").contains("/verify-email?token=");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(MimeMessage mail, String type) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      var part = parts.getBodyPart(i);
      if (part.isMimeType(type)) return (String) part.getContent();
      if (part.getContent() instanceof Multipart inner) {
        for (int j = 0; j < inner.getCount(); j++) {
          if (inner.getBodyPart(j).isMimeType(type)) return (String) inner.getBodyPart(j).getContent();
        }
      }
    }
    throw new AssertionError("no " + type + " part");
  }

  private static java.util.List<String> links(String body) {
    java.util.regex.Pattern link = body.contains("<html") ? java.util.regex.Pattern.compile("href=\"([^\"]*)\"")
        : java.util.regex.Pattern.compile("(https?://\\S+)");
    java.util.List<String> found = link.matcher(body).results().map(m -> m.group(1)).toList();
    assertThat(found).isNotEmpty();
    return found;
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
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
