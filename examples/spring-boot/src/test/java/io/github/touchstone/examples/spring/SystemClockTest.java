package io.github.touchstone.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without a {@link Clock} bean, Spring builds the listener with its no-argument constructor: the
 * system UTC clock. The context starts as it is; nothing has to be declared.
 */
@DataJpaTest(showSql = false)
@Import(OrderService.class)
class SystemClockTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerRepository customers;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutAClockBeanTheListenerUsesTheSystemClock() {
        assertNull(context.getBeanProvider(Clock.class).getIfAvailable(), "no Clock bean in this context");
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Customer ada = customers.save(new Customer("ada"));
        em.flush();
        Instant after = Instant.now();
        Instant created = jdbc.queryForObject("SELECT created_at FROM shop_customer WHERE id = ?", OffsetDateTime.class,
                ada.getId()).toInstant();
        assertTrue(!created.isBefore(before) && !created.isAfter(after),
                () -> created + " not in [" + before + ", " + after + "]");
        assertEquals(created, ada.getUpdatedAt());
    }
}
