/**
 * What every generated {@code <Entity>Timestamps} shares: the clock and the precision,
 * conversions between the supported timestamp types, the rule checks and their messages, the
 * listener's memory of stored values and the copies change detection keeps.
 *
 * <p><b>Not API.</b> This package is exported for generated code only. Applications use the
 * generated classes and the types of {@code io.github.touchstone}; everything here may change
 * in any release without notice.
 */
package io.github.touchstone.internal;
