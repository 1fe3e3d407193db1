package io.github.touchstone.processor.model;

import com.palantir.javapoet.ClassName;

/** The classes Touchstone generates for an entity, named after it: {@code AgentTimestamps}, ... */
public enum GeneratedClass {
    /** The helper: lifecycle, activity and duration methods. */
    TIMESTAMPS("Timestamps"),
    /** The {@code TimestampValidator} of the entity. */
    VALIDATOR("TimestampValidator"),
    /** The JPA entity listener, for an {@code @Entity} or {@code @MappedSuperclass}. */
    LISTENER("TimestampListener");

    private final String suffix;

    GeneratedClass(String suffix) {
        this.suffix = suffix;
    }

    /** The generated class of this kind for the entity, in the entity's package. */
    public ClassName of(EntityModel model) {
        return ClassName.get(model.packageName(), model.generatedPrefix() + suffix);
    }
}
