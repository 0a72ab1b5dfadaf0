package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.TestDatabase;

/** The generate command as an operator runs it before a benchmark. */
class GenerateCommandTest {

  @Test
  @DisplayName("generate keeps the search vocabulary before it writes, so the first start has nothing to derive again")
  void vocabularyKeptFirst() {
    URI db = TestDatabase.freshDatabase();
    AppConfig config = AppConfig.fromSettings(Map.of("NTC_DB_URL", db.toString()));
    assertThat(Commands.run(new String[] {"generate", "--showcases", "30", "--organisations", "3"}, config)).isZero();
    assertThat(TestDatabase.count(db, "SELECT count(*) FROM showcase_listing")).isEqualTo(30);
    // Only the vocabulary puts the thesaurus's words in the word list; a generated title need not hold them.
    assertThat(TestDatabase.count(db, "SELECT count(*) FROM search_word WHERE word IN ('turvaranneke', 'trygghetslarm')"))
        .isEqualTo(2);
  }
}
