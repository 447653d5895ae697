package org.acme.users.adapter.persistence.redis;

import java.util.List;

/** One call of a script: the node that holds {@code keys.get(0)} runs it. */
record ScriptCall(UserScript script, List<String> keys, List<String> args) {
}
