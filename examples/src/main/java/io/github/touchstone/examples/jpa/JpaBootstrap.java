package io.github.touchstone.examples.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Opens Hibernate on the JPA entities of this package, programmatically: no
 * {@code persistence.xml}, no class-path scanning; the entities are listed in {@link #ENTITIES}.
 *
 * <p>The Touchstone listeners are built by a {@link ClockBeanContainer} on the clock given to
 * {@link #open}: production passes {@code Clock.systemUTC()}, tests a clock they move.
 * Timestamps use Hibernate's default mapping of {@code Instant}, {@code TIMESTAMP(6) WITH TIME ZONE}
 * on H2 and PostgreSQL: microseconds, the precision the listeners truncate to.
 *
 * <p>The tables are created when the factory opens and dropped when it closes
 * ({@code hibernate.hbm2ddl.auto=create-drop}): this is an example, not a schema migration tool.
 */
public final class JpaBootstrap {

    /** The entities Hibernate maps (their mapped superclass comes with them). */
    public static final List<Class<?>> ENTITIES = List.of(AgentEntity.class, SessionEntity.class, TaskEntity.class,
            PurchaseOrder.class, OrderLine.class, Member.class, Visit.class, Account.class);

    private JpaBootstrap() {
    }

    /**
     * The bean container that builds every Touchstone listener of this package on {@code clock}.
     *
     * @param clock where the listeners read now
     * @return the container
     */
    public static ClockBeanContainer listeners(Clock clock) {
        return new ClockBeanContainer(clock)
                .register(AgentEntityTimestamps.class, AgentEntityTimestamps::new)
                .register(SessionEntityTimestamps.class, SessionEntityTimestamps::new)
                .register(AuditedEntityTimestamps.class, AuditedEntityTimestamps::new)
                .register(MemberTimestamps.class, MemberTimestamps::new)
                .register(AccountTimestamps.class, AccountTimestamps::new);
    }

    /**
     * Opens an entity manager factory (a Hibernate {@code SessionFactory}); close it when done.
     *
     * @param jdbcUrl the database, e.g. {@code jdbc:h2:mem:touchstone;DB_CLOSE_DELAY=-1} or
     *     {@code jdbc:postgresql://localhost:5432/touchstone}
     * @param user the database user, or {@code null}
     * @param password the password, or {@code null}
     * @param clock where the listeners read now
     * @return the factory
     */
    public static EntityManagerFactory open(String jdbcUrl, String user, String password, Clock clock) {
        Configuration configuration = new Configuration();
        ENTITIES.forEach(configuration::addAnnotatedClass);
        configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, jdbcUrl);
        if (user != null) {
            configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, user);
        }
        if (password != null) {
            configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, password);
        }
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
        // an object, not a class name: Configuration#setProperty only takes strings
        configuration.getProperties().put(AvailableSettings.BEAN_CONTAINER, listeners(clock));
        return configuration.buildSessionFactory();
    }
}
