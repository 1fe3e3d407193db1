package io.github.touchstone.processor.validation;

import io.github.touchstone.processor.model.Activity;
import io.github.touchstone.processor.model.ChangeTracking;
import io.github.touchstone.processor.model.DurationSpec;
import io.github.touchstone.processor.model.Expiry;
import io.github.touchstone.processor.model.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** No two generated methods of an entity's helper share a name: a duration's are checked against all others. */
final class NameClashCheck {

    private NameClashCheck() {
    }

    /**
     * Reports every duration whose methods clash with another generated method: those every
     * helper has, the lifecycle, mark, expiry and change detection methods, or another
     * duration's. (Two marks, or two expiries, that share a method are their readers' to report.)
     */
    static void check(EntityDeclaration entity, List<DurationReader.Declared> durations, List<Activity> activities,
            List<Expiry> expiries, Optional<ChangeTracking> changeTracking, boolean record) {
        Map<String, String> taken = new HashMap<>();
        Stream<String> methods = Stream.concat(Names.HELPER_METHODS.stream(),
                entity.timestamped().isPresent() ? Names.LIFECYCLE_METHODS.stream() : Stream.empty());
        methods = Stream.concat(methods, activities.stream().map(a -> Names.markName(a.field().name())));
        methods = Stream.concat(methods, expiries.stream().flatMap(e -> e.methods().stream()));
        methods = Stream.concat(methods, changeTracking.stream().flatMap(c -> Names.changeMethods(record).stream()));
        methods.forEach(m -> taken.put(m, "the generated method " + m));
        for (DurationReader.Declared declared : durations) {
            DurationSpec duration = declared.spec();
            for (String method : Names.durationMethods(duration)) {
                String clash = taken.get(method);
                if (clash != null) {
                    entity.report().add(declared.at(), declared.annotation(), "name", Message.DURATION_NAME_CLASH,
                            duration.name(), method.equals(duration.name()) ? clash : clash + " (through " + method + ")");
                    break;
                }
            }
            for (String method : Names.durationMethods(duration)) {
                taken.putIfAbsent(method, "another @Duration's method " + method);
            }
        }
    }
}
