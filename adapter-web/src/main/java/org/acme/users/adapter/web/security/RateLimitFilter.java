package org.acme.users.adapter.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.acme.users.adapter.web.problem.ProblemResponses;
import org.acme.users.adapter.web.problem.ProblemType;
import org.springframework.http.HttpHeaders;

/**
 * The rate limits per client address: a token bucket per address and limit, as full as the limit and refilled
 * evenly over its period (10 a minute is one every 6 seconds, with a burst of 10). Every request counts, whatever
 * its answer; a registration is any {@code POST /api/users}. Over a limit is a 429 with the seconds until the bucket
 * holds a token again.
 */
final class RateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String REGISTRATIONS_PATH = "/api/users";

    private final transient Optional<AddressBuckets> requests;
    private final transient Optional<AddressBuckets> registrations;
    private final transient ClientAddresses clientAddresses;

    RateLimitFilter(RateLimits limits, ClientAddresses clientAddresses) {
        this.requests = AddressBuckets.of(limits.requestsPerSecond(), Duration.ofSeconds(1));
        this.registrations = AddressBuckets.of(limits.registrationsPerMinute(), Duration.ofMinutes(1));
        this.clientAddresses = clientAddresses;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = clientAddresses.of(request);
        if (requests.isPresent() && refused(requests.get(), client, request, response, "requests")) {
            return;
        }
        if (registrations.isPresent() && isRegistration(request)
                && refused(registrations.get(), client, request, response, "registrations")) {
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isRegistration(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && REGISTRATIONS_PATH.equals(request.getServletPath())
                && request.getPathInfo() == null;
    }

    private static boolean refused(AddressBuckets buckets, String client, HttpServletRequest request,
            HttpServletResponse response, String what) throws IOException {
        ConsumptionProbe probe = buckets.of(client).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return false;
        }
        // Rounded up: a client that waits the seconds it is told finds a token.
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemResponses.write(request, response, ProblemType.TOO_MANY_REQUESTS,
                "Too many " + what + " from this address; try again in " + seconds + " s.");
        return true;
    }

    /**
     * One bucket per client address, forgotten once idle for a whole period (by then it would be full again, so
     * forgetting it changes nothing) and at most {@value #MAX_ADDRESSES} of them, so that a flood of addresses
     * cannot fill the memory.
     */
    private static final class AddressBuckets {

        private static final int MAX_ADDRESSES = 100_000;

        private final Cache<String, Bucket> byAddress;
        private final Bandwidth limit;

        private AddressBuckets(int perPeriod, Duration period) {
            this.limit = Bandwidth.builder().capacity(perPeriod).refillGreedy(perPeriod, period).build();
            this.byAddress = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(MAX_ADDRESSES).build();
        }

        static Optional<AddressBuckets> of(int perPeriod, Duration period) {
            return perPeriod == 0 ? Optional.empty() : Optional.of(new AddressBuckets(perPeriod, period));
        }

        Bucket of(String address) {
            return byAddress.get(address, any -> Bucket.builder().addLimit(limit).build());
        }
    }
}
