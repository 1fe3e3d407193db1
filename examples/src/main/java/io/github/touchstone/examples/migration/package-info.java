/**
 * Entities moved to Touchstone from what they used before, each the worked example of a section of
 * {@code docs/migration.md}: {@link io.github.touchstone.examples.migration.Customer} from Spring
 * Data auditing, {@link io.github.touchstone.examples.migration.Product} from Hibernate's
 * {@code @CreationTimestamp}/{@code @UpdateTimestamp},
 * {@link io.github.touchstone.examples.migration.AbstractAuditingEntity} (with
 * {@link io.github.touchstone.examples.migration.Book}) from a JHipster-style audit base, and
 * {@link io.github.touchstone.examples.migration.Reservation} and
 * {@link io.github.touchstone.examples.migration.Visit} from {@code LocalDateTime} columns written
 * in Europe/Paris wall time. Each keeps the table and the column names it had.
 */
package io.github.touchstone.examples.migration;
