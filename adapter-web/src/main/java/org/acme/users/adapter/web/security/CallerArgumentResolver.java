package org.acme.users.adapter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.acme.users.application.port.in.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands a controller method its {@link Caller}: the one the token filter established, or {@link Caller#anyone()}
 * when no identity is checked. Under {@code AUTH=jwt} a request without one never reaches a controller; if it did,
 * that would be a wiring fault, and it fails instead of passing for anyone.
 */
public final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    private final boolean tokensRequired;

    public CallerArgumentResolver(WebSecurity security) {
        this.tokensRequired = security.requiresTokens();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        if (!tokensRequired) {
            return Caller.anyone();
        }
        return CallerAttribute.of(request.getNativeRequest(HttpServletRequest.class)).orElseThrow(() ->
                new IllegalStateException("no caller was established for this request: is the token filter missing?"));
    }
}
