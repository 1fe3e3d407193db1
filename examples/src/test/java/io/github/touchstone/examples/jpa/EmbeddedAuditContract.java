package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entity that keeps its audit timestamps in an {@code @Embedded} value ({@link Account} and
 * {@link AuditStamps}): the listener's {@code onCreate} creates the value and stamps it, the
 * helpers and the safety net reach it through the entity's getter, and the rows hold what they
 * wrote.
 */
abstract class EmbeddedAuditContract extends JpaTestBase {

    final AccountTimestamps accounts = AccountTimestamps.withClock(clock);

    long persistAccount(String owner) {
        return inTransaction(em -> {
            Account account = new Account(owner);
            em.persist(account);
            return account.getId();
        });
    }

    @Test
    void persistingAnAccountWithoutAnAuditValueCreatesAndStampsIt() throws SQLException {
        long id = persistAccount("ada");
        assertEquals(micros(T0), column("touchstone_jpa_account", "created_at", id));
        assertEquals(micros(T0), column("touchstone_jpa_account", "updated_at", id));
        Account read = fresh(em -> em.find(Account.class, id));
        assertNotNull(read.getAudit());
        assertEquals(List.of(), AccountTimestamps.withClock(clock).validate(read));
    }

    @Test
    void aTouchThroughTheHelperIsStoredAndCreatedAtStays() throws SQLException {
        long id = persistAccount("ada");
        Instant touched = advance(Duration.ofMinutes(3).plusNanos(1_234));
        write(em -> accounts.touch(em.find(Account.class, id)));
        assertEquals(micros(touched), column("touchstone_jpa_account", "updated_at", id));
        assertEquals(micros(T0), column("touchstone_jpa_account", "created_at", id));
    }

    @Test
    void aBusinessChangeWithoutATouchMovesUpdatedAtAtFlush() throws SQLException {
        long id = persistAccount("ada");
        Instant changed = advance(Duration.ofMinutes(4));
        write(em -> em.find(Account.class, id).setOwner("grace"));
        assertEquals(micros(changed), column("touchstone_jpa_account", "updated_at", id));
    }
}
