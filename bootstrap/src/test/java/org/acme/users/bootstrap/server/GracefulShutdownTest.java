package org.acme.users.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.acme.users.bootstrap.fixture.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** While the service drains the requests in flight, it refuses new connections at once rather than queue them. */
class GracefulShutdownTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    @Timeout(60)
    void finishesTheRequestInFlightAndRefusesNewConnectionsMeanwhile() throws Exception {
        UsersService service = UsersService.start(
                TestSettings.of("sql", Map.of("DATABASE_URL", "jdbc:h2:mem:graceful-shutdown")), HeldEndpoint.class);
        URI held = service.baseUri().resolve(HeldEndpoint.PATH);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(held).timeout(WAIT).build(), BodyHandlers.ofString());
        assertThat(HeldEndpoint.entered.await(WAIT.toSeconds(), TimeUnit.SECONDS))
                .as("the request reached the endpoint").isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(service::close);
        Throwable newConnection = refusalWhileStopping(service.port(), stopping);
        HeldEndpoint.release.countDown();
        stopping.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(newConnection).as("a connection opened while the service drains")
                .isInstanceOf(ConnectException.class);
        HttpResponse<String> answer = inFlight.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("finished");
    }

    /** Connects until the listening socket is gone while the stop is still draining, and returns why it failed. */
    private static Throwable refusalWhileStopping(int port, CompletableFuture<Void> stopping)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Throwable failure = catchThrowable(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                }
            });
            if (failure != null || stopping.isDone()) {
                assertThat(stopping).as("still draining the held request").isNotDone();
                return failure;
            }
            Thread.sleep(20);
        }
        return new IOException("every connection was accepted for " + WAIT);
    }

    /** Answers only once the test lets it, so a request stays in flight while the service stops. */
    @RestController
    public static class HeldEndpoint {

        static final String PATH = "/test/held";
        static final CountDownLatch entered = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);

        @GetMapping(PATH)
        String hold() throws InterruptedException {
            entered.countDown();
            release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            return "finished";
        }
    }
}
