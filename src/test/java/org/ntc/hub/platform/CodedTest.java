package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Enum values travel as codes: lower case, words joined by hyphens, each read back as its value. */
class CodedTest {

  @Test
  @DisplayName("a value's code is its name in lower case with hyphens between the words")
  void codeOf() {
    assertThat(Coded.codeOf(Review.Decision.REQUEST_CHANGES)).isEqualTo("request-changes");
    assertThat(Review.Decision.APPROVE.code()).isEqualTo("approve");
    assertThat(Role.STAFF.code()).isEqualTo("staff");
    assertThat(OrganisationType.RESEARCH.code()).isEqualTo("research");
    assertThat(MemberRole.ADMIN.code()).isEqualTo("admin");
  }

  @Test
  @DisplayName("every code reads back as its own value, and no two values share one")
  void roundTrip() {
    for (Class<? extends Coded> type : List.of(Review.Decision.class, Role.class, OrganisationType.class, MemberRole.class)) {
      Coded[] values = type.getEnumConstants();
      assertThat(Arrays.stream(values).map(Coded::code)).as(type.getSimpleName()).doesNotHaveDuplicates();
      for (Coded value : values) assertThat(readBack(type, value.code())).as(value.code()).isSameAs(value);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Coded readBack(Class<? extends Coded> type, String code) {
    return (Coded) Coded.of((Class) type, code);
  }

  @Test
  @DisplayName("an unknown code is found as nothing, and read as a value it fails loudly")
  void unknownCode() {
    assertThat(Coded.find(Role.class, "citizen")).contains(Role.CITIZEN);
    assertThat(Coded.find(Role.class, "CITIZEN")).isEmpty();
    assertThat(Coded.find(Review.Decision.class, "request_changes")).isEmpty();
    assertThatThrownBy(() -> Coded.of(MemberRole.class, "boss")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MemberRole").hasMessageContaining("boss");
  }
}
