package io.github.touchstone.examples.lombok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated helpers run on entities whose accessors, withers, builders and field modifiers
 * Lombok wrote, Lombok listed first on the processor path: in place for the mutable ones, as
 * changed copies for {@code @Value @With}.
 */
class LombokEntitiesTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123456789Z");
    static final Instant T1 = T0.plus(Duration.ofSeconds(90));
    static final Instant T2 = T1.plus(Duration.ofMinutes(5));

    static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void getterAndSetter() {
        Customer customer = new Customer();
        customer.setName("ada");
        assertSame(customer, CustomerTimestamps.withClock(at(T0)).onCreate(customer), "changed in place");
        CustomerTimestamps.withClock(at(T1)).markLastSeenAt(customer);
        CustomerTimestamps.withClock(at(T2)).touch(customer);

        assertEquals(micros(T0), customer.getCreatedAt());
        assertEquals(micros(T1), customer.getLastSeenAt());
        assertEquals(micros(T2), customer.getUpdatedAt());
        assertEquals(List.of(), CustomerTimestamps.withClock(at(T2)).validate(customer));
    }

    @Test
    void data() {
        Job job = JobTimestamps.withClock(at(T0)).onCreate(new Job());
        job.setCommand("backup");
        JobTimestamps.withClock(at(T1)).markStartedAt(job);
        JobTimestamps end = JobTimestamps.withClock(at(T2));
        end.computeRuntimeMs(end.markFinishedAt(job));

        assertEquals(micros(T1), job.getStartedAt());
        assertEquals(micros(T2), job.getFinishedAt());
        assertEquals(micros(T2), job.getUpdatedAt(), "finishedAt touches updatedAt");
        assertEquals(Duration.between(micros(T1), micros(T2)).toMillis(), job.getRuntimeMs());
        assertEquals(List.of(), JobTimestamps.withClock(at(T2)).validate(job));

        job.setRuntimeMs(1L);
        assertEquals(1, JobTimestamps.withClock(at(T2)).validate(job).size(), "a runtime that does not match");
    }

    @Test
    void valueWithWithersGivesChangedCopies() {
        Quote draft = Quote.draft("ada", new BigDecimal("120.00"));
        Quote created = QuoteTimestamps.withClock(at(T0)).onCreate(draft);
        Quote accepted = QuoteTimestamps.withClock(at(T1)).markAcceptedAt(created);
        Quote touched = QuoteTimestamps.withClock(at(T2)).touch(accepted);

        assertNull(draft.getCreatedAt(), "the argument is untouched");
        assertNotSame(draft, created);
        assertEquals(micros(T0), created.getCreatedAt());
        assertEquals(micros(T0), created.getUpdatedAt());
        assertNull(created.getAcceptedAt());
        assertEquals(micros(T1), accepted.getAcceptedAt());
        assertEquals(micros(T0), accepted.getUpdatedAt(), "an activity is not a change");
        assertEquals(new Quote("ada", new BigDecimal("120.00"), micros(T0), micros(T2), micros(T1)), touched);
        assertSame(accepted, QuoteTimestamps.withClock(at(T2)).markAcceptedAt(accepted),
                "once: a second mark changes nothing");
        assertEquals(List.of(), QuoteTimestamps.withClock(at(T2)).validate(touched));

        List<Quote> both = QuoteTimestamps.withClock(at(T2)).touchAll(List.of(created, accepted));
        assertEquals(List.of(micros(T2), micros(T2)), both.stream().map(Quote::getUpdatedAt).toList());
        assertEquals(micros(T0), created.getUpdatedAt(), "copies, not the arguments");
    }

    @Test
    void fieldDefaults() {
        Supplier supplier = new Supplier();
        supplier.setName("acme");
        SupplierTimestamps.withClock(at(T0)).onCreate(supplier);
        SupplierTimestamps.withClock(at(T1)).touch(supplier);

        assertEquals(micros(T0), supplier.getCreatedAt());
        assertEquals(micros(T1), supplier.getUpdatedAt());
        assertEquals(List.of(), SupplierTimestamps.withClock(at(T1)).validate(supplier));
    }

    @Test
    void builder() {
        Shipment shipment = ShipmentTimestamps.withClock(at(T0))
                .onCreate(Shipment.builder().trackingNumber("1Z999").build());
        ShipmentTimestamps.withClock(at(T1)).markDeliveredAt(shipment);

        assertEquals("1Z999", shipment.getTrackingNumber());
        assertEquals(micros(T0), shipment.getCreatedAt());
        assertEquals(micros(T1), shipment.getDeliveredAt());
        assertEquals(List.of(), ShipmentTimestamps.withClock(at(T1)).validate(shipment));
    }

    @Test
    void baseClassHelpersReturnTheSubclass() {
        Ticket ticket = AuditedTimestamps.withClock(at(T0)).onCreate(new Ticket());
        ticket.setTitle("printer on fire");
        List<Ticket> touched = AuditedTimestamps.withClock(at(T1)).touchAll(List.of(ticket, new Ticket()));

        assertSame(ticket, touched.get(0));
        assertEquals(micros(T0), ticket.getCreatedAt());
        assertEquals(micros(T1), ticket.getUpdatedAt());
        assertNull(touched.get(1).getCreatedAt(), "touch never sets createdAt");
        assertEquals(List.of(), AuditedTimestamps.withClock(at(T1)).validate(ticket));
    }
}
