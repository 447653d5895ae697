package org.acme.users.adapter.web.docs;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's description for people and tools: the OpenAPI document at {@value OpenApiDocumentController#PATH}
 * and Swagger UI at {@value #DOCS_PATH}, whose page (our own {@code index.html}) loads that document.
 */
@Configuration(proxyBeanMethods = false)
@Import(OpenApiDocumentController.class)
public class ApiDocumentation implements WebMvcConfigurer {

    public static final String DOCS_PATH = "/docs";

    private static final String OWN_FILES = "classpath:/org/acme/users/adapter/web/docs/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Our page first, so that its index.html wins over the webjar's demo page of the same name.
        registry.addResourceHandler(DOCS_PATH + "/**")
                .addResourceLocations(OWN_FILES, SwaggerUiWebjar.resourceLocation());
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController(DOCS_PATH, DOCS_PATH + "/index.html");
        registry.addRedirectViewController(DOCS_PATH + "/", DOCS_PATH + "/index.html");
    }
}
