package org.acme.users.adapter.persistence.cassandra;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.anOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write that touches several partitions, stopped between two of its steps as a crash of the service would stop
 * it, and what the operations after it see and repair. The repository reports each step it passes; the test makes
 * one step throw, which nothing in the repository catches, exactly as if the process had died there.
 */
class CrashBetweenWriteStepsTest {

    private static final Duration TAKEOVER = CassandraSettings.DEFAULT_CLAIM_TAKEOVER;

    private static final MovableClock CLOCK = new MovableClock();
    private static volatile WriteStep crashAt;
    private static KeyspaceUnderTest keyspace;

    private UserRepository repository;

    /** Thrown at the chosen step, once. */
    private static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash(WriteStep step) {
            super("the service stopped after step " + step);
        }
    }

    @BeforeAll
    static void createTheKeyspace() {
        keyspace = KeyspaceUnderTest.create(TestCassandra.oneNode(), CLOCK, step -> {
            if (step == crashAt) {
                crashAt = null;
                throw new Crash(step);
            }
        });
    }

    @AfterAll
    static void dropTheKeyspace() {
        keyspace.close();
    }

    @BeforeEach
    void startEmpty() {
        crashAt = null;
        repository = keyspace.emptyRepository();
    }

    @Test
    void anInsertStoppedAfterItsClaimBlocksTheAddressUntilTheClaimMayBeTakenOver() {
        User ada = aUser().withEmail("ada@example.com").build();
        User other = aUser().withEmail("ada@example.com").build();

        crashDuring(() -> repository.insert(ada), WriteStep.CLAIMED);

        assertThat(repository.findById(ada.id())).isEmpty();
        assertThat(repository.findByEmail(ada.email())).isEmpty();
        assertThat(repository.findPage(Optional.empty(), 10)).isEmpty();
        assertThatThrownBy(() -> repository.insert(other)).isInstanceOf(EmailAlreadyUsedException.class);
        CLOCK.advance(TAKEOVER.plusSeconds(1));
        repository.insert(other);
        assertThat(repository.findByEmail(ada.email())).contains(other);
    }

    @Test
    void anInsertStoppedAfterItsClaimSucceedsWhenItIsTriedAgain() {
        User ada = aUser().withEmail("ada@example.com").build();

        crashDuring(() -> repository.insert(ada), WriteStep.CLAIMED);
        repository.insert(ada);

        assertThat(repository.findByEmail(ada.email())).contains(ada);
    }

    @Test
    void anInsertStoppedAfterClaimingItsAddressLeavesItsOwnerFree() {
        Owner owner = anOwner();
        User ada = aUser().withEmail("ada@example.com").ownedBy(owner).build();
        User other = aUser().ownedBy(owner).build();

        crashDuring(() -> repository.insert(ada), WriteStep.CLAIMED);
        repository.insert(other);

        assertThat(repository.findByOwner(owner)).contains(other);
    }

    @Test
    void anInsertStoppedAfterItsOwnerClaimBlocksTheOwnerUntilTheClaimMayBeTakenOver() {
        Owner owner = anOwner();
        User ada = aUser().ownedBy(owner).build();
        User other = aUser().ownedBy(owner).build();

        crashDuring(() -> repository.insert(ada), WriteStep.OWNER_CLAIMED);

        assertThat(repository.findById(ada.id())).isEmpty();
        assertThat(repository.findByOwner(owner)).isEmpty();
        assertThatThrownBy(() -> repository.insert(other)).isInstanceOf(OwnerAlreadyRegisteredException.class);
        assertThat(repository.findByEmail(other.email())).isEmpty();
        CLOCK.advance(TAKEOVER.plusSeconds(1));
        repository.insert(other);
        assertThat(repository.findByOwner(owner)).contains(other);
        repository.insert(aUser().withEmail(ada.email()).build());
    }

    @Test
    void anInsertStoppedAfterItsOwnerClaimSucceedsWhenItIsTriedAgain() {
        User ada = aUser().ownedBy(anOwner()).build();

        crashDuring(() -> repository.insert(ada), WriteStep.OWNER_CLAIMED);
        repository.insert(ada);

        assertThat(repository.findByOwner(ada.owner().orElseThrow())).contains(ada);
    }

    @Test
    void anIdLeftInThePageIndexByAStoppedInsertIsPassedOverAndPagesStayFull() {
        User stopped = aUser().build();
        List<User> others = IntStream.range(0, 4).mapToObj(i -> aUser().build()).toList();
        crashDuring(() -> repository.insert(stopped), WriteStep.INDEXED);
        others.forEach(repository::insert);

        List<User> page = repository.findPage(Optional.empty(), 4);

        assertThat(page).containsExactlyElementsOf(others);
        repository.insert(stopped);
        assertThat(repository.findPage(Optional.empty(), 10)).containsExactlyElementsOf(
                inIdOrder(List.of(stopped, others.get(0), others.get(1), others.get(2), others.get(3))));
    }

    @Test
    void aChangeOfAddressStoppedAfterItsClaimChangesNothingVisible() {
        User ada = stored(aUser().withEmail("ada@example.com").build());
        User moved = ada.changeTo(UserDetails.of("countess@example.com", "Ada"), ada.updatedAt());

        crashDuring(() -> repository.update(moved), WriteStep.CLAIMED);

        assertThat(repository.findById(ada.id())).contains(ada);
        assertThat(repository.findByEmail(ada.email())).contains(ada);
        assertThat(repository.findByEmail(moved.email())).isEmpty();
        repository.update(moved);
        assertThat(repository.findByEmail(moved.email())).contains(moved);
    }

    @Test
    void aChangeOfAddressStoppedAfterItsCommitFreesTheOldAddressOnceTheClaimMayBeTakenOver() {
        User ada = stored(aUser().withEmail("ada@example.com").build());
        User moved = ada.changeTo(UserDetails.of("countess@example.com", "Ada"), ada.updatedAt());
        User newcomer = aUser().withEmail("ada@example.com").build();

        crashDuring(() -> repository.update(moved), WriteStep.COMMITTED);

        assertThat(repository.findById(ada.id())).contains(moved);
        assertThat(repository.findByEmail(moved.email())).contains(moved);
        assertThat(repository.findByEmail(ada.email())).isEmpty();
        assertThatThrownBy(() -> repository.insert(newcomer)).isInstanceOf(EmailAlreadyUsedException.class);
        CLOCK.advance(TAKEOVER.plusSeconds(1));
        repository.insert(newcomer);
        assertThat(repository.findByEmail(ada.email())).contains(newcomer);
    }

    @Test
    void aUserStoppedAfterChangingItsAddressMayTakeTheOldOneBackAtOnce() {
        User ada = stored(aUser().withEmail("ada@example.com").build());
        User moved = ada.changeTo(UserDetails.of("countess@example.com", "Ada"), ada.updatedAt());
        crashDuring(() -> repository.update(moved), WriteStep.COMMITTED);
        User back = moved.changeTo(UserDetails.of("ada@example.com", "Ada"), moved.updatedAt());

        repository.update(back);

        assertThat(repository.findByEmail(ada.email())).contains(back);
        assertThat(repository.findByEmail(moved.email())).isEmpty();
    }

    @Test
    void aRemovalStoppedAfterItsCommitFreesTheAddressOnceTheClaimMayBeTakenOver() {
        User ada = stored(aUser().withEmail("ada@example.com").build());
        User newcomer = aUser().withEmail("ada@example.com").build();

        crashDuring(() -> repository.delete(ada.id(), ada.version()), WriteStep.COMMITTED);

        assertThat(repository.findById(ada.id())).isEmpty();
        assertThat(repository.findByEmail(ada.email())).isEmpty();
        assertThat(repository.findPage(Optional.empty(), 10)).isEmpty();
        assertThatThrownBy(() -> repository.insert(newcomer)).isInstanceOf(EmailAlreadyUsedException.class);
        CLOCK.advance(TAKEOVER.plusSeconds(1));
        repository.insert(newcomer);
        assertThat(repository.findByEmail(ada.email())).contains(newcomer);
    }

    @Test
    void aRemovalStoppedAfterItsCommitFreesTheOwnerOnceTheClaimMayBeTakenOver() {
        Owner owner = anOwner();
        User ada = stored(aUser().ownedBy(owner).build());
        User newcomer = aUser().ownedBy(owner).build();

        crashDuring(() -> repository.delete(ada.id(), ada.version()), WriteStep.COMMITTED);

        assertThat(repository.findByOwner(owner)).isEmpty();
        assertThatThrownBy(() -> repository.insert(newcomer)).isInstanceOf(OwnerAlreadyRegisteredException.class);
        CLOCK.advance(TAKEOVER.plusSeconds(1));
        repository.insert(newcomer);
        assertThat(repository.findByOwner(owner)).contains(newcomer);
    }

    @Test
    void aRemovalStoppedBeforeTidyingThePageIndexLeavesAnIdThatPagesPassOver() {
        User ada = stored(aUser().withEmail("ada@example.com").build());
        User grace = stored(aUser().build());

        crashDuring(() -> repository.delete(ada.id(), ada.version()), WriteStep.RELEASED);

        assertThat(repository.findPage(Optional.empty(), 1)).containsExactly(grace);
        User newcomer = aUser().withEmail("ada@example.com").build();
        repository.insert(newcomer);
        assertThat(repository.findByEmail(ada.email())).contains(newcomer);
    }

    private User stored(User user) {
        repository.insert(user);
        return user;
    }

    private static void crashDuring(Runnable operation, WriteStep step) {
        crashAt = step;
        assertThatThrownBy(operation::run).isInstanceOf(Crash.class);
    }

    private static List<User> inIdOrder(List<User> users) {
        return users.stream().sorted(Comparator.comparing(User::id)).toList();
    }
}
