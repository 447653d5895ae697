package org.acme.users.adapter.web.contract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request whose target goes on the wire exactly as written, as {@code curl --path-as-is} sends it: Java's HTTP
 * client refuses a target that is not a valid URI (a broken %-escape), which is what these requests are about.
 */
final class AsIsRequest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String END_OF_HEAD = "\r\n\r\n";

    private AsIsRequest() {
    }

    /** Headers are name, value, name, value... */
    static ApiResponse send(URI baseUri, String method, String target, String... headers) {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n")
                .append("Host: ").append(baseUri.getHost()).append("\r\nConnection: close\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(baseUri.getHost(), baseUri.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiResponse parse(byte[] bytes) {
        String response = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = response.indexOf(END_OF_HEAD);
        if (headEnd < 0) {
            throw new IllegalStateException("not an HTTP answer: " + response);
        }
        String[] lines = response.substring(0, headEnd).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        HttpHeaders httpHeaders = HttpHeaders.of(headers, (name, value) -> true);
        byte[] body = response.substring(headEnd + END_OF_HEAD.length()).getBytes(StandardCharsets.ISO_8859_1);
        boolean chunked = httpHeaders.firstValue("Transfer-Encoding")
                .map(coding -> coding.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false);
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        return new ApiResponse(status, httpHeaders, new String(chunked ? unchunked(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(chunked);
        try {
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                body.write(in.readNBytes(size));
                in.readNBytes(2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.toByteArray();
    }

    private static int chunkSize(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        String size = line.toString().split(";")[0].strip();
        return size.isEmpty() ? 0 : Integer.parseInt(size, 16);
    }
}
