package org.acme.users.adapter.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The check at start on servers of the test's own, each configured as a case needs. */
class DurabilityCheckTest {

    @Test
    void warnsLoudlyThatAServerWithoutAppendOnlyFileOrSnapshotsLosesEverythingOnARestart() {
        DurabilityCheck.Finding finding = checkServerStartedWith("--save", "", "--appendonly", "no");

        assertThat(finding.keeps()).contains("KEEPS NOTHING ON DISK");
        assertThat(finding.warning()).hasValueSatisfying(warning -> assertThat(warning)
                .contains("A restart loses every user", "appendonly yes", "appendfsync everysec"));
    }

    @Test
    void warnsThatSnapshotsAloneLoseTheWritesSinceTheLastOne() {
        DurabilityCheck.Finding finding = checkServerStartedWith("--save", "3600 1", "--appendonly", "no");

        assertThat(finding.keeps()).contains("snapshots only", "3600 1");
        assertThat(finding.warning()).hasValueSatisfying(warning -> assertThat(warning).contains("appendonly yes"));
    }

    @Test
    void acceptsAnAppendOnlyFileSyncedEverySecondWithoutWarning() {
        DurabilityCheck.Finding finding = checkServerStartedWith("--appendonly", "yes", "--appendfsync", "everysec");

        assertThat(finding.keeps()).contains("append-only file", "everysec");
        assertThat(finding.warning()).isEmpty();
    }

    @Test
    void warnsAboutAnEvictionPolicyThatCanDropClaims() {
        DurabilityCheck.Finding finding = checkServerStartedWith("--appendonly", "yes",
                "--maxmemory-policy", "allkeys-lru");

        assertThat(finding.warning()).hasValueSatisfying(warning -> assertThat(warning)
                .contains("allkeys-lru", "maxmemory-policy noeviction"));
    }

    @Test
    void fallsBackToInfoPersistenceWhereConfigGetIsRefused() {
        DurabilityCheck.Finding finding = checkServerStartedWith("--save", "", "--appendonly", "no",
                "--rename-command", "CONFIG", "");

        assertThat(finding.keeps()).contains("keeps no append-only file", "CONFIG GET was refused");
        assertThat(finding.warning()).isPresent();
    }

    @Test
    void saysItCouldNotTellWhereConfigGetAndInfoAreBothRefused() {
        DurabilityCheck.Finding finding = checkServerStartedWith("--rename-command", "CONFIG", "",
                "--rename-command", "INFO", "");

        assertThat(finding.keeps()).contains("could not tell");
        assertThat(finding.warning()).hasValueSatisfying(warning -> assertThat(warning).contains("appendonly yes"));
    }

    private static DurabilityCheck.Finding checkServerStartedWith(String... arguments) {
        RedisServerProcess server = LocalServers.start(arguments);
        try (RedisPersistence persistence = RedisPersistence.connect(RedisSettings.of(LocalServers.urlOf(server)))) {
            List<DurabilityCheck.Finding> findings = persistence.durability();
            assertThat(findings).hasSize(1);
            return findings.get(0);
        } finally {
            server.stopAndRemoveFiles();
        }
    }
}
