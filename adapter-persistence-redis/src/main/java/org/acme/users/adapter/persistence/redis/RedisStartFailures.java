package org.acme.users.adapter.persistence.redis;

import org.acme.users.domain.port.RepositoryUnavailableException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * What a failed start means: a server that cannot be reached may come later, one that refuses (a wrong password,
 * a command it does not allow) needs the operator, so unlike at run time the server's message is kept.
 */
final class RedisStartFailures {

    private RedisStartFailures() {
    }

    static RuntimeException of(JedisException failure, RedisSettings settings) {
        if (failure instanceof JedisDataException refused) {
            return new IllegalStateException("Redis at " + settings.address() + " refused to start the adapter: "
                    + refused.getMessage(), refused);
        }
        if (failure instanceof JedisConnectionException || failure.getCause() instanceof JedisConnectionException) {
            return new RepositoryUnavailableException("Redis could not be reached at " + settings.address(), failure);
        }
        return new RepositoryUnavailableException("Redis at " + settings.address() + " could not be used: "
                + failure.getMessage(), failure);
    }
}
