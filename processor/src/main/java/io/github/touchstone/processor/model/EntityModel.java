package io.github.touchstone.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the generators need to know about one entity; built only when it is valid.
 *
 * @param type the entity class
 * @param genericType the entity type as generated methods write it, with the type variables in
 *     scope as its arguments: {@code Agent}, {@code Box<T>}, {@code Outer<T>.Inner}
 * @param typeVariables the type parameters in scope of the entity type, with their bounds: its
 *     own and, for an inner (non-static) class, those of its enclosing classes, outermost first
 * @param isFinal whether the class is {@code final} (a record is), so it has no subclasses
 * @param recordComponents the canonical constructor's parameters in order, empty for a class
 * @param generatedPrefix the prefix of generated class names ({@code Outer_Inner})
 * @param lifecycle the creation and update timestamps, for a {@code @Timestamped} entity
 * @param precision the declared precision; generated code truncates "now" to {@link #nowPrecision()}
 * @param futureTolerance the ISO-8601 text of the tolerated skew into the future
 * @param activities the {@code @ActivityTimestamp} fields
 * @param durations the {@code @Duration}s
 * @param persistence the JPA kind of the entity, where {@code jakarta.persistence} is on the classpath
 * @param expiries the {@code @Expiry} fields, which are not {@linkplain #managedTimestamps() managed}
 * @param changeTracking the change detection of a concrete {@code @Timestamped(trackChanges = true)}
 *     entity, empty otherwise
 * @param environment what the compilation's class path offers the generated code
 */
public record EntityModel(
        ClassName type,
        TypeName genericType,
        List<TypeVariableName> typeVariables,
        boolean isFinal,
        List<String> recordComponents,
        String generatedPrefix,
        Optional<Lifecycle> lifecycle,
        ChronoUnit precision,
        String futureTolerance,
        List<Activity> activities,
        List<DurationSpec> durations,
        Persistence persistence,
        List<Expiry> expiries,
        Optional<ChangeTracking> changeTracking,
        Environment environment) {

    public EntityModel {
        typeVariables = List.copyOf(typeVariables);
        recordComponents = List.copyOf(recordComponents);
        activities = List.copyOf(activities);
        durations = List.copyOf(durations);
        expiries = List.copyOf(expiries);
    }

    /**
     * What the compilation's class path offers: read once per compilation, not per entity.
     *
     * @param injectAvailable whether {@code jakarta.inject.Inject} is there, for the listener's
     *     clock constructor
     * @param autowiredAvailable whether Spring's {@code @Autowired} is
     */
    public record Environment(boolean injectAvailable, boolean autowiredAvailable) {
    }

    /** Whether the entity is managed by JPA, as far as the listener is concerned. */
    public enum Persistence {
        NONE, ENTITY, MAPPED_SUPERCLASS
    }

    /**
     * The unit every generated "now" is truncated to: {@link #precision}, except where the
     * entity mixes timestamp types, one of which cannot hold that precision exactly (a
     * {@code Long} holds milliseconds, a {@code Double} microseconds). Then "now" is truncated to
     * the coarsest of those units, so that one instant written into fields of two types (as
     * {@code onCreate} and a mark that touches {@code updatedAt} do) stays one instant, and the
     * validator does not find {@code updatedAt} before {@code createdAt} because a {@code Long}
     * dropped the microseconds that an {@code Instant} kept. {@code @Expiry} fields count too: they
     * are "now" plus a time to live.
     */
    public ChronoUnit nowPrecision() {
        List<TimeType> types = timestampFields().stream().map(TimestampField::type).distinct().toList();
        ChronoUnit unit = precision;
        if (types.size() > 1) {
            for (TimeType type : types) {
                if (type.resolution().compareTo(unit) > 0) {
                    unit = type.resolution();
                }
            }
        }
        return unit;
    }

    /** Whether the entity is a record, so every change builds a new one. */
    public boolean isRecord() {
        return !recordComponents.isEmpty();
    }

    /** Whether the entity is an immutable class whose fields the helpers write through withers. */
    public boolean usesWithers() {
        return Stream.concat(timestampFields().stream().map(TimestampField::access),
                        durations.stream().flatMap(d -> d.stored().stream()).map(StoredDuration::access))
                .anyMatch(access -> access.style() == Access.Style.WITHER);
    }

    /** Whether a change returns a new instance (a record, or a wither's result) rather than the argument. */
    public boolean changesCopies() {
        return isRecord() || usesWithers();
    }

    /**
     * Whether helper methods are generic over subclasses ({@code <E extends Base> E touch(E e)}):
     * for every class that is not {@code final}, except one served through withers, which
     * return the class itself, and an inner class of a generic class ({@code Outer<T>.Inner}),
     * for which the Eclipse compiler infers no such method.
     */
    public boolean isGenericOverSubclasses() {
        boolean innerOfGeneric = genericType instanceof ParameterizedTypeName p && p.enclosingType() != null;
        return !isFinal && !usesWithers() && !innerOfGeneric;
    }

    /** The package of the entity and of the generated classes. */
    public String packageName() {
        return type.packageName();
    }

    /**
     * Every timestamp the validator checks, each once, in declaration order of use:
     * {@code createdAt}, {@code updatedAt}, activity fields, then duration ends. An {@code @Expiry}
     * field is here only where it is a duration's end; it is never {@code IN_FUTURE} (see
     * {@link #expiryFields()}).
     */
    public List<TimestampField> managedTimestamps() {
        Map<String, TimestampField> fields = new LinkedHashMap<>();
        lifecycle.ifPresent(l -> {
            fields.put(l.createdAt().name(), l.createdAt());
            fields.put(l.updatedAt().name(), l.updatedAt());
        });
        activities.forEach(a -> fields.putIfAbsent(a.field().name(), a.field()));
        durations.forEach(d -> {
            fields.putIfAbsent(d.start().name(), d.start());
            fields.putIfAbsent(d.end().name(), d.end());
        });
        return List.copyOf(fields.values());
    }

    /** The {@code @Expiry} fields, in declaration order of use. */
    public List<TimestampField> expiryFields() {
        return expiries.stream().map(Expiry::field).toList();
    }

    /**
     * Every timestamp field of the entity, each once: the {@linkplain #managedTimestamps() managed
     * ones}, then the {@code @Expiry} fields (one that is also a duration's end comes as such).
     */
    public List<TimestampField> timestampFields() {
        Map<String, TimestampField> fields = new LinkedHashMap<>();
        managedTimestamps().forEach(f -> fields.put(f.name(), f));
        expiryFields().forEach(f -> fields.putIfAbsent(f.name(), f));
        return List.copyOf(fields.values());
    }
}
