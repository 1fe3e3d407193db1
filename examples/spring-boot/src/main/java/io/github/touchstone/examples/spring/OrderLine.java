package io.github.touchstone.examples.spring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A line of a {@link CustomerOrder}. */
@Entity
@Table(name = "shop_order_line")
@Getter
@Setter
@NoArgsConstructor
@AllArgsConstructor
public class OrderLine extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private CustomerOrder order;

    @Column(nullable = false, length = 100)
    private String product;

    @Column(nullable = false)
    private int quantity;

    OrderLine(CustomerOrder order, String product, int quantity) {
        this(null, order, product, quantity);
    }
}
