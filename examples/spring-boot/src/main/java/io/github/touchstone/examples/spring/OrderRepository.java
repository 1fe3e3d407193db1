package io.github.touchstone.examples.spring;

import org.springframework.data.jpa.repository.JpaRepository;

/** The orders; their lines are saved with them. */
public interface OrderRepository extends JpaRepository<CustomerOrder, Long> {
}
