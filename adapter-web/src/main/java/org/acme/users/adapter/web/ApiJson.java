package org.acme.users.adapter.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/** The one JSON configuration of the HTTP API, shared by the message converter and the servlet filters. */
public final class ApiJson {

    private ApiJson() {
    }

    /**
     * Strict reading, because API.md answers 400 to anything but the documented shape: Jackson 3 accepts
     * unknown fields and coerces scalars (a number into a text field) unless told otherwise.
     */
    public static JsonMapper.Builder mapperBuilder() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Text fields still take numbers and booleans as text unless each shape is refused explicitly.
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // Field order is part of the contract: keep the declared order, not Jackson 3's alphabetical one.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    }
}
