package autogen.migration.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One enum value to add, just before an existing value, or at the end when {@code before} is empty. */
public record EnumValueAddition(String value, Optional<String> before) {

    /**
     * The ADD VALUE steps that turn {@code current} into the longer {@code target}, in an order where every
     * {@code before} value already exists when its step runs.
     */
    public static List<EnumValueAddition> between(List<String> current, List<String> target) {
        List<String> present = new ArrayList<>(current);
        List<EnumValueAddition> additions = new ArrayList<>();
        // Walk from the end: each new value goes before the next value of the target, which is present by then.
        for (int i = target.size() - 1; i >= 0; i--) {
            String value = target.get(i);
            if (present.contains(value)) {
                continue;
            }
            Optional<String> before = i + 1 < target.size() ? Optional.of(target.get(i + 1)) : Optional.empty();
            additions.add(new EnumValueAddition(value, before));
            present.add(before.map(present::indexOf).orElse(present.size()), value);
        }
        return additions;
    }
}
