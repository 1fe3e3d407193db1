package io.github.touchstone.examples.jpa;

/**
 * Embedded audit values on PostgreSQL, when {@code TOUCHSTONE_PG_URL} names one (a JDBC URL;
 * {@code TOUCHSTONE_PG_USER} and {@code TOUCHSTONE_PG_PASSWORD} are optional).
 */
class PostgresEmbeddedAuditTest extends EmbeddedAuditContract {

    @Override
    Database database() {
        return Database.postgres("embedded audit tests");
    }
}
