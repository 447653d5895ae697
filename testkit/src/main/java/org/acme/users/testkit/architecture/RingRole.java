package org.acme.users.testkit.architecture;

/** What a ring is for in the hexagon; the rules are written per role, so a ring's packages can be anything. */
enum RingRole {
    DOMAIN("the domain"),
    PROVIDER_INTERFACE("the provider interface"),
    APPLICATION("the application"),
    PERSISTENCE_ADAPTER("persistence adapter"),
    DRIVING_ADAPTER("driving adapter"),
    COMPOSITION_ROOT("the composition root"),
    TESTKIT("the testkit");

    private final String description;

    RingRole(String description) {
        this.description = description;
    }

    /** Adapters come in numbers and are told apart by name; every other role has one ring. */
    boolean isAdapter() {
        return this == PERSISTENCE_ADAPTER || this == DRIVING_ADAPTER;
    }

    String description() {
        return description;
    }
}
