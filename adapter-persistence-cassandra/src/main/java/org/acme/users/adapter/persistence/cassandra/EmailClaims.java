package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.EmailAlreadyUsedException;

/**
 * Address uniqueness without a unique index: one claim per address, taken and handed on only by lightweight
 * transactions. See {@link EmailClaim} for the rules; every conditional write here takes its turn per address in this
 * process and is settled by a serial read when its outcome is unknown.
 */
final class EmailClaims {

    private final EmailClaimDao dao;
    private final StoredUsers users;
    private final UnaryOperator<BoundStatementBuilder> serial;
    private final Clock clock;
    private final Duration takeover;
    private final PartitionQueue queue;

    EmailClaims(EmailClaimDao dao, StoredUsers users, UnaryOperator<BoundStatementBuilder> serial, Clock clock,
            Duration takeover, PartitionQueue queue) {
        this.dao = dao;
        this.users = users;
        this.serial = serial;
        this.clock = clock;
        this.takeover = takeover;
        this.queue = queue;
    }

    /**
     * Makes the address the user's, under a new token: free, already the user's, or abandoned by another user (its
     * user does not have the address, and the claim is older than the take-over time).
     *
     * @return the token of the claim, to be stored with the user
     * @throws EmailAlreadyUsedException when another user holds it, or may be about to
     */
    UUID claim(EmailAddress email, UserId user) {
        for (int attempt = 0; attempt < ConditionalWrite.ATTEMPTS; attempt++) {
            EmailClaim mine = new EmailClaim(email.value(), user.value(), newToken(), now());
            Optional<EmailClaim> holder = claimIfFree(mine);
            if (holder.isEmpty()) {
                return mine.claimToken();
            }
            EmailClaim held = holder.get();
            if (!held.userId().equals(user.value()) && isLive(held)) {
                throw new EmailAlreadyUsedException(email);
            }
            if (takeOver(mine, held)) {
                return mine.claimToken();
            }
            // The claim changed between reading and taking it over: look at it again.
        }
        throw new EmailAlreadyUsedException(email);
    }

    /** The user that holds the address, if any; the caller checks that the user still has it. */
    Optional<UUID> holderOf(EmailAddress email) {
        return dao.findByEmail(email.value()).map(EmailClaim::userId);
    }

    /**
     * Releases the claim if it still has this token. Nobody relies on a claim under another's token: an operation
     * makes it its own first, so a release never takes away a claim that a later operation holds.
     */
    void release(EmailAddress email, UUID token) {
        queue.inTurn(email.value(), () -> ConditionalWrite.settled(
                () -> dao.releaseIfHeldWith(email.value(), token),
                () -> dao.findByEmail(email.value(), serial).map(EmailClaim::claimToken).filter(token::equals)
                        .map(stillHeld -> Optional.<Boolean>empty())
                        .orElse(Optional.of(true))));
    }

    private boolean isLive(EmailClaim claim) {
        boolean userHasTheAddress = users.find(claim.userId()).map(StoredUser::email).filter(claim.email()::equals)
                .isPresent();
        return userHasTheAddress || Duration.between(claim.claimedAt(), now()).compareTo(takeover) < 0;
    }

    private Optional<EmailClaim> claimIfFree(EmailClaim mine) {
        return queue.inTurn(mine.email(), () -> ConditionalWrite.settled(
                () -> dao.claimIfFree(mine),
                () -> dao.findByEmail(mine.email(), serial)
                        .map(now -> now.claimToken().equals(mine.claimToken()) ? Optional.empty() : Optional.of(now))));
    }

    private boolean takeOver(EmailClaim mine, EmailClaim held) {
        return queue.inTurn(mine.email(), () -> ConditionalWrite.settled(
                () -> dao.takeOver(mine, held.userId(), held.claimToken()),
                () -> {
                    Optional<EmailClaim> now = dao.findByEmail(mine.email(), serial);
                    if (now.isPresent() && now.get().claimToken().equals(held.claimToken())) {
                        return Optional.empty();
                    }
                    return Optional.of(now.isPresent() && now.get().claimToken().equals(mine.claimToken()));
                }));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Tokens only need to differ from each other, not to be unguessable. */
    private static UUID newToken() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong());
    }
}
