package org.acme.users.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CheckHealthServiceTest {

    @Mock
    private DatabaseHealth databaseHealth;

    @Test
    void reportsWhatThePersistenceAdapterSaysAboutItsDatabase() {
        DatabaseStatus down = new DatabaseStatus("sql", "PostgreSQL 15.19", false);
        when(databaseHealth.check()).thenReturn(down);

        assertThat(new CheckHealthService(databaseHealth).check()).isEqualTo(down);
    }
}
