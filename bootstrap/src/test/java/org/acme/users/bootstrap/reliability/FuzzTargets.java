package org.acme.users.bootstrap.reliability;

import java.util.List;

/**
 * The users that generated requests aim at, stored before the hostile input starts.
 *
 * @param ids       stored users
 * @param versions  their current versions, in the same order
 * @param emails    their addresses, in the same order
 * @param missingId a well-formed id that no user has
 */
record FuzzTargets(List<String> ids, List<Long> versions, List<String> emails, String missingId) {
}
