package org.acme.users.adapter.persistence.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SqlSettingsTest {

    @Test
    void showsNeitherThePasswordNorTheUrlParametersWhenPrinted() {
        SqlSettings settings = SqlSettings.of("jdbc:postgresql://db:5432/users?password=s3cret", "app", "s3cret");

        assertThat(settings.toString()).contains("jdbc:postgresql://db:5432/users", "app").doesNotContain("s3cret");
        assertThat(SqlSettings.of("jdbc:h2:file:./data/users;PASSWORD=s3cret", "sa", "").jdbcUrlWithoutParameters())
                .isEqualTo("jdbc:h2:file:./data/users");
    }

    @Test
    void treatsAMissingUserOrPasswordAsEmpty() {
        SqlSettings settings = SqlSettings.of("jdbc:sqlite:users.db", null, null);

        assertThat(settings.user()).isEmpty();
        assertThat(settings.password()).isEmpty();
    }

    @Test
    void rejectsAPoolOfLessThanOneConnection() {
        SqlSettings settings = SqlSettings.of("jdbc:h2:mem:users", "sa", "");

        assertThatThrownBy(() -> settings.withMaxPoolSize(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAConnectionTimeoutTooShortForThePoolToCheckAConnection() {
        SqlSettings settings = SqlSettings.of("jdbc:h2:mem:users", "sa", "");

        assertThatThrownBy(() -> settings.withConnectionTimeout(Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
