package org.acme.users.adapter.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Reads {@code Accept} as RFC 9110 says, with one widening: a client that takes {@code application/problem+json}
 * takes {@code application/json} too, at the same quality. Clients generated from the OpenAPI document accept the
 * types an operation's responses name, and for some operations, or in some generators, that is only the problem
 * type; a problem document is JSON, so such a client reads the API's JSON answers as well.
 */
final class ProblemJsonAcceptsJson implements ContentNegotiationStrategy {

    private final HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        List<MediaType> accepted = header.resolveMediaTypes(request);
        List<MediaType> widened = new ArrayList<>(accepted.size() + 1);
        for (MediaType type : accepted) {
            widened.add(type);
            if (type.equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON)) {
                widened.add(MediaType.APPLICATION_JSON.copyQualityValue(type));
            }
        }
        return widened;
    }
}
