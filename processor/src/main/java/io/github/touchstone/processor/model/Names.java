package io.github.touchstone.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of generated methods, in one place: the generators write them and validation checks
 * that no two generated methods of an entity share one.
 */
public final class Names {

    /** {@code systemUtc()}: the shared instance on the system UTC clock. */
    public static final String SYSTEM_UTC = "systemUtc";
    /** {@code withClock(Clock)}. */
    public static final String WITH_CLOCK = "withClock";
    /** {@code clock()}. */
    public static final String CLOCK = "clock";
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

    /** Methods every generated helper has. */
    public static final List<String> HELPER_METHODS = List.of(SYSTEM_UTC, WITH_CLOCK, CLOCK);
    /** Methods the helper of a {@code @Timestamped} entity has as well. */
    public static final List<String> LIFECYCLE_METHODS = List.of(
            ON_CREATE, TOUCH, TOUCH_ALL, UPDATED_AT_OR_CREATED, AGE, SINCE_LAST_UPDATE);

    private Names() {
    }

    /** {@code lastActiveAt} becomes {@code LastActiveAt}. */
    public static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
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
}
