package org.acme.users.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ProductionClassesOnlyTest {

    private final ProductionClassesOnly option = new ProductionClassesOnly();

    @Test
    void includesCompiledClassesAndJars() {
        assertThat(option.includes(location("file:/work/domain/target/classes/org/acme/users/domain/model/User.class")))
                .isTrue();
        assertThat(option.includes(location(
                "jar:file:/m2/users-domain-0.1.0-SNAPSHOT.jar!/org/acme/users/domain/model/User.class")))
                .isTrue();
    }

    @Test
    void leavesOutTestClassDirectories() {
        assertThat(option.includes(location("file:/work/adapter-web/target/test-classes/org/acme/users/X.class")))
                .isFalse();
    }

    @Test
    void leavesOutMavenTestJars() {
        assertThat(option.includes(location(
                "jar:file:/m2/users-adapter-web-0.1.0-SNAPSHOT-tests.jar!/org/acme/users/adapter/web/X.class")))
                .isFalse();
    }

    private static Location location(String uri) {
        return Location.of(URI.create(uri));
    }
}
