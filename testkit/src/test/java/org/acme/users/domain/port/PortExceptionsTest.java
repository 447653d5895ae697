package org.acme.users.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.UserId;
import org.junit.jupiter.api.Test;

/** The port's exceptions carry what a caller needs to answer its client, and say it in their message. */
class PortExceptionsTest {

    private static final UserId ID = new UserId(UUID.fromString("01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b"));

    @Test
    void aVersionConflictNamesTheUserAndTheVersionThatWasExpected() {
        VersionConflictException conflict = new VersionConflictException(ID, 7);

        assertThat(conflict.id()).isEqualTo(ID);
        assertThat(conflict.expectedVersion()).isEqualTo(7);
        assertThat(conflict).hasMessageContaining(ID.toString()).hasMessageContaining("version 7");
    }

    @Test
    void aMissingUserIsNamedByItsId() {
        UserNotFoundException notFound = new UserNotFoundException(ID);

        assertThat(notFound.id()).isEqualTo(ID);
        assertThat(notFound).hasMessageContaining(ID.toString());
    }

    @Test
    void aDuplicateAddressIsNamedInItsNormalisedForm() {
        EmailAlreadyUsedException duplicate = new EmailAlreadyUsedException(EmailAddress.of(" Ada@Example.com"));

        assertThat(duplicate.email()).isEqualTo(EmailAddress.of("ada@example.com"));
        assertThat(duplicate).hasMessageContaining("ada@example.com");
    }

    @Test
    void aSecondRegistrationOfAnOwnerNamesTheOwnerButKeepsTheSubjectOutOfTheMessage() {
        Owner owner = new Owner("https://issuer.example.org", "subject-4711");

        OwnerAlreadyRegisteredException duplicate = new OwnerAlreadyRegisteredException(owner);

        assertThat(duplicate.owner()).isEqualTo(owner);
        assertThat(duplicate).hasMessageContaining("https://issuer.example.org").hasMessageNotContaining("4711");
    }
}
