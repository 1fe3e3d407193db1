package io.github.touchstone.examples.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import io.github.touchstone.examples.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An {@link Invoice} with private {@code OffsetDateTime} fields, reached through its accessors. */
class InvoiceTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");
    static final OffsetDateTime T0_UTC = OffsetDateTime.parse("2026-03-01T10:00:00.123456Z");

    private final MutableClock clock = MutableClock.at(T0);
    private final InvoiceTimestamps timestamps = InvoiceTimestamps.withClock(clock);

    /** Counts the setter calls, to show that generated code goes through them. */
    static final class CountingInvoice extends Invoice {
        int updatedAtWrites;

        @Override
        public void setUpdatedAt(OffsetDateTime updatedAt) {
            updatedAtWrites++;
            super.setUpdatedAt(updatedAt);
        }
    }

    @Test
    void onCreateWritesUtcOffsetDateTimesThroughTheSetters() {
        CountingInvoice invoice = new CountingInvoice();
        assertSame(invoice, timestamps.onCreate(invoice));
        assertEquals(T0_UTC, invoice.getCreatedAt());
        assertEquals(ZoneOffset.UTC, invoice.getCreatedAt().getOffset());
        assertEquals(T0_UTC, invoice.getUpdatedAt());
        assertEquals(1, invoice.updatedAtWrites);

        clock.advance(Duration.ofHours(1));
        timestamps.touch(invoice);
        assertEquals(T0_UTC.plusHours(1), invoice.getUpdatedAt());
        assertEquals(T0_UTC, invoice.getCreatedAt());
        assertEquals(2, invoice.updatedAtWrites);
    }

    @Test
    void paidAtIsSetOnceAndTimeToPayFollowsIt() {
        Invoice invoice = timestamps.onCreate(new Invoice());
        assertEquals(Optional.empty(), timestamps.timeToPay(invoice));
        clock.advance(Duration.ofDays(14));
        timestamps.markPaidAt(invoice);
        clock.advance(Duration.ofDays(1));
        timestamps.markPaidAt(invoice);
        assertEquals(T0_UTC.plusDays(14), invoice.getPaidAt());
        assertEquals(Optional.of(Duration.ofDays(14)), timestamps.timeToPay(invoice));
    }

    @Test
    void theValidatorReportsAnOffsetOtherThanUtc() {
        Invoice invoice = timestamps.onCreate(new Invoice());
        InvoiceTimestamps validator = InvoiceTimestamps.withClock(clock);
        assertEquals(List.of(), validator.validate(invoice));

        invoice.setUpdatedAt(invoice.getUpdatedAt().withOffsetSameInstant(ZoneOffset.ofHours(2)));
        List<TimestampViolation> violations = validator.validate(invoice);
        assertEquals(List.of(new TimestampViolation("updatedAt", Rule.NOT_UTC, violations.get(0).message())),
                violations);
        assertEquals(true, violations.get(0).message().contains("+02:00"), violations.get(0).message());
    }
}
