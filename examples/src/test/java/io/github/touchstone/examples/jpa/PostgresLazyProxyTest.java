package io.github.touchstone.examples.jpa;

/**
 * Lazy proxies on PostgreSQL, when {@code TOUCHSTONE_PG_URL} names one (a JDBC URL;
 * {@code TOUCHSTONE_PG_USER} and {@code TOUCHSTONE_PG_PASSWORD} are optional). Hibernate creates
 * the {@code touchstone_jpa_*} tables when the class starts and drops them when it ends.
 */
class PostgresLazyProxyTest extends LazyProxyContract {

    @Override
    Database database() {
        return Database.postgres("lazy proxy tests");
    }
}
