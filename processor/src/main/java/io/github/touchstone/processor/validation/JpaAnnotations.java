package io.github.touchstone.processor.validation;

/**
 * The qualified names of the persistence annotations the processor reads. They are read by name
 * through their mirrors: neither Jakarta Persistence nor Hibernate is a dependency.
 */
final class JpaAnnotations {

    static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
    static final String EMBEDDED = "jakarta.persistence.Embedded";
    static final String ID = "jakarta.persistence.Id";
    static final String VERSION = "jakarta.persistence.Version";

    private JpaAnnotations() {
    }
}
