package org.acme.users.adapter.persistence.redis;

/**
 * The one local cluster of this JVM that test databases share: started by the first that needs it and stopped
 * when the JVM exits, so that test classes one after another do not each wait for a cluster to form.
 */
final class SharedLocalCluster {

    private static LocalRedisCluster cluster;

    private SharedLocalCluster() {
    }

    static synchronized LocalRedisCluster acquire() {
        if (cluster == null) {
            cluster = LocalRedisCluster.start();
            Runtime.getRuntime().addShutdownHook(new Thread(SharedLocalCluster::stop, "redis-cluster-stop"));
        }
        return cluster;
    }

    private static synchronized void stop() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }
}
