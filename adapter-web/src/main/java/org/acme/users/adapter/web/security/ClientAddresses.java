package org.acme.users.adapter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The client address of a request, which the rate limits count by: the connection's peer, or the last address in
 * {@code X-Forwarded-For} when the peer is one of the trusted proxies. Only the last one: it is the one the trusted
 * proxy wrote itself, whereas a client can put anything before it.
 */
public final class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    // Only IP literals are looked at, so that no header can make the service ask a DNS server anything: a dotted
    // quad, or text with a colon, which InetAddress takes for an IPv6 literal and never looks up.
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private static final int MAX_LITERAL_LENGTH = 45;

    private final Set<InetAddress> trustedProxies;

    private ClientAddresses(Set<InetAddress> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    /** No proxy is trusted: the peer is the client. */
    public static ClientAddresses peerOnly() {
        return new ClientAddresses(Set.of());
    }

    /** @throws IllegalArgumentException if one of the addresses is no IP address */
    public static ClientAddresses behindProxies(List<String> trustedProxies) {
        return new ClientAddresses(trustedProxies.stream()
                .map(text -> ipLiteral(text.strip()).orElseThrow(() ->
                        new IllegalArgumentException("'" + text + "' is not an IP address")))
                .collect(Collectors.toSet()));
    }

    /** The client address in canonical text, so that two spellings of one IPv6 address count as one client. */
    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        Optional<InetAddress> peerAddress = ipLiteral(peer);
        if (peerAddress.isEmpty() || !trustedProxies.contains(peerAddress.get())) {
            return peerAddress.map(InetAddress::getHostAddress).orElse(String.valueOf(peer));
        }
        return lastForwardedFor(request).flatMap(ClientAddresses::ipLiteral)
                .orElse(peerAddress.get())
                .getHostAddress();
    }

    private static Optional<String> lastForwardedFor(HttpServletRequest request) {
        List<String> headers = Collections.list(request.getHeaders(FORWARDED_FOR));
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        String last = headers.get(headers.size() - 1);
        return Optional.of(last.substring(last.lastIndexOf(',') + 1).strip());
    }

    private static Optional<InetAddress> ipLiteral(String text) {
        if (text == null || text.length() > MAX_LITERAL_LENGTH || !IP_LITERAL.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }
}
