package org.acme.users.adapter.persistence.sql.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Takes apart and rebuilds server URLs of the form {@code jdbc:<driver>://<host>[:<port>]/<database>[?<parameters>]}. */
record JdbcUrls(String scheme, String host, int port, String database, String parameters) {

    private static final Pattern SERVER_URL =
            Pattern.compile("(jdbc:[a-z]+://)([^/:?]+)(?::(\\d+))?/([^?]*)(?:\\?(.*))?");

    static JdbcUrls parse(String url, int defaultPort) {
        Matcher matcher = SERVER_URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected jdbc:<driver>://<host>[:<port>]/<database>[?...], got " + url);
        }
        int port = matcher.group(3) == null ? defaultPort : Integer.parseInt(matcher.group(3));
        String parameters = matcher.group(5) == null ? "" : matcher.group(5);
        return new JdbcUrls(matcher.group(1), matcher.group(2), port, matcher.group(4), parameters);
    }

    JdbcUrls withDatabase(String otherDatabase) {
        return new JdbcUrls(scheme, host, port, otherDatabase, parameters);
    }

    JdbcUrls withAddress(String otherHost, int otherPort) {
        return new JdbcUrls(scheme, otherHost, otherPort, database, parameters);
    }

    JdbcUrls withParameter(String name, String value) {
        String parameter = name + "=" + value;
        return new JdbcUrls(scheme, host, port, database, parameters.isEmpty() ? parameter : parameters + "&" + parameter);
    }

    String url() {
        return scheme + host + ":" + port + "/" + database + (parameters.isEmpty() ? "" : "?" + parameters);
    }
}
