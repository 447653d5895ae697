package org.acme.users.testkit.contract.broken;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.testkit.contract.UserRepositoryContract;
import org.acme.users.testkit.memory.InMemoryUserRepository;
import org.junit.jupiter.api.BeforeEach;

/**
 * The contract once per broken repository, and once per mistake an adapter's test can make. Nested classes, so
 * Surefire does not run them on its own: {@link ContractCatchesBrokenRepositoriesTest} launches each.
 */
final class BrokenRepositoryContracts {

    private BrokenRepositoryContracts() {
    }

    /** The contract over the in-memory repository, passed through one way of breaking it. */
    abstract static class Over extends UserRepositoryContract {

        private final UnaryOperator<UserRepository> breaking;
        private final Map<UserRepository, DatabaseHealth> healthByRepository = new IdentityHashMap<>();

        Over(UnaryOperator<UserRepository> breaking) {
            this.breaking = breaking;
        }

        @Override
        protected UserRepository emptyRepository() {
            return broken(new InMemoryUserRepository());
        }

        @Override
        protected UserRepository unreachableRepository() {
            InMemoryUserRepository switchedOff = new InMemoryUserRepository();
            switchedOff.setReachable(false);
            return broken(switchedOff);
        }

        /** The health check of the in-memory repository behind the broken one. */
        @Override
        public Optional<DatabaseHealth> healthOf(UserRepository repository) {
            return Optional.ofNullable(healthByRepository.get(repository));
        }

        private UserRepository broken(InMemoryUserRepository working) {
            UserRepository broken = breaking.apply(working);
            healthByRepository.put(broken, working);
            return broken;
        }
    }

    static final class Working extends Over {
        Working() {
            super(PassThroughRepository::new);
        }
    }

    static final class SignedIdOrder extends Over {
        SignedIdOrder() {
            super(SignedIdOrderRepository::new);
        }
    }

    static final class AccentInsensitiveEmail extends Over {
        AccentInsensitiveEmail() {
            super(AccentInsensitiveEmailRepository::new);
        }
    }

    static final class VersionIgnoring extends Over {
        VersionIgnoring() {
            super(VersionIgnoringRepository::new);
        }
    }

    static final class SecondPrecision extends Over {
        SecondPrecision() {
            super(SecondPrecisionRepository::new);
        }
    }

    static final class NormalisingName extends Over {
        NormalisingName() {
            super(NormalisingNameRepository::new);
        }
    }

    static final class RestartingPage extends Over {
        RestartingPage() {
            super(RestartingPageRepository::new);
        }
    }

    static final class OwnerForgetting extends Over {
        OwnerForgetting() {
            super(OwnerForgettingRepository::new);
        }
    }

    static final class DriverExceptionLeaking extends Over {
        DriverExceptionLeaking() {
            super(DriverExceptionLeakingRepository::new);
        }
    }

    /**
     * A naive adapter: correct one request at a time, and nothing but luck when requests race. Its database answers
     * in 100 µs, as one on the same machine does; or at once, the narrowest gap there is.
     */
    abstract static class CheckThenActOver extends UserRepositoryContract {

        private final Duration roundTrip;

        CheckThenActOver(Duration roundTrip) {
            this.roundTrip = roundTrip;
        }

        @Override
        protected UserRepository emptyRepository() {
            return new CheckThenActRepository(roundTrip, true);
        }

        @Override
        protected UserRepository unreachableRepository() {
            return new CheckThenActRepository(roundTrip, false);
        }

        @Override
        public Optional<DatabaseHealth> healthOf(UserRepository repository) {
            return Optional.of((CheckThenActRepository) repository);
        }
    }

    static final class CheckThenAct extends CheckThenActOver {
        CheckThenAct() {
            super(Duration.ofNanos(100_000));
        }
    }

    /** The same with no round trip at all: the narrowest gap a check-then-act can leave. */
    static final class CheckThenActWithoutRoundTrip extends CheckThenActOver {
        CheckThenActWithoutRoundTrip() {
            super(Duration.ZERO);
        }
    }

    /** A test whose set-up hands the contract nothing. */
    static final class NullFromEmptyRepository extends Over {
        NullFromEmptyRepository() {
            super(PassThroughRepository::new);
        }

        @Override
        protected UserRepository emptyRepository() {
            return null;
        }
    }

    /** A test that proves outages on the reference repository instead of on its own adapter. */
    static final class WrongAdapterWhenUnreachable extends Over {
        WrongAdapterWhenUnreachable() {
            super(PassThroughRepository::new);
        }

        @Override
        protected UserRepository unreachableRepository() {
            InMemoryUserRepository switchedOff = new InMemoryUserRepository();
            switchedOff.setReachable(false);
            return switchedOff;
        }
    }

    /** A test that leaves health out. */
    static final class NoHealthCheck extends Over {
        NoHealthCheck() {
            super(PassThroughRepository::new);
        }

        @Override
        public Optional<DatabaseHealth> healthOf(UserRepository repository) {
            return Optional.empty();
        }
    }

    /** A test that builds its repository in a {@code @BeforeEach} method, which runs after the contract's own. */
    static final class RepositorySetUpInBeforeEach extends UserRepositoryContract {

        private InMemoryUserRepository repository;

        @BeforeEach
        void setUpTheRepository() {
            repository = new InMemoryUserRepository();
        }

        @Override
        protected UserRepository emptyRepository() {
            return repository;
        }

        @Override
        protected UserRepository unreachableRepository() {
            InMemoryUserRepository switchedOff = new InMemoryUserRepository();
            switchedOff.setReachable(false);
            return switchedOff;
        }

        @Override
        public Optional<DatabaseHealth> healthOf(UserRepository repository) {
            return Optional.of((InMemoryUserRepository) repository);
        }
    }
}
