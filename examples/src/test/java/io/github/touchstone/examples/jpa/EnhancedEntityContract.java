package io.github.touchstone.examples.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Constructor;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.engine.spi.ManagedEntity;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.junit.jupiter.api.Test;

/**
 * The generated helpers and listener on an entity enhanced by Hibernate's bytecode enhancer with
 * inline dirty tracking: Hibernate then finds what changed by asking the entity, which knows only
 * of the writes that went through its own code. The helpers write through the setters, so their
 * writes are tracked and stored; a write to the field from another class would be lost at commit.
 *
 * <p>{@link Member} is enhanced when this class opens its factory, by an
 * {@link EnhancingClassLoader} (the same enhancer the build plugins run), so the test works on
 * whatever compiler produced the class files. The clock moves a microsecond after every reading.
 */
abstract class EnhancedEntityContract extends JpaTestBase {

    private EnhancedMemberSteps steps;

    EnhancedEntityContract() {
        super(Duration.ofNanos(1_000));
    }

    @Override
    EntityManagerFactory openFactory() {
        try {
            EnhancingClassLoader loader = new EnhancingClassLoader(getClass().getClassLoader(), Member.class.getName(),
                    List.of(MemberTimestamps.class.getName(), MemberTimestamps.class.getName(),
                            MemberTimestamps.class.getName(), OnEnhancedMember.class.getName()));
            Configuration configuration = new Configuration(
                    new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build());
            configuration.addAnnotatedClass(loader.loadClass(Member.class.getName()));
            configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, url());
            if (user() != null) {
                configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, user());
                configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, password() == null ? "" : password());
            }
            configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
            configuration.getProperties().put(AvailableSettings.BEAN_CONTAINER,
                    withListener(new ClockBeanContainer(clock), loader.loadClass(MemberTimestamps.class.getName())));
            EntityManagerFactory factory = configuration.buildSessionFactory();
            steps = (EnhancedMemberSteps) loader.loadClass(OnEnhancedMember.class.getName())
                    .getConstructor(EntityManagerFactory.class, Clock.class).newInstance(factory, clock);
            return factory;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Registers the enhanced side's listener, built on the container's clock. */
    private static <L> ClockBeanContainer withListener(ClockBeanContainer container, Class<L> listener)
            throws NoSuchMethodException {
        Constructor<L> constructor = listener.getConstructor(Clock.class);
        return container.register(listener, clock -> {
            try {
                return constructor.newInstance(clock);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    void emptyTables(EntityManager em) {
        em.createQuery("delete from Member").executeUpdate();
    }

    Instant memberColumn(String column, long id) throws SQLException {
        return column("touchstone_jpa_member", column, id);
    }

    @Test
    void theMemberIsEnhancedWithInlineDirtyTracking() {
        assertTrue(SelfDirtinessTracker.class.isAssignableFrom(steps.memberClass()), "inline dirty tracking");
        assertTrue(ManagedEntity.class.isAssignableFrom(steps.memberClass()));
    }

    @Test
    void aMarkThroughTheHelperOnAManagedEnhancedEntityIsStoredAtCommit() throws SQLException {
        long id = steps.persist("ada");
        advance(Duration.ofSeconds(5));
        Instant seen = steps.markLastSeenAt(id);
        assertEquals(seen, memberColumn("last_seen_at", id));
        assertTrue(memberColumn("updated_at", id).isAfter(seen), "a flush of a plain mark moves updatedAt too");
    }

    @Test
    void aMarkThatTouchesUpdatedAtIsStoredAsOneInstant() throws SQLException {
        long id = steps.persist("ada");
        advance(Duration.ofSeconds(5));
        Instant login = steps.markLastLoginAt(id);
        assertEquals(login, memberColumn("last_login_at", id));
        assertEquals(login, memberColumn("updated_at", id));
    }

    @Test
    void aBusinessChangeWithoutATouchMovesUpdatedAt() throws SQLException {
        long id = steps.persist("ada");
        Instant inserted = memberColumn("updated_at", id);
        Instant t1 = advance(Duration.ofSeconds(5));
        steps.rename(id, "ada l.");
        Instant updated = memberColumn("updated_at", id);
        assertNotEquals(inserted, updated);
        SafetyNetContract.assertNowOf(t1, updated);
    }
}
