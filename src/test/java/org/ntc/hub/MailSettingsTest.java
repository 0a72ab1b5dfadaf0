package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The mail settings: a bad one stops start-up with one line naming it, and never repeats a password. */
class MailSettingsTest {

  @Test
  @DisplayName("a bad NTC_SMTP_URL, NTC_MAIL_FROM, NTC_PUBLIC_URL or mail timing stops start-up with one line naming the setting")
  void badSettings() {
    for (String url : new String[] {"mail.example.org", "http://mail.example.org", "smtp://", "smtp:///nohost", "smtp://exa mple:25",
        "imap://user:pw@mail.example.org"}) {
      assertBad(Map.of("NTC_SMTP_URL", url), "NTC_SMTP_URL");
    }
    for (String from : new String[] {"no-reply", "NTC Hub", "NTC Hub <no-reply>", "a@b\r\nBcc: x@y", "<a@b> <c@d>"}) {
      assertBad(Map.of("NTC_MAIL_FROM", from), "NTC_MAIL_FROM");
    }
    assertBad(Map.of("NTC_PUBLIC_URL", "hub.example.org"), "NTC_PUBLIC_URL");
    assertBad(Map.of("NTC_MAIL_RETRY_MILLIS", "0"), "NTC_MAIL_RETRY_MILLIS");
    assertBad(Map.of("NTC_MAIL_TIMEOUT_MILLIS", "soon"), "NTC_MAIL_TIMEOUT_MILLIS");
    assertBad(Map.of("NTC_SCHEDULE_MILLIS", "-5"), "NTC_SCHEDULE_MILLIS");
  }

  @Test
  @DisplayName("the reason for a bad NTC_SMTP_URL never repeats its password")
  void noPasswordInReason() {
    assertThatThrownBy(() -> AppConfig.fromSettings(Map.of("NTC_SMTP_URL", "http://hub:Secret-Word-9@mail.example.org")))
        .hasMessageStartingWith("NTC_SMTP_URL:").message().doesNotContain("Secret-Word-9");
  }

  @Test
  @DisplayName("good mail settings are read: smtp with user and password (percent-encoded), smtps on 465, the sender, the timings")
  void goodSettings() {
    AppConfig config = AppConfig.fromSettings(Map.of("NTC_SMTP_URL", "smtp://hub%40ntc.example:p%40ss@mail.example.org:587",
        "NTC_MAIL_FROM", "NTC Hub <no-reply@ntc.example>", "NTC_MAIL_RETRY_MILLIS", "5000", "NTC_MAIL_TIMEOUT_MILLIS", "20000"));
    var smtp = config.smtp().orElseThrow();
    assertThat(smtp.host()).isEqualTo("mail.example.org");
    assertThat(smtp.port()).isEqualTo(587);
    assertThat(smtp.tls()).isFalse();
    assertThat(smtp.username()).contains("hub@ntc.example");
    assertThat(smtp.password()).contains("p@ss");
    assertThat(smtp.toString()).as("what the logs and /admin/mail show").isEqualTo("smtp://mail.example.org:587");
    assertThat(config.mailFrom()).isEqualTo("NTC Hub <no-reply@ntc.example>");
    assertThat(config.mailRetryMillis()).isEqualTo(5000);
    assertThat(config.mailTimeoutMillis()).isEqualTo(20000);
    var tls = AppConfig.fromSettings(Map.of("NTC_SMTP_URL", "smtps://mail.example.org")).smtp().orElseThrow();
    assertThat(tls.tls()).isTrue();
    assertThat(tls.port()).isEqualTo(465);
    AppConfig none = AppConfig.fromSettings(Map.of());
    assertThat(none.smtp()).as("no server: mail is kept in the outbox").isEmpty();
    assertThat(none.mailFrom()).isEqualTo("NTC Hub <no-reply@localhost>");
    assertThat(none.mailTimeoutMillis()).isEqualTo(60_000);
  }

  private static void assertBad(Map<String, String> settings, String name) {
    assertThatThrownBy(() -> AppConfig.fromSettings(settings)).as(settings.toString())
        .isInstanceOf(AppConfig.BadSetting.class)
        .hasMessageStartingWith(name + ":")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"));
  }
}
