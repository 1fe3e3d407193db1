package io.github.touchstone.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With a {@link Clock} bean in the context, the generated listener that Spring builds for Hibernate
 * reads time from it: a test pins the clock and finds exactly its instants in the tables.
 */
@DataJpaTest(showSql = false)
@Import({OrderService.class, PinnedClockTest.Pinned.class})
class PinnedClockTest {

    static final Instant PINNED = Instant.parse("2026-03-01T10:00:00.123456Z");

    @TestConfiguration
    static class Pinned {
        @Bean
        SettableClock clock() {
            return new SettableClock(PINNED);
        }
    }

    @Autowired
    SettableClock clock;
    @Autowired
    Clock applicationClock;
    @Autowired
    CustomerRepository customers;
    @Autowired
    OrderService service;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    /** A timestamp column of a row, as the table holds it (the test's transaction has flushed). */
    Instant stored(String table, String column, long id) {
        em.flush();
        return jdbc.queryForObject("SELECT " + column + " FROM " + table + " WHERE id = ?", OffsetDateTime.class, id)
                .toInstant();
    }

    @Test
    void theListenerStampsTheRowsWithTheApplicationsClock() {
        assertSame(clock, applicationClock);
        Customer ada = customers.save(new Customer("ada"));
        assertEquals(PINNED, stored("shop_customer", "created_at", ada.getId()));
        assertEquals(PINNED, stored("shop_customer", "updated_at", ada.getId()));

        Instant renamedAt = clock.advance(Duration.ofMinutes(5));
        ada.setName("ada l.");
        assertEquals(renamedAt, stored("shop_customer", "updated_at", ada.getId()), "@PreUpdate on the clock bean");
        assertEquals(PINNED, stored("shop_customer", "created_at", ada.getId()));
    }

    @Test
    void anOrderAndItsLinesShippedTogetherCarryOneInstant() {
        Customer ada = customers.save(new Customer("ada"));
        CustomerOrder order = service.place(ada.getId(), "tea", "milk", "sugar");
        em.flush();
        em.clear();

        Instant shippedAt = clock.advance(Duration.ofHours(1));
        service.ship(order.getId());
        em.flush();
        List<Instant> rows = jdbc.queryForList("SELECT updated_at FROM shop_order_line WHERE order_id = ? ORDER BY id",
                OffsetDateTime.class, order.getId()).stream().map(OffsetDateTime::toInstant).toList();
        assertEquals(List.of(shippedAt, shippedAt, shippedAt), rows, "the listener kept the instant touchAll set");
        assertEquals(shippedAt, stored("shop_order", "updated_at", order.getId()));
    }
}
