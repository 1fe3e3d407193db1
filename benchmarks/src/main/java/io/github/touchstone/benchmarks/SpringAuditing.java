package io.github.touchstone.benchmarks;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.auditing.AuditingHandler;
import org.springframework.data.mapping.Association;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mapping.context.AbstractMappingContext;
import org.springframework.data.mapping.context.PersistentEntities;
import org.springframework.data.mapping.model.AnnotationBasedPersistentProperty;
import org.springframework.data.mapping.model.BasicPersistentEntity;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.data.util.TypeInformation;

/**
 * Builds the Spring Data baseline: an {@link AuditingHandler} over a minimal, already initialised mapping context
 * (spring-data-commons ships only the abstract {@link AbstractMappingContext}; every store module subclasses it
 * the same way), with a date-time provider that gives the same value the generated code writes: an
 * {@link java.time.Instant} from the clock, truncated to microseconds.
 */
public final class SpringAuditing {
    private SpringAuditing() {
    }

    /**
     * Returns a ready handler for {@link AuditedAgent}.
     *
     * @param clock where now is read from
     * @return the handler, its mapping metadata built and cached
     */
    public static AuditingHandler handler(Clock clock) {
        MappingContext context = new MappingContext();
        context.setInitialEntitySet(Set.of(AuditedAgent.class));
        context.initialize();
        AuditingHandler handler = new AuditingHandler(PersistentEntities.of(context));
        handler.setDateTimeProvider(() -> Optional.of(clock.instant().truncatedTo(ChronoUnit.MICROS)));
        handler.afterPropertiesSet();
        return handler;
    }

    /** The smallest concrete mapping context: annotation-based properties, no associations. */
    static final class MappingContext
            extends AbstractMappingContext<BasicPersistentEntity<Object, AuditedProperty>, AuditedProperty> {

        @Override
        @SuppressWarnings("unchecked")
        protected <T> BasicPersistentEntity<Object, AuditedProperty> createPersistentEntity(TypeInformation<T> type) {
            return new BasicPersistentEntity<>((TypeInformation<Object>) type);
        }

        @Override
        protected AuditedProperty createPersistentProperty(Property property,
                BasicPersistentEntity<Object, AuditedProperty> owner, SimpleTypeHolder simpleTypeHolder) {
            return new AuditedProperty(property, owner, simpleTypeHolder);
        }
    }

    /** A persistent property that reads its annotations (here {@code @CreatedDate}, {@code @LastModifiedDate}). */
    static final class AuditedProperty extends AnnotationBasedPersistentProperty<AuditedProperty> {
        AuditedProperty(Property property, PersistentEntity<?, AuditedProperty> owner, SimpleTypeHolder types) {
            super(property, owner, types);
        }

        @Override
        protected Association<AuditedProperty> createAssociation() {
            return new Association<>(this, null);
        }
    }
}
