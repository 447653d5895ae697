package org.acme.users.adapter.persistence.cassandra;

/**
 * The points between the steps of a write that touches several partitions, where a crash leaves a state the next
 * operation must cope with. The repository reports each one as it passes it, so that a test can stop there.
 */
enum WriteStep {
    /** The address is claimed; the user is not written yet. */
    CLAIMED,
    /** An insert's owner, if it has one, is claimed too; the user is not written yet. */
    OWNER_CLAIMED,
    /** An insert's id is in the page index; the user is not written yet. */
    INDEXED,
    /** The user row is written or removed (the commit point); the old claim is not released yet. */
    COMMITTED,
    /** A removed user's claims (address and owner) are released; its id is still in the page index. */
    RELEASED
}
