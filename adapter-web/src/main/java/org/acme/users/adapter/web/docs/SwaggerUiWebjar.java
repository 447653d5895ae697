package org.acme.users.adapter.web.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the Swagger UI webjar keeps its files. The path names the webjar's version; it is read from the jar's
 * own Maven metadata so that the parent pom stays the one place where that version is chosen.
 */
final class SwaggerUiWebjar {

    private static final String METADATA = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private SwaggerUiWebjar() {
    }

    static String resourceLocation() {
        return "classpath:/META-INF/resources/webjars/swagger-ui/" + version() + "/";
    }

    private static String version() {
        Properties metadata = new Properties();
        try (InputStream in = SwaggerUiWebjar.class.getClassLoader().getResourceAsStream(METADATA)) {
            if (in == null) {
                throw new IllegalStateException("the Swagger UI webjar (org.webjars:swagger-ui) is not on the class path");
            }
            metadata.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + METADATA, e);
        }
        return metadata.getProperty("version");
    }
}
