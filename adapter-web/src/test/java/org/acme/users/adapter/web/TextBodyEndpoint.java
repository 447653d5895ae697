package org.acme.users.adapter.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint that reads its body as text through the request's reader, in the charset that Content-Type
 * names, as any endpoint taking a {@link Reader} does; the API's own endpoints read JSON bytes.
 */
@RestController
public class TextBodyEndpoint {

    public static final String PATH = "/test/text-body";

    @PostMapping(path = PATH, produces = "text/plain;charset=UTF-8")
    String echo(Reader body) throws IOException {
        StringWriter text = new StringWriter();
        body.transferTo(text);
        return text.toString();
    }
}
