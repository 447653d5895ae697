package org.acme.users.bootstrap.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.RepositoryBusyException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;

/**
 * Times every call of the repository port, whichever adapter serves it: timer {@value #TIMER} with the tags
 * {@code operation}, {@code adapter} and {@code outcome}. A decorator, so that the adapters stay free of metrics
 * and their figures are measured the same way.
 */
public final class MeteredUserRepository implements UserRepository {

    public static final String TIMER = "users.repository";

    private final UserRepository adapter;
    private final String adapterName;
    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public MeteredUserRepository(UserRepository adapter, String adapterName, MeterRegistry registry) {
        this.adapter = adapter;
        this.adapterName = adapterName;
        this.registry = registry;
    }

    @Override
    public void insert(User user) {
        timed("insert", () -> {
            adapter.insert(user);
            return null;
        });
    }

    @Override
    public void update(User changed) {
        timed("update", () -> {
            adapter.update(changed);
            return null;
        });
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        timed("delete", () -> {
            adapter.delete(id, expectedVersion);
            return null;
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        return timed("findById", () -> adapter.findById(id));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return timed("findByEmail", () -> adapter.findByEmail(email));
    }

    @Override
    public Optional<User> findByOwner(Owner owner) {
        return timed("findByOwner", () -> adapter.findByOwner(owner));
    }

    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        return timed("findPage", () -> adapter.findPage(after, limit));
    }

    private <T> T timed(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String outcome = "success";
        try {
            return call.get();
        } catch (RuntimeException failure) {
            outcome = outcomeOf(failure);
            throw failure;
        } finally {
            timer(operation, outcome).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** Built once per operation and outcome: a registry lookup builds and hashes the tags on every call. */
    private Timer timer(String operation, String outcome) {
        return timers.computeIfAbsent(operation + ' ' + outcome, key -> Timer.builder(TIMER)
                .description("Calls of the UserRepository port")
                .tag("operation", operation)
                .tag("adapter", adapterName)
                .tag("outcome", outcome)
                .register(registry));
    }

    /** The port's own refusals by name; anything else is an error. A fixed set, so the series stay few. */
    private static String outcomeOf(RuntimeException failure) {
        if (failure instanceof EmailAlreadyUsedException) {
            return "email_already_used";
        }
        if (failure instanceof OwnerAlreadyRegisteredException) {
            return "owner_already_registered";
        }
        if (failure instanceof UserNotFoundException) {
            return "not_found";
        }
        if (failure instanceof VersionConflictException) {
            return "version_conflict";
        }
        if (failure instanceof RepositoryBusyException) {
            return "busy";
        }
        if (failure instanceof RepositoryUnavailableException) {
            return "unavailable";
        }
        return "error";
    }
}
