package org.acme.users.adapter.web.security;

/**
 * The limits per client address; 0 switches a limit off.
 *
 * @param registrationsPerMinute {@code POST /api/users} requests a client address may send per minute
 * @param requestsPerSecond      requests of any kind a client address may send per second
 */
public record RateLimits(int registrationsPerMinute, int requestsPerSecond) {

    public static final RateLimits OFF = new RateLimits(0, 0);

    public RateLimits {
        if (registrationsPerMinute < 0 || requestsPerSecond < 0) {
            throw new IllegalArgumentException("a rate limit is 0 (off) or more");
        }
    }

    public boolean anyOn() {
        return registrationsPerMinute > 0 || requestsPerSecond > 0;
    }
}
