package io.github.touchstone.examples.jpa;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An order and its {@link OrderLine lines}, all on the {@link AuditedEntity} pattern: one helper,
 * {@code AuditedEntityTimestamps}, touches an order and its lines at once with {@code touchAll},
 * and every row stores that one instant (the listener keeps what the helper set).
 */
@Entity
@Table(name = "touchstone_jpa_order")
public class PurchaseOrder extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String customer;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    /** For JPA. */
    protected PurchaseOrder() {
    }

    /**
     * Creates an order with no lines.
     *
     * @param customer who ordered
     */
    public PurchaseOrder(String customer) {
        this.customer = customer;
    }

    /**
     * Adds a line; it is stored with the order.
     *
     * @param product what is ordered
     * @param quantity how many
     * @return the new line
     */
    public OrderLine addLine(String product, int quantity) {
        OrderLine line = new OrderLine(this, product, quantity);
        lines.add(line);
        return line;
    }

    /** @return the database id, {@code null} until persisted */
    public Long getId() {
        return id;
    }

    /** @return who ordered */
    public String getCustomer() {
        return customer;
    }

    /** @param customer who ordered */
    public void setCustomer(String customer) {
        this.customer = customer;
    }

    /** @return the lines, in the order they were added; unmodifiable */
    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
