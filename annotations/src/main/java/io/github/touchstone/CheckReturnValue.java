package io.github.touchstone;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The result of the annotated method must be used: it is the changed entity, a new record or a
 * wither's copy, while the argument is left untouched. Touchstone puts it on the helper methods
 * of records, classes served through withers and Kotlin data classes, so that a call such as
 * {@code timestamps.onCreate(note);} followed by {@code store(note);} (which stores the note
 * without its timestamps) is flagged. Error Prone's {@code CheckReturnValue} check and IDEs
 * honour any annotation of this simple name (the convention of JSR 305 and Error Prone).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface CheckReturnValue {
}
