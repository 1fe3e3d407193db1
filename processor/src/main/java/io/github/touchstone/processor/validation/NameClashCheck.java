package io.github.touchstone.processor.validation;

import io.github.touchstone.processor.model.Activity;
import io.github.touchstone.processor.model.DurationSpec;
import io.github.touchstone.processor.model.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** No two generated methods of an entity's helper share a name: a duration's are checked against all others. */
final class NameClashCheck {

    private NameClashCheck() {
    }

    static void check(EntityDeclaration entity, List<DurationReader.Declared> durations, List<Activity> activities) {
        Map<String, String> taken = new HashMap<>();
        Names.HELPER_METHODS.forEach(m -> taken.put(m, "the generated method " + m));
        if (entity.timestamped().isPresent()) {
            Names.LIFECYCLE_METHODS.forEach(m -> taken.put(m, "the generated method " + m));
        }
        activities.forEach(a -> taken.put(Names.markName(a.field().name()),
                "the generated method " + Names.markName(a.field().name())));
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
