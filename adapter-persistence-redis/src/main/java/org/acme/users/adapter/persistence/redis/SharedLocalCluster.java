package org.acme.users.adapter.persistence.redis;

/**
 * The one local cluster of this JVM that test databases share: started by the first that needs it, stopped when
 * the last of them closes, or at the latest when the JVM exits.
 */
final class SharedLocalCluster {

    private static LocalRedisCluster cluster;
    private static int users;
    private static boolean hookInstalled;

    private SharedLocalCluster() {
    }

    static synchronized LocalRedisCluster acquire() {
        if (cluster == null) {
            cluster = LocalRedisCluster.start();
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(SharedLocalCluster::stop, "redis-cluster-stop"));
                hookInstalled = true;
            }
        }
        users++;
        return cluster;
    }

    static synchronized void release() {
        users--;
        if (users == 0) {
            stop();
        }
    }

    private static synchronized void stop() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }
}
