package org.acme.users.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingSourcesTest {

    @TempDir
    Path workingDirectory;

    @Test
    void runsWithNothingConfiguredOnH2UnderDataOnTheLoopbackPort8080() {
        Settings settings = SettingSources.read(new String[0], Map.of(), workingDirectory);

        assertThat(settings.persistence()).isEqualTo(Persistence.SQL);
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:h2:file:./data/users");
        assertThat(settings.mongodbUri()).isEmpty();
        assertThat(settings.mongodbDatabase()).isEqualTo("users");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void letsTheDotEnvFileOverrideDefaultsTheEnvironmentOverrideItAndArgumentsOverrideBoth() throws IOException {
        Files.writeString(workingDirectory.resolve(".env"), """
                PERSISTENCE=mongo
                PORT=9001
                HOST=0.0.0.0
                MONGODB_DATABASE=from_file
                """);
        Map<String, String> environment = Map.of("PORT", "9002", "MONGODB_DATABASE", "from_environment");

        Settings settings = SettingSources.read(new String[] {"--port=9003"}, environment, workingDirectory);

        assertThat(settings.persistence()).isEqualTo(Persistence.MONGO);
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.mongodbDatabase()).isEqualTo("from_environment");
        assertThat(settings.port()).isEqualTo(9003);
    }

    @Test
    void spellsEveryNameOnTheCommandLineInLowerCaseWithDots() {
        Settings settings = SettingSources.read(new String[] {
            "--persistence=mongo", "--database.url=jdbc:postgresql://db:5432/users", "--database.user=app",
            "--database.password=s=cret", "--mongodb.uri=mongodb://db:27017", "--mongodb.database=people",
            "--port=0", "--host=::1"}, Map.of(), workingDirectory);

        assertThat(settings).isEqualTo(new Settings(Persistence.MONGO, "jdbc:postgresql://db:5432/users", "app",
                "s=cret", Optional.of("mongodb://db:27017"), "people", 0, "::1"));
    }

    @Test
    void ignoresVariablesThatAreNotSettingsOfTheService() {
        Settings settings = SettingSources.read(new String[0], Map.of("PATH", "/bin", "SERVER_PORT", "1"), workingDirectory);

        assertThat(settings.port()).isEqualTo(8080);
    }

    @Test
    void refusesAnUnknownPersistenceNamingTheSetting() {
        assertThatThrownBy(() -> SettingSources.read(new String[] {"--persistence=oracle"}, Map.of(), workingDirectory))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("PERSISTENCE: ")
                .hasMessageContaining("oracle");
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
    void refusesADatabaseUrlThatIsNoJdbcUrlNamingTheSetting() {
        assertThatThrownBy(() -> SettingSources.read(new String[0], Map.of("DATABASE_URL", "postgres://db/users"),
                workingDirectory))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("DATABASE_URL: ");
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
}
