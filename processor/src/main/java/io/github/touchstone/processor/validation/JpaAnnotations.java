package io.github.touchstone.processor.validation;

/**
 * The qualified names of the persistence annotations the processor reads. They are read by name
 * through their mirrors: neither Jakarta Persistence nor Hibernate is a dependency.
 */
final class JpaAnnotations {

    static final String ENTITY = "jakarta.persistence.Entity";
    static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
    static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
    static final String EMBEDDED = "jakarta.persistence.Embedded";
    static final String COLUMN = "jakarta.persistence.Column";
    static final String ENTITY_LISTENERS = "jakarta.persistence.EntityListeners";
    static final String EXCLUDE_SUPERCLASS_LISTENERS = "jakarta.persistence.ExcludeSuperclassListeners";
    static final String ID = "jakarta.persistence.Id";
    static final String VERSION = "jakarta.persistence.Version";
    static final String TRANSIENT = "jakarta.persistence.Transient";
    /** Hibernate 6.5's fractional digits of a timestamp column. */
    static final String FRACTIONAL_SECONDS = "org.hibernate.annotations.FractionalSeconds";

    private JpaAnnotations() {
    }
}
