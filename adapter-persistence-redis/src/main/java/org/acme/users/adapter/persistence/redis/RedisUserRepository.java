package org.acme.users.adapter.persistence.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;

/**
 * The user repository on Redis. Each write is a script that checks and writes in one atomic step on the server
 * (an id taken, a version moved on and a lease run out are all decided there); only where an address or an owner
 * is taken or given up does a write span several slots, through {@link Claims}: claim first, commit the user record,
 * release last.
 */
final class RedisUserRepository implements UserRepository {

    private final RedisCalls calls;
    private final KeyLayout layout;
    private final Claims claims;
    private final ClaimTimes times;
    private final BucketPages pages;

    RedisUserRepository(RedisCalls calls, KeyLayout layout, ClaimTimes times) {
        this.calls = calls;
        this.layout = layout;
        this.times = times;
        this.claims = new Claims(calls, layout, times);
        this.pages = new BucketPages(calls, layout);
    }

    /**
     * Claims the address, then the owner, then commits the record. An owner refused gives the fresh address claim
     * back; an address refused never claims the owner.
     */
    @Override
    public void insert(User user) {
        Claims.Claim emailClaim = claims.claim(user.email(), user.id());
        Optional<Claims.Claim> ownerClaim;
        try {
            ownerClaim = user.owner().map(owner -> claims.claim(owner, user.id()));
        } catch (RuntimeException refusedOrUnknown) {
            claims.releaseIfFresh(emailClaim);
            throw refusedOrUnknown;
        }
        String userKey = layout.userKey(user.id());
        List<String> args = new ArrayList<>();
        args.add(user.id().toString());
        args.addAll(StoredUser.valuesOf(user));
        args.addAll(leaseArguments(emailClaim));
        args.addAll(ownerArguments(user.owner(), ownerClaim));
        String outcome = calls.write(userKey, "insert", connection -> {
            String answer = Replies.strings(RedisCalls.evaluate(connection, UserScript.INSERT_USER,
                    List.of(userKey, layout.indexKeyOf(user.id())), args)).get(0);
            if (answer.equals("stored")) {
                calls.confirmReplicated(connection, "insert");
            }
            return answer;
        });
        if (!outcome.equals("stored")) {
            claims.releaseIfFresh(emailClaim);
            ownerClaim.ifPresent(claims::releaseIfFresh);
        }
        switch (outcome) {
            case "stored" -> { }
            case "exists" -> throw new IllegalArgumentException("a user with id " + user.id() + " is already stored");
            case "late" -> throw tooSlow("insert");
            default -> throw unexpected("insert", outcome);
        }
    }

    @Override
    public void update(User changed) {
        long expectedVersion = changed.version() - 1;
        List<String> reply = change(changed, expectedVersion, Optional.empty());
        if (reply.get(0).equals("claim-needed")) {
            Claims.Claim claim = claims.claim(changed.email(), changed.id());
            reply = change(changed, expectedVersion, Optional.of(claim));
            if (!reply.get(0).equals("stored")) {
                claims.releaseIfFresh(claim);
            }
        }
        switch (reply.get(0)) {
            case "stored" -> {
                if (reply.size() == 3) {
                    claims.release(layout.claimKey(new EmailAddress(reply.get(1))), reply.get(2));
                }
            }
            case "missing" -> throw new UserNotFoundException(changed.id());
            case "stale" -> throw new VersionConflictException(changed.id(), expectedVersion);
            case "late" -> throw tooSlow("change");
            default -> throw unexpected("change", reply.get(0));
        }
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        String userKey = layout.userKey(id);
        List<String> reply = calls.write(userKey, "removal", connection -> {
            List<String> answer = Replies.strings(RedisCalls.evaluate(connection, UserScript.DELETE_USER,
                    List.of(userKey, layout.indexKeyOf(id)), List.of(id.toString(), Long.toString(expectedVersion))));
            if (answer.get(0).equals("removed")) {
                calls.confirmReplicated(connection, "removal");
            }
            return answer;
        });
        switch (reply.get(0)) {
            case "removed" -> {
                claims.release(layout.claimKey(new EmailAddress(reply.get(1))), reply.get(2));
                if (reply.get(3) != null) {
                    claims.release(layout.ownerClaimKey(new Owner(reply.get(3), reply.get(4))), reply.get(5));
                }
            }
            case "missing" -> throw new UserNotFoundException(id);
            case "stale" -> throw new VersionConflictException(id, expectedVersion);
            default -> throw unexpected("removal", reply.get(0));
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        String key = layout.userKey(id);
        List<String> values = calls.read(key, "query", connection ->
                connection.executeCommand(RedisCalls.COMMANDS.hmget(key, StoredUser.FIELDS)));
        if (values.stream().allMatch(value -> value == null)) {
            return Optional.empty();
        }
        return Optional.of(StoredUser.toUser(id, values));
    }

    /** The claim names the user who holds (or held, or is taking) the address; its record says which. */
    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return claims.holderOf(layout.claimKey(email)).flatMap(this::findById)
                .filter(user -> user.email().equals(email));
    }

    /** As {@link #findByEmail}: the owner's claim names the user, whose record says whether it belongs to it. */
    @Override
    public Optional<User> findByOwner(Owner owner) {
        return claims.holderOf(layout.ownerClaimKey(owner)).flatMap(this::findById)
                .filter(user -> user.isOwnedBy(owner));
    }

    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return pages.after(after, limit);
    }

    /** One attempt at the change script, with a claim on the new address or without one. */
    private List<String> change(User changed, long expectedVersion, Optional<Claims.Claim> claim) {
        String userKey = layout.userKey(changed.id());
        List<String> args = new ArrayList<>();
        args.add(Long.toString(expectedVersion));
        args.addAll(StoredUser.valuesOf(changed));
        args.addAll(claim.map(this::leaseArguments).orElseGet(() -> List.of("", "0", "0")));
        return calls.write(userKey, "change", connection -> {
            List<String> answer = Replies.strings(
                    RedisCalls.evaluate(connection, UserScript.UPDATE_USER, List.of(userKey), args));
            if (answer.get(0).equals("stored")) {
                calls.confirmReplicated(connection, "change");
            }
            return answer;
        });
    }

    private List<String> leaseArguments(Claims.Claim claim) {
        return List.of(claim.token(), Long.toString(claim.claimedAtMillis()),
                Long.toString(times.commitWindow().toMillis()));
    }

    /** The owner's issuer, subject, claim token and claim time, or four empty texts for a user without an owner. */
    private static List<String> ownerArguments(Optional<Owner> owner, Optional<Claims.Claim> claim) {
        if (owner.isEmpty() || claim.isEmpty()) {
            return List.of("", "", "", "0");
        }
        return List.of(owner.get().issuer(), owner.get().subject(), claim.get().token(),
                Long.toString(claim.get().claimedAtMillis()));
    }

    private RepositoryUnavailableException tooSlow(String operation) {
        return new RepositoryUnavailableException("the " + operation + " reached Redis more than "
                + times.commitWindow().toMillis() + " ms after its address or owner was claimed, so it was not applied",
                null);
    }

    private static IllegalStateException unexpected(String operation, String outcome) {
        return new IllegalStateException("the " + operation + " script answered " + outcome);
    }
}
