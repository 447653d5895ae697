package org.acme.users.benchmarks;

/** How an operation reaches the database: through the adapter's port, or as the raw driver call it comes down to. */
public enum Access {
    PORT,
    RAW
}
