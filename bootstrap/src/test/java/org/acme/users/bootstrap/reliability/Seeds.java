package org.acme.users.bootstrap.reliability;

/**
 * The seeds of the generated loads and inputs: fixed by default, so every run sends the same requests, and
 * replaceable with {@code -Dreliability.seed=<n>} to explore, or to replay a failure whose message names its seed.
 */
public final class Seeds {

    public static final String PROPERTY = "reliability.seed";
    private static final long DEFAULT = 20_261_125L;

    private Seeds() {
    }

    public static long seed() {
        return Long.getLong(PROPERTY, DEFAULT);
    }
}
