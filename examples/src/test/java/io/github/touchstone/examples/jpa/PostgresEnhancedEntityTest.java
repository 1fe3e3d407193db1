package io.github.touchstone.examples.jpa;

/**
 * A bytecode-enhanced entity on PostgreSQL, when {@code TOUCHSTONE_PG_URL} names one (a JDBC URL;
 * {@code TOUCHSTONE_PG_USER} and {@code TOUCHSTONE_PG_PASSWORD} are optional). Hibernate creates
 * the {@code touchstone_jpa_member} table when the class starts and drops them when it ends.
 */
class PostgresEnhancedEntityTest extends EnhancedEntityContract {

    @Override
    Database database() {
        return Database.postgres("enhanced entity tests");
    }
}
