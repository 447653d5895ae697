package org.acme.users.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.users.domain.model.FieldViolation;
import org.acme.users.domain.model.InvalidUserDataException;
import org.junit.jupiter.api.Test;

class RegisterUserCommandTest {

    @Test
    void holdsTheTypedDetailsNormalised() {
        RegisterUserCommand command = RegisterUserCommand.of(" Ada@Example.com ", " Ada Lovelace ");

        assertThat(command.details().email().value()).isEqualTo("ada@example.com");
        assertThat(command.details().name().value()).isEqualTo("Ada Lovelace");
    }

    @Test
    void cannotBeMadeFromInvalidDetailsAndNamesEveryFailingField() {
        assertThatThrownBy(() -> RegisterUserCommand.of("no-at-sign", ""))
                .isInstanceOfSatisfying(InvalidUserDataException.class, thrown -> assertThat(thrown.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("email", "name"));
    }
}
