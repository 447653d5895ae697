package org.acme.users.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exit status says whether the shutdown ended cleanly. */
class ShutdownHookTest {

    private final List<Integer> halts = new ArrayList<>();

    @Test
    void leavesTheExitStatusAloneWhenTheServiceClosesCleanly() {
        List<String> closed = new ArrayList<>();

        new ShutdownHook(() -> closed.add("service"), halts::add).run();

        assertThat(closed).containsExactly("service");
        assertThat(halts).isEmpty();
    }

    @Test
    void endsTheProcessWithAFailureStatusWhenClosingFails() {
        new ShutdownHook(() -> {
            throw new IllegalStateException("requests still in flight after 10 s were cut off");
        }, halts::add).run();

        assertThat(halts).containsExactly(ShutdownHook.EXIT_SHUTDOWN_FAILED);
    }
}
