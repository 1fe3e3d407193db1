package io.github.touchstone.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of generated methods, in one place: the generators write them and validation checks
 * that no two generated methods of an entity share one.
 */
public final class Names {

    /** The suffix of the one class generated per entity: {@code AgentTimestamps}. */
    public static final String GENERATED_SUFFIX = "Timestamps";

    /** {@code systemUtc()}: the shared instance on the system UTC clock. */
    public static final String SYSTEM_UTC = "systemUtc";
    /** {@code withClock(Clock)}. */
    public static final String WITH_CLOCK = "withClock";
    /** {@code clock()}. */
    public static final String CLOCK = "clock";
    /** {@code validate(E)}: the helper is the entity's validator. */
    public static final String VALIDATE = "validate";
    /** {@code check(E)}. */
    public static final String CHECK = "check";
    /** {@code onCreate(E)}. */
    public static final String ON_CREATE = "onCreate";
    /** {@code touch(E)}. */
    public static final String TOUCH = "touch";
    /** {@code touchAll(Iterable<E>)}. */
    public static final String TOUCH_ALL = "touchAll";
    /** {@code updatedAtOrCreated(E)}. */
    public static final String UPDATED_AT_OR_CREATED = "updatedAtOrCreated";
    /** {@code age(E)}. */
    public static final String AGE = "age";
    /** {@code sinceLastUpdate(E)}. */
    public static final String SINCE_LAST_UPDATE = "sinceLastUpdate";

    /** {@code snapshot(E)}: the tracked fields of a class, for change detection. */
    public static final String SNAPSHOT = "snapshot";
    /** {@code changedSince(E, Snapshot)}. */
    public static final String CHANGED_SINCE = "changedSince";
    /** {@code touchIfChanged(E, Snapshot)} for a class, {@code touchIfChanged(E, E)} for a record. */
    public static final String TOUCH_IF_CHANGED = "touchIfChanged";
    /** {@code changed(E, E)}, for a record. */
    public static final String CHANGED = "changed";
    /** The record nested in the helper of a class that holds a snapshot of its tracked fields. */
    public static final String SNAPSHOT_TYPE = "Snapshot";

    /** Methods every generated helper has: it is the entity's validator too. */
    public static final List<String> HELPER_METHODS = List.of(SYSTEM_UTC, WITH_CLOCK, CLOCK, VALIDATE, CHECK);
    /** Methods the helper of a {@code @Timestamped} entity has as well. */
    public static final List<String> LIFECYCLE_METHODS = List.of(
            ON_CREATE, TOUCH, TOUCH_ALL, UPDATED_AT_OR_CREATED, AGE, SINCE_LAST_UPDATE);

    /** The change detection methods of a class. */
    public static final List<String> CLASS_CHANGE_METHODS = List.of(SNAPSHOT, CHANGED_SINCE, TOUCH_IF_CHANGED);
    /** The change detection methods of a record. */
    public static final List<String> RECORD_CHANGE_METHODS = List.of(CHANGED, TOUCH_IF_CHANGED);

    private static final String EXPIRES_AT = "ExpiresAt";

    private Names() {
    }

    /** {@code lastActiveAt} becomes {@code LastActiveAt}. */
    public static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code Token} becomes {@code token}. */
    public static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The mark method of an activity field: {@code markLastActiveAt}. */
    public static String markName(String field) {
        return "mark" + capitalize(field);
    }

    /** The method that returns a duration ending now if its end is unknown: {@code elapsedX}. */
    public static String elapsedName(String duration) {
        return "elapsed" + capitalize(duration);
    }

    /** The method that stores a duration: {@code computeX}. */
    public static String computeName(String duration) {
        return "compute" + capitalize(duration);
    }

    /** The method that ends an interval now and stores it: {@code completeX}. */
    public static String completeName(String duration) {
        return "complete" + capitalize(duration);
    }

    /** Every method a duration generates. */
    public static List<String> durationMethods(DurationSpec duration) {
        List<String> methods = new ArrayList<>(List.of(duration.name(), elapsedName(duration.name())));
        if (duration.stored().isPresent()) {
            methods.add(computeName(duration.name()));
            methods.add(completeName(duration.name()));
        }
        return methods;
    }

    /**
     * The base name B of an {@code @Expiry} field's methods: the annotation's {@code name} where
     * it is set; else the field name without a trailing {@code ExpiresAt} ({@code tokenExpiresAt}
     * gives {@code token}), empty for a field named {@code expiresAt}, and the whole field name
     * otherwise ({@code validUntil}).
     *
     * @param field the field name
     * @param name the annotation's {@code name}, {@code ""} where it is not set
     */
    public static String expiryBaseName(String field, String name) {
        if (!name.isEmpty()) {
            return name;
        }
        if (field.equals("expiresAt")) {
            return "";
        }
        if (field.endsWith(EXPIRES_AT) && field.length() > EXPIRES_AT.length()) {
            return field.substring(0, field.length() - EXPIRES_AT.length());
        }
        return field;
    }

    /** {@code expireIn} for an empty base, else {@code expire<B>In}: {@code expireTokenIn}. */
    public static String expireInName(String base) {
        return base.isEmpty() ? "expireIn" : "expire" + capitalize(base) + "In";
    }

    /** {@code isExpired} for an empty base, else {@code is<B>Expired}: {@code isTokenExpired}. */
    public static String isExpiredName(String base) {
        return base.isEmpty() ? "isExpired" : "is" + capitalize(base) + "Expired";
    }

    /** {@code timeToExpiry} for an empty base, else {@code <b>TimeToExpiry}: {@code tokenTimeToExpiry}. */
    public static String timeToExpiryName(String base) {
        return base.isEmpty() ? "timeToExpiry" : decapitalize(base) + "TimeToExpiry";
    }

    /** Every method an expiry with this base name generates. */
    public static List<String> expiryMethods(String base) {
        return List.of(expireInName(base), isExpiredName(base), timeToExpiryName(base));
    }

    /** The change detection methods of a record ({@code record}) or a class. */
    public static List<String> changeMethods(boolean record) {
        return record ? RECORD_CHANGE_METHODS : CLASS_CHANGE_METHODS;
    }

    /**
     * The class generated for the entity, in its package: {@code AgentTimestamps}, for a nested
     * {@code Outer.Inner} {@code Outer_InnerTimestamps}.
     */
    public static ClassName generatedClass(EntityModel model) {
        return ClassName.get(model.packageName(), model.generatedPrefix() + GENERATED_SUFFIX);
    }
}
