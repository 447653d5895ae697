package org.acme.users.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code LOG_FORMAT} is read like every other setting: text by default, json on request, anything else refused. */
class LogFormatSettingTest {

    @TempDir
    Path workingDirectory;

    @Test
    void writesTextUnlessToldOtherwise() {
        assertThat(SettingSources.read(new String[0], Map.of(), workingDirectory).logFormat()).isEqualTo(LogFormat.TEXT);
    }

    @Test
    void takesJsonFromTheEnvironmentOrTheCommandLineInAnyCase() {
        assertThat(SettingSources.read(new String[0], Map.of("LOG_FORMAT", "json"), workingDirectory).logFormat())
                .isEqualTo(LogFormat.JSON);
        assertThat(SettingSources.read(new String[] {"--log.format=JSON"}, Map.of("LOG_FORMAT", "text"), workingDirectory)
                .logFormat()).isEqualTo(LogFormat.JSON);
    }

    @Test
    void refusesAnyOtherFormatNamingTheSetting() {
        assertThatThrownBy(() -> SettingSources.read(new String[] {"--log.format=xml"}, Map.of(), workingDirectory))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("LOG_FORMAT: must be text or json, not 'xml'");
    }
}
