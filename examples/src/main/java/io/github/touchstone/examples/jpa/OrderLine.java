package io.github.touchstone.examples.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A line of a {@link PurchaseOrder}. Its order is a {@code LAZY} association: reached from a line
 * loaded on its own, it is a Hibernate proxy until first used, and the generated helpers still
 * reach the row through it (they go through the accessors of {@link AuditedEntity}).
 */
@Entity
@Table(name = "touchstone_jpa_order_line")
public class OrderLine extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private PurchaseOrder order;

    @Column(nullable = false, length = 100)
    private String product;

    @Column(nullable = false)
    private int quantity;

    /** For JPA. */
    protected OrderLine() {
    }

    OrderLine(PurchaseOrder order, String product, int quantity) {
        this.order = order;
        this.product = product;
        this.quantity = quantity;
    }

    /** @return the database id, {@code null} until persisted */
    public Long getId() {
        return id;
    }

    /** @return the order, a proxy until used where the line was loaded on its own */
    public PurchaseOrder getOrder() {
        return order;
    }

    /** @return what is ordered */
    public String getProduct() {
        return product;
    }

    /** @return how many */
    public int getQuantity() {
        return quantity;
    }

    /** @param quantity how many */
    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
