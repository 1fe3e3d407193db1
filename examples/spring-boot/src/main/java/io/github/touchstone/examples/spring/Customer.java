package io.github.touchstone.examples.spring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A customer of the shop. */
@Entity
@Table(name = "shop_customer")
@Getter
@Setter
@NoArgsConstructor
public class Customer extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    /**
     * Creates a customer; the listener sets its timestamps when it is saved.
     *
     * @param name the customer's name
     */
    public Customer(String name) {
        this.name = name;
    }
}
