package org.ntc.hub.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.MemberRole;

class NewMemberTest {
  @Test
  @DisplayName("a new member is an email, lower-cased, and a role: admin or member")
  void member() {
    NewMember member = NewMember.from(new JsonObject().put("email", "Anna.Rinne@Lakeus.example").put("role", "admin"));
    assertThat(member.email()).isEqualTo("anna.rinne@lakeus.example");
    assertThat(member.role()).isEqualTo(MemberRole.ADMIN);
    assertThat(NewMember.from(new JsonObject().put("email", "a@b.fi").put("role", "member")).role()).isEqualTo(MemberRole.MEMBER);
  }

  @Test
  @DisplayName("another role, a missing email and an unknown field are refused together")
  void refused() {
    assertThatThrownBy(() -> NewMember.from(new JsonObject().put("role", "boss").put("name", "Anna")))
        .isInstanceOfSatisfying(Invalid.class, invalid -> {
          assertThat(invalid.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("email", "role", "name");
          assertThat(invalid.errors()).filteredOn(e -> e.field().equals("role")).extracting(FieldError::message)
              .containsExactly("must be one of admin, member");
        });
  }
}
