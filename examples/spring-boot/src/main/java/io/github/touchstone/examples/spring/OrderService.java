package io.github.touchstone.examples.spring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places and ships orders. It sets no timestamp on a save (the listener does), and touches an
 * order and its lines at once when they ship, so they carry one instant; the listener keeps it.
 * It reads time from the application's {@link Clock} bean when there is one, as the listener does.
 */
@Service
@Transactional
public class OrderService {

    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final AuditedTimestamps timestamps;

    /**
     * @param customers the customers
     * @param orders the orders
     * @param clock the application's clock, if it declares one; else the system UTC clock
     */
    public OrderService(CustomerRepository customers, OrderRepository orders, ObjectProvider<Clock> clock) {
        this.customers = customers;
        this.orders = orders;
        this.timestamps = AuditedTimestamps.withClock(clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * Places an order of one of each product.
     *
     * @param customerId who orders
     * @param products what is ordered
     * @return the saved order
     */
    public CustomerOrder place(long customerId, String... products) {
        CustomerOrder order = new CustomerOrder(customers.getReferenceById(customerId));
        for (String product : products) {
            order.addLine(product, 1);
        }
        return orders.save(order);
    }

    /**
     * Ships an order: the order and every line are touched at one instant.
     *
     * @param orderId the order
     * @return the shipped order
     */
    public CustomerOrder ship(long orderId) {
        CustomerOrder order = orders.findById(orderId).orElseThrow();
        order.setStatus(CustomerOrder.Status.SHIPPED);
        List<Audited> changed = new ArrayList<>(order.getLines());
        changed.add(order);
        timestamps.touchAll(changed);
        return order;
    }
}
