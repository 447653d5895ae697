package org.acme.users.testkit.contract.broken;

import java.util.function.UnaryOperator;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.testkit.contract.UserRepositoryContract;
import org.acme.users.testkit.memory.InMemoryUserRepository;

/**
 * The contract once per broken repository. Nested classes, so Surefire does not run them on its own:
 * {@link ContractCatchesBrokenRepositoriesTest} launches each and expects it to fail.
 */
final class BrokenRepositoryContracts {

    private BrokenRepositoryContracts() {
    }

    /** The contract over the in-memory repository, passed through one way of breaking it. */
    abstract static class Over extends UserRepositoryContract {

        private final UnaryOperator<UserRepository> breaking;

        Over(UnaryOperator<UserRepository> breaking) {
            this.breaking = breaking;
        }

        @Override
        protected UserRepository emptyRepository() {
            return breaking.apply(new InMemoryUserRepository());
        }

        @Override
        protected UserRepository unreachableRepository() {
            InMemoryUserRepository switchedOff = new InMemoryUserRepository();
            switchedOff.setReachable(false);
            return breaking.apply(switchedOff);
        }
    }

    static final class Working extends Over {
        Working() {
            super(UnaryOperator.identity());
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

    static final class DriverExceptionLeaking extends Over {
        DriverExceptionLeaking() {
            super(DriverExceptionLeakingRepository::new);
        }
    }

    static final class CheckThenAct extends Over {
        CheckThenAct() {
            super(UnaryOperator.identity());
        }

        @Override
        protected UserRepository emptyRepository() {
            return new CheckThenActRepository();
        }
    }
}
