package org.acme.users.adapter.web.docs;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the hand-written OpenAPI 3.1 description of the API: the contract, kept true by the service's tests. */
@RestController
class OpenApiDocumentController {

    static final String PATH = "/openapi.json";

    // This class's own loader: the default one would be the thread's, the web application's, which a stopped
    // Tomcat context disowns.
    private static final Resource DOCUMENT = new ClassPathResource("org/acme/users/adapter/web/api/openapi.json",
            OpenApiDocumentController.class.getClassLoader());

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Resource openApiDocument() {
        return DOCUMENT;
    }
}
