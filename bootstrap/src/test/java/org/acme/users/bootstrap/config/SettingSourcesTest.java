package org.acme.users.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingSourcesTest {

    @TempDir
    Path workingDirectory;

    @Test
    void runsWithNothingConfiguredOnTheSqlAdapterOnH2UnderDataOnTheLoopbackPort8080() {
        Settings settings = SettingSources.read(new String[0], Map.of(), workingDirectory);

        assertThat(settings.persistence().name()).isEqualTo("sql");
        assertThat(value(settings, "DATABASE_URL")).contains("jdbc:h2:file:./data/users");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void letsTheDotEnvFileOverrideDefaultsTheEnvironmentOverrideItAndArgumentsOverrideBoth() throws IOException {
        Files.writeString(workingDirectory.resolve(".env"), """
                PERSISTENCE=mongo
                PORT=9001
                HOST=0.0.0.0
                AUTH=none
                MONGODB_DATABASE=from_file
                """);
        Map<String, String> environment = Map.of("PORT", "9002", "MONGODB_DATABASE", "from_environment");

        Settings settings = SettingSources.read(new String[] {"--port=9003"}, environment, workingDirectory);

        assertThat(settings.persistence().name()).isEqualTo("mongo");
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(value(settings, "MONGODB_DATABASE")).contains("from_environment");
        assertThat(settings.port()).isEqualTo(9003);
    }

    @Test
    void spellsEveryNameOnTheCommandLineInLowerCaseWithDots() {
        Settings settings = SettingSources.read(new String[] {
            "--persistence=sql", "--database.url=jdbc:postgresql://db:5432/users", "--database.user=app",
            "--database.password=s=cret", "--mongodb.uri=mongodb://db:27017", "--port=0", "--host=::1"},
                Map.of(), workingDirectory);

        assertThat(value(settings, "DATABASE_URL")).contains("jdbc:postgresql://db:5432/users");
        assertThat(value(settings, "DATABASE_USER")).contains("app");
        assertThat(value(settings, "DATABASE_PASSWORD")).contains("s=cret");
        assertThat(settings.port()).isZero();
        assertThat(settings.host()).isEqualTo("::1");
    }

    @Test
    void passesTheChosenAdapterOnlyItsOwnSettings() {
        Settings settings = SettingSources.read(new String[] {"--persistence=mongo"},
                Map.of("DATABASE_URL", "postgres://x", "MONGODB_DATABASE", "people"), workingDirectory);

        assertThat(value(settings, "MONGODB_DATABASE")).contains("people");
        assertThat(value(settings, "DATABASE_URL")).isEmpty();
    }

    @Test
    void leavesTheValuesOfTheAdaptersSettingsOutOfItsDescription() {
        Settings settings = SettingSources.read(new String[0], Map.of(
                "DATABASE_URL", "jdbc:postgresql://db/users?password=url-secret", "DATABASE_PASSWORD", "secret"),
                workingDirectory);

        assertThat(settings.toString()).doesNotContain("secret").doesNotContain("db/users").contains("DATABASE_URL");
    }

    @Test
    void ignoresVariablesThatAreNotSettingsOfTheService() {
        Settings settings = SettingSources.read(new String[0], Map.of("PATH", "/bin", "SERVER_PORT", "1"), workingDirectory);

        assertThat(settings.port()).isEqualTo(8080);
    }

    @Test
    void refusesAnUnknownPersistenceNamingTheSettingAndTheAdaptersThereAre() {
        assertThatThrownBy(() -> SettingSources.read(new String[] {"--persistence=oracle"}, Map.of(), workingDirectory))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("PERSISTENCE: must be one of ")
                .hasMessageContaining("mongo")
                .hasMessageContaining("sql")
                .hasMessageEndingWith(", not 'oracle'");
    }

    @Test
    void refusesAPortThatIsNoPortNumberNamingTheSetting() {
        for (String port : new String[] {"http", "-1", "65536", ""}) {
            assertThatThrownBy(() -> SettingSources.read(new String[0], Map.of("PORT", port), workingDirectory))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageStartingWith("PORT: ");
        }
    }

    @Test
    void refusesAnArgumentThatIsNoSettingOrNotOfTheFormNameIsValue() {
        assertThatThrownBy(() -> SettingSources.read(new String[] {"--prot=8080"}, Map.of(), workingDirectory))
                .hasMessageStartingWith("--prot: ");
        assertThatThrownBy(() -> SettingSources.read(new String[] {"--port", "8080"}, Map.of(), workingDirectory))
                .hasMessageStartingWith("--port: ");
    }

    @Test
    void putsEveryProblemOnOneLine() {
        assertThatThrownBy(() -> SettingSources.read(new String[] {"--persistence=a\nb"}, Map.of(), workingDirectory))
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
    }

    private static Optional<String> value(Settings settings, String name) {
        Setting setting = settings.persistence().settings().stream().filter(candidate -> candidate.name().equals(name))
                .findFirst().orElse(null);
        return setting == null ? Optional.empty() : settings.persistenceSettings().find(setting);
    }
}
