package org.ntc.hub.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Database;
import org.ntc.hub.support.TestDatabase;

class ActivityGeneratorTest {
  @Test
  @DisplayName("generate with activity fills every table of a year's activity, in the past year, and can run twice")
  void aYearOfActivity() {
    URI url = TestDatabase.freshDatabase();
    try (Database database = Database.external(url)) {
      database.migrate();
      DataGenerator.Counts counts = new DataGenerator(database, 7).generate(5, 40, 2, true);
      assertThat(counts.activity()).containsKeys("trainings", "enrolments", "needs", "answers", "pilots", "adoptions",
          "library entries", "contacts", "saves", "daily view counts");
      for (String table : List.of("training WHERE starts_at < now()", "enrolment WHERE attended_at IS NOT NULL",
          "challenge", "challenge_answer", "pilot", "pilot WHERE status = 'completed'", "adoption", "library_entry",
          "showcase_contact", "showcase_save", "showcase_view_day", "organisation WHERE type = 'care'")) {
        assertThat(TestDatabase.count(url, "SELECT count(*) FROM " + table)).as(table).isPositive();
      }
      assertThat(TestDatabase.count(url, "SELECT count(DISTINCT status) FROM adoption")).isEqualTo(4);
      assertThat(TestDatabase.count(url, "SELECT count(*) FROM adoption WHERE left(region, 2) <> lower((SELECT country FROM "
          + "organisation o WHERE o.id = adoption.organisation_id))")).as("regions in the organisation's country").isZero();
      assertThat(TestDatabase.count(url, "SELECT count(*) FROM showcase_view_day WHERE day > current_date "
          + "OR day < current_date - 366")).isZero();
      assertThat(TestDatabase.count(url, "SELECT count(*) FROM challenge WHERE published_at < now() - interval '366 days'"))
          .isZero();
      long enrolments = TestDatabase.count(url, "SELECT count(*) FROM enrolment");
      new DataGenerator(database, 7).generate(5, 0, 0, true);
      assertThat(TestDatabase.count(url, "SELECT count(*) FROM enrolment")).as("nothing twice").isEqualTo(enrolments);
    }
  }
}
