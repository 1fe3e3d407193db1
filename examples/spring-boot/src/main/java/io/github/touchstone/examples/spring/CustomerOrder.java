package io.github.touchstone.examples.spring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** An order of a {@link Customer}, with its {@link OrderLine lines}. */
@Entity
@Table(name = "shop_order")
@Getter
@Setter
@NoArgsConstructor
public class CustomerOrder extends Audited {

    /** Where an order is. */
    public enum Status {
        /** Placed, not shipped yet. */
        PLACED,
        /** Shipped. */
        SHIPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PLACED;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    /**
     * Creates a placed order with no lines.
     *
     * @param customer who orders
     */
    public CustomerOrder(Customer customer) {
        this.customer = customer;
    }

    /**
     * Adds a line, saved with the order.
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
}
