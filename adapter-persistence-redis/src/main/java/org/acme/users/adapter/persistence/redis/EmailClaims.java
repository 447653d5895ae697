package org.acme.users.adapter.persistence.redis;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes addresses unique across hash slots: a user claims an address (in the address's slot) before the write
 * that gives it the address (in the user's slot) commits. A claim stands while its owner holds the address or
 * might still commit it; one whose owner never took the address, or gave it up without releasing the claim
 * (the process died between the two steps), is taken over once it is older than the lease allows.
 */
final class EmailClaims {

    private static final Logger LOG = LoggerFactory.getLogger(EmailClaims.class);
    /** Enough to take over an abandoned claim, and again if another taker renewed it in between. */
    private static final int ATTEMPTS = 3;

    /** A claim this process made: its token, the server's time of it, and whether it was new. */
    record Claim(EmailAddress email, String token, long claimedAtMillis, boolean fresh) {
    }

    private final RedisCalls calls;
    private final KeyLayout layout;
    private final ClaimTimes times;

    EmailClaims(RedisCalls calls, KeyLayout layout, ClaimTimes times) {
        this.calls = calls;
        this.layout = layout;
        this.times = times;
    }

    /**
     * Claims {@code email} for {@code owner}.
     *
     * @throws EmailAlreadyUsedException when another user holds it or may still be committing it
     */
    Claim claim(EmailAddress email, UserId owner) {
        String key = layout.claimKey(email);
        String token = newToken();
        String abandonedToken = "";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<String> args = List.of(owner.toString(), token, abandonedToken,
                    Long.toString(times.takeoverAfter().toMillis()));
            List<String> reply = calls.write(key, "claim of an e-mail address", connection -> {
                List<String> answer = Replies.strings(
                        RedisCalls.evaluate(connection, UserScript.CLAIM_EMAIL, List.of(key), args));
                if (answer.get(0).equals("claimed")) {
                    calls.confirmReplicated(connection, "claim of an e-mail address");
                }
                return answer;
            });
            if (reply.get(0).equals("claimed")) {
                return new Claim(email, token, Long.parseLong(reply.get(1)), reply.get(2).equals("1"));
            }
            boolean abandoned = reply.get(3).equals("1");
            if (!abandoned || holds(reply.get(1), email)) {
                throw new EmailAlreadyUsedException(email);
            }
            // Abandoned as of the server's clock, so its owner can no longer commit it: safe to take over.
            abandonedToken = Objects.requireNonNull(reply.get(2), "a claim without a token");
        }
        throw new RepositoryUnavailableException(
                "the claim on an address changed hands " + ATTEMPTS + " times in a row; try again", null);
    }

    /** Gives a claim up, unless it was renewed or taken over since; one left behind is taken over later. */
    void release(EmailAddress email, String token) {
        if (token == null) {
            return;
        }
        String key = layout.claimKey(email);
        try {
            calls.write(key, "release of an e-mail claim", connection ->
                    RedisCalls.evaluate(connection, UserScript.RELEASE_EMAIL, List.of(key), List.of(token)));
        } catch (RepositoryUnavailableException e) {
            LOG.warn("An e-mail claim could not be released; it is taken over after {} s: {}",
                    times.takeoverAfter().toSeconds(), e.getMessage());
        }
    }

    /** Releases a claim made by this operation only, after its write failed; a renewed one belongs to another. */
    void releaseIfFresh(Claim claim) {
        if (claim.fresh()) {
            release(claim.email(), claim.token());
        }
    }

    /** Whether {@code owner}'s record has {@code email} now; read after the claim's lease ran out. */
    private boolean holds(String owner, EmailAddress email) {
        UserId id = UserId.parse(owner).orElseThrow(() ->
                new IllegalStateException("an e-mail claim names an owner that is no user id: " + owner));
        String key = layout.userKey(id);
        String held = calls.read(key, "check of an e-mail claim", connection ->
                connection.executeCommand(RedisCalls.COMMANDS.hget(key, "email")));
        return email.value().equals(held);
    }

    private static String newToken() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
    }
}
