/**
 * Touchstone's public API: the annotations that mark timestamps and durations, and the
 * runtime types that generated validators use.
 */
package io.github.touchstone;
