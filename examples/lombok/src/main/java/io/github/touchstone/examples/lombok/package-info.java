/**
 * Touchstone entities whose accessors, withers, builders and field modifiers Project Lombok
 * writes, one Lombok shape each: {@link io.github.touchstone.examples.lombok.Customer}
 * ({@code @Getter @Setter}), {@link io.github.touchstone.examples.lombok.Job} ({@code @Data},
 * with a stored duration), {@link io.github.touchstone.examples.lombok.Quote}
 * ({@code @Value @With}: immutable, the helpers return changed copies),
 * {@link io.github.touchstone.examples.lombok.Supplier} ({@code @FieldDefaults}),
 * {@link io.github.touchstone.examples.lombok.Shipment} ({@code @Builder}), and
 * {@link io.github.touchstone.examples.lombok.Ticket} on the
 * {@link io.github.touchstone.examples.lombok.Audited} base class ({@code @Getter @Setter} on both).
 */
package io.github.touchstone.examples.lombok;
