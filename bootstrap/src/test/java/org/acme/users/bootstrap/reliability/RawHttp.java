package org.acme.users.bootstrap.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sends bytes that no HTTP client library would send (invalid header bytes, conflicting lengths, broken request
 * lines) over a plain socket, then half-closes it and reads the answer until the server closes the connection.
 */
final class RawHttp {

    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private RawHttp() {
    }

    static Reply exchange(URI server, byte[] request, Duration limit) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), (int) limit.toMillis());
            socket.setSoTimeout((int) limit.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            byte[] response = readUntilClosed(socket.getInputStream());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (response.length == 0) {
                return Reply.failed(new IOException("the server closed the connection without an answer"), took);
            }
            return parse(response, took);
        } catch (IOException e) {
            return Reply.failed(e, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static byte[] readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                all.write(buffer, 0, read);
            }
        } catch (IOException reset) {
            // A reset after a complete answer still leaves the answer to judge.
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toByteArray();
    }

    private static Reply parse(byte[] response, Duration took) throws IOException {
        int headEnd = indexOf(response, END_OF_HEAD);
        if (headEnd < 0) {
            throw new IOException("not an HTTP answer: " + new String(response, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(response, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + lines[0]);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = Arrays.copyOfRange(response, headEnd + END_OF_HEAD.length, response.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = unchunked(body);
        }
        return new Reply(Integer.parseInt(statusLine[1]), headers, new String(body, StandardCharsets.UTF_8), took,
                Optional.empty());
    }

    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int position = 0;
        while (position < chunked.length) {
            int lineEnd = indexOf(Arrays.copyOfRange(chunked, position, chunked.length), CRLF);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(chunked, position, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeText, 16);
            position += lineEnd + 2;
            if (size == 0) {
                break;
            }
            body.write(chunked, position, Math.min(size, chunked.length - position));
            position += size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        for (int i = 0; i <= data.length - pattern.length; i++) {
            int j = 0;
            while (j < pattern.length && data[i + j] == pattern[j]) {
                j++;
            }
            if (j == pattern.length) {
                return i;
            }
        }
        return -1;
    }
}
