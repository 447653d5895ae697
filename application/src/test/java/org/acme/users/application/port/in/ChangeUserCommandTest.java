package org.acme.users.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import java.util.UUID;
import org.acme.users.domain.model.FieldViolation;
import org.acme.users.domain.model.InvalidUserDataException;
import org.acme.users.domain.model.UserId;
import org.junit.jupiter.api.Test;

class ChangeUserCommandTest {

    private static final UserId ADA_ID = new UserId(UUID.fromString("01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b"));

    @Test
    void holdsTheIdTheExpectedVersionAndTheTypedDetailsNormalised() {
        ChangeUserCommand command =
                ChangeUserCommand.of(ADA_ID, "Grace@Example.com\t", " Grace Hopper", OptionalLong.of(4));

        assertThat(command.id()).isEqualTo(ADA_ID);
        assertThat(command.expectedVersion()).hasValue(4);
        assertThat(command.details().email().value()).isEqualTo("grace@example.com");
        assertThat(command.details().name().value()).isEqualTo("Grace Hopper");
    }

    @Test
    void cannotBeMadeFromInvalidDetailsAndNamesEveryFailingField() {
        assertThatThrownBy(() -> ChangeUserCommand.of(ADA_ID, "", "\u0000", OptionalLong.empty()))
                .isInstanceOfSatisfying(InvalidUserDataException.class, thrown -> assertThat(thrown.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("email", "name"));
    }
}
