package io.github.touchstone.examples.spring;

import org.springframework.data.jpa.repository.JpaRepository;

/** The customers. */
public interface CustomerRepository extends JpaRepository<Customer, Long> {
}
