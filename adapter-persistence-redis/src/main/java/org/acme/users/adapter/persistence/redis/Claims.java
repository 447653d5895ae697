package org.acme.users.adapter.persistence.redis;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes addresses and owners unique across hash slots: a user claims a value (in the value's slot) before the write
 * that gives it the value (in the user's slot) commits. A claim stands while its holder has the value or might still
 * commit it; one whose holder never took the value, or gave it up without releasing the claim (the process died
 * between the two steps), is taken over once it is older than the lease allows. Addresses and owners share the
 * scripts and the lease; only the key and the field of the record that says who has the value differ.
 */
final class Claims {

    private static final Logger LOG = LoggerFactory.getLogger(Claims.class);
    /** Enough to take over an abandoned claim, and again if another taker renewed it in between. */
    private static final int ATTEMPTS = 3;

    /** A claim this process made: its key, its token, the server's time of it, and whether it was new. */
    record Claim(String key, String token, long claimedAtMillis, boolean fresh) {
    }

    private final RedisCalls calls;
    private final KeyLayout layout;
    private final ClaimTimes times;

    Claims(RedisCalls calls, KeyLayout layout, ClaimTimes times) {
        this.calls = calls;
        this.layout = layout;
        this.times = times;
    }

    /**
     * Claims {@code email} for {@code holder}.
     *
     * @throws EmailAlreadyUsedException when another user holds it or may still be committing it
     */
    Claim claim(EmailAddress email, UserId holder) {
        return claim(layout.claimKey(email), holder, "an e-mail address",
                other -> email.value().equals(addressOf(other)), () -> new EmailAlreadyUsedException(email));
    }

    /**
     * Claims {@code owner} for {@code holder}.
     *
     * @throws OwnerAlreadyRegisteredException when another user belongs to it or may still be committing it
     */
    Claim claim(Owner owner, UserId holder) {
        return claim(layout.ownerClaimKey(owner), holder, "an owner", other -> ownerOf(other, owner),
                () -> new OwnerAlreadyRegisteredException(owner));
    }

    /** The user named by the claim at {@code key}, who holds, held or is taking its value; its record says which. */
    Optional<UserId> holderOf(String key) {
        String holder = calls.read(key, "query", connection ->
                connection.executeCommand(RedisCalls.COMMANDS.hget(key, "owner")));
        return Optional.ofNullable(holder).map(Claims::userIdOf);
    }

    /** Gives a claim up, unless it was renewed or taken over since; one left behind is taken over later. */
    void release(String key, String token) {
        if (token == null) {
            return;
        }
        try {
            calls.write(key, "release of a claim", connection ->
                    RedisCalls.evaluate(connection, UserScript.RELEASE_EMAIL, List.of(key), List.of(token)));
        } catch (RepositoryUnavailableException e) {
            LOG.warn("A claim could not be released; it is taken over after {} s: {}",
                    times.takeoverAfter().toSeconds(), e.getMessage());
        }
    }

    /** Releases a claim made by this operation only, after its write failed; a renewed one belongs to another. */
    void releaseIfFresh(Claim claim) {
        if (claim.fresh()) {
            release(claim.key(), claim.token());
        }
    }

    private Claim claim(String key, UserId holder, String what, Predicate<UserId> holds,
            Supplier<RuntimeException> taken) {
        String token = newToken();
        String abandonedToken = "";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<String> args = List.of(holder.toString(), token, abandonedToken,
                    Long.toString(times.takeoverAfter().toMillis()));
            List<String> reply = calls.write(key, "claim of " + what, connection -> {
                List<String> answer = Replies.strings(
                        RedisCalls.evaluate(connection, UserScript.CLAIM_EMAIL, List.of(key), args));
                if (answer.get(0).equals("claimed")) {
                    calls.confirmReplicated(connection, "claim of " + what);
                }
                return answer;
            });
            if (reply.get(0).equals("claimed")) {
                return new Claim(key, token, Long.parseLong(reply.get(1)), reply.get(2).equals("1"));
            }
            boolean abandoned = reply.get(3).equals("1");
            if (!abandoned || holds.test(userIdOf(reply.get(1)))) {
                throw taken.get();
            }
            // Abandoned as of the server's clock, so its holder can no longer commit it: safe to take over.
            abandonedToken = Objects.requireNonNull(reply.get(2), "a claim without a token");
        }
        throw new RepositoryUnavailableException(
                "the claim on " + what + " changed hands " + ATTEMPTS + " times in a row; try again", null);
    }

    /** Whether {@code holder}'s record belongs to {@code owner} now; read after the claim's lease ran out. */
    private boolean ownerOf(UserId holder, Owner owner) {
        String key = layout.userKey(holder);
        List<String> held = calls.read(key, "check of an owner claim", connection ->
                connection.executeCommand(RedisCalls.COMMANDS.hmget(key, "ownerIssuer", "ownerSubject")));
        return owner.issuer().equals(held.get(0)) && owner.subject().equals(held.get(1));
    }

    /** The address {@code holder}'s record has now; read after the claim's lease ran out. */
    private String addressOf(UserId holder) {
        String key = layout.userKey(holder);
        return calls.read(key, "check of an e-mail claim", connection ->
                connection.executeCommand(RedisCalls.COMMANDS.hget(key, "email")));
    }

    private static UserId userIdOf(String holder) {
        return UserId.parse(holder).orElseThrow(() ->
                new IllegalStateException("a claim names a holder that is no user id: " + holder));
    }

    private static String newToken() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
    }
}
