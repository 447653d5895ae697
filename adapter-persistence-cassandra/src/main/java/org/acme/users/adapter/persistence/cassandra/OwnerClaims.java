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
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;

/**
 * Owner uniqueness without a unique index: one claim per owner, taken and handed on only by lightweight transactions,
 * under the same rules as {@link EmailClaims}. The owner of a user never changes, so a claim is taken by a registration
 * and released by a removal only.
 */
final class OwnerClaims {

    private final OwnerClaimDao dao;
    private final StoredUsers users;
    private final UnaryOperator<BoundStatementBuilder> serial;
    private final Clock clock;
    private final Duration takeover;
    private final PartitionQueue queue;

    OwnerClaims(OwnerClaimDao dao, StoredUsers users, UnaryOperator<BoundStatementBuilder> serial, Clock clock,
            Duration takeover, PartitionQueue queue) {
        this.dao = dao;
        this.users = users;
        this.serial = serial;
        this.clock = clock;
        this.takeover = takeover;
        this.queue = queue;
    }

    /**
     * Makes the owner the user's, under a new token: free, already the user's, or abandoned by another user (its user
     * does not belong to the owner, and the claim is older than the take-over time).
     *
     * @return the token of the claim, to be stored with the user
     * @throws OwnerAlreadyRegisteredException when another user belongs to it, or may be about to
     */
    UUID claim(Owner owner, UserId user) {
        for (int attempt = 0; attempt < ConditionalWrite.ATTEMPTS; attempt++) {
            OwnerClaim mine = new OwnerClaim(owner.issuer(), owner.subject(), user.value(), newToken(), now());
            Optional<OwnerClaim> holder = claimIfFree(mine);
            if (holder.isEmpty()) {
                return mine.claimToken();
            }
            OwnerClaim held = holder.get();
            if (!held.userId().equals(user.value()) && isLive(held)) {
                throw new OwnerAlreadyRegisteredException(owner);
            }
            if (takeOver(mine, held)) {
                return mine.claimToken();
            }
            // The claim changed between reading and taking it over: look at it again.
        }
        throw new OwnerAlreadyRegisteredException(owner);
    }

    /** The user that holds the owner, if any; the caller checks that the user belongs to it. */
    Optional<UUID> holderOf(Owner owner) {
        return dao.find(owner.issuer(), owner.subject()).map(OwnerClaim::userId);
    }

    /** Releases the claim if it still has this token, as {@link EmailClaims#release} does. */
    void release(Owner owner, UUID token) {
        queue.inTurn(owner, () -> ConditionalWrite.settled(
                () -> dao.releaseIfHeldWith(owner.issuer(), owner.subject(), token),
                () -> dao.find(owner.issuer(), owner.subject(), serial).map(OwnerClaim::claimToken)
                        .filter(token::equals)
                        .map(stillHeld -> Optional.<Boolean>empty())
                        .orElse(Optional.of(true))));
    }

    private boolean isLive(OwnerClaim claim) {
        boolean userBelongsToIt = users.find(claim.userId())
                .filter(stored -> claim.issuer().equals(stored.ownerIssuer())
                        && claim.subject().equals(stored.ownerSubject()))
                .isPresent();
        return userBelongsToIt || Duration.between(claim.claimedAt(), now()).compareTo(takeover) < 0;
    }

    private Optional<OwnerClaim> claimIfFree(OwnerClaim mine) {
        return queue.inTurn(ownerOf(mine), () -> ConditionalWrite.settled(
                () -> dao.claimIfFree(mine),
                () -> dao.find(mine.issuer(), mine.subject(), serial)
                        .map(now -> now.claimToken().equals(mine.claimToken()) ? Optional.empty() : Optional.of(now))));
    }

    private boolean takeOver(OwnerClaim mine, OwnerClaim held) {
        return queue.inTurn(ownerOf(mine), () -> ConditionalWrite.settled(
                () -> dao.takeOver(mine, held.userId(), held.claimToken()),
                () -> {
                    Optional<OwnerClaim> now = dao.find(mine.issuer(), mine.subject(), serial);
                    if (now.isPresent() && now.get().claimToken().equals(held.claimToken())) {
                        return Optional.empty();
                    }
                    return Optional.of(now.isPresent() && now.get().claimToken().equals(mine.claimToken()));
                }));
    }

    /** The claim's partition, as the key its conditional writes queue by. */
    private static Owner ownerOf(OwnerClaim claim) {
        return new Owner(claim.issuer(), claim.subject());
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
