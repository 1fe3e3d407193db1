package io.github.touchstone.processor.model;

import java.util.List;

/**
 * The change detection of a concrete {@code @Timestamped(trackChanges = true)} entity: a
 * {@code Snapshot} and {@code touchIfChanged} for a class, {@code changed} and
 * {@code touchIfChanged} for a record.
 *
 * @param fields the tracked fields, nearest declaration first (a class's own fields, then its
 *     superclasses'); for a record, its components in order
 */
public record ChangeTracking(List<TrackedField> fields) {

    public ChangeTracking {
        fields = List.copyOf(fields);
    }
}
