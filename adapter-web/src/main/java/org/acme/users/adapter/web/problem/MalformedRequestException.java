package org.acme.users.adapter.web.problem;

/** A path variable, query parameter or header that cannot be read; answered with 400 and this message. */
public class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedRequestException(String clientMessage) {
        super(clientMessage);
    }
}
