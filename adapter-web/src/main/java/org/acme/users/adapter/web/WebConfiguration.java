package org.acme.users.adapter.web;

import java.util.List;
import org.acme.users.adapter.web.docs.ApiDocumentation;
import org.acme.users.adapter.web.health.HealthController;
import org.acme.users.adapter.web.problem.ProblemDetailsAdvice;
import org.acme.users.adapter.web.security.CallerArgumentResolver;
import org.acme.users.adapter.web.security.WebSecurity;
import org.acme.users.adapter.web.user.UserController;
import org.acme.users.adapter.web.user.UserWebMapper;
import org.mapstruct.factory.Mappers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Spring MVC side of the HTTP API. Needs the application's inbound ports and a {@link WebSecurity} as beans; the
 * servlet filters are not beans but added to the servlet context with {@link WebFilters}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebMvc
@Import({UserController.class, HealthController.class, ProblemDetailsAdvice.class, ApiDocumentation.class})
public class WebConfiguration implements WebMvcConfigurer {

    private final WebSecurity security;

    public WebConfiguration(WebSecurity security) {
        this.security = security;
    }

    @Bean
    UserWebMapper userWebMapper() {
        return Mappers.getMapper(UserWebMapper.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver(security));
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
        negotiation.strategies(List.of(new ProblemJsonAcceptsJson()));
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        // The builder constructor, not the mapper one: only it adds Spring's ProblemDetail mix-in.
        converters.withJsonConverter(new JacksonJsonHttpMessageConverter(ApiJson.mapperBuilder()));
    }
}
