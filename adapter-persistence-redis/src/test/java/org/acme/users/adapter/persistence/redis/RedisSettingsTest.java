package org.acme.users.adapter.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;

class RedisSettingsTest {

    @Test
    void startsFromTimeoutsOfAFewSecondsAndTheDefaultPort() {
        RedisSettings settings = RedisSettings.of("redis://cache.example.org");

        assertThat(settings.address()).isEqualTo(new HostAndPort("cache.example.org", 6379));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.deadline()).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.keyPrefix()).isEqualTo("users:");
        assertThat(settings.waitReplicas()).isZero();
    }

    @Test
    void readsUserPasswordDatabaseAndTlsFromTheUrl() {
        RedisSettings settings = RedisSettings.of("rediss://app:s3cret@cache.example.org:6380/2");

        assertThat(settings.address()).isEqualTo(new HostAndPort("cache.example.org", 6380));
        assertThat(settings.clientConfig().getDatabase()).isEqualTo(2);
        assertThat(settings.clientConfig().getUser()).isEqualTo("app");
        assertThat(settings.clientConfig().getPassword()).isEqualTo("s3cret");
        assertThat(settings.clientConfig().getSslOptions()).isNotNull();
        assertThat(settings.clientConfig().getSocketTimeoutMillis()).isEqualTo(2000);
    }

    @Test
    void keepsThePasswordOutOfItsTextSoItCanBeLogged() {
        assertThat(RedisSettings.of("redis://app:s3cret@cache.example.org:6379").toString())
                .doesNotContain("s3cret").contains("cache.example.org:6379");
    }

    @Test
    void refusesWhatIsNoRedisUrlAPrefixWithBracesAndNegativeReplicas() {
        assertThatThrownBy(() -> RedisSettings.of("http://cache.example.org:6379"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a valid Redis URL");
        assertThatThrownBy(() -> RedisSettings.of("redis://x:6379").withKeyPrefix("{users}:"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no braces");
        assertThatThrownBy(() -> RedisSettings.of("redis://x:6379").withWaitReplicas(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replicas");
        assertThatThrownBy(() -> RedisSettings.of("redis://x:6379").withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }
}
