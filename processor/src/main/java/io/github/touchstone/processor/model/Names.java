package io.github.touchstone.processor.model;

import java.util.ArrayList;
import java.util.List;

/** The names of generated classes and methods, shared by validation and generation. */
public final class Names {

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
