package autogen.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The result of matching two collections by key: what only the current side has (removed), what only the
 * target side has (added), and the pairs both have. Each list is sorted by key, so output is deterministic.
 */
public record Matching<T>(List<T> removed, List<T> added, List<Pair<T>> common) {

    /** Two objects with the same key, one from each side. */
    public record Pair<T>(T current, T target) {
    }

    /** Matches {@code current} against {@code target} on {@code key}; keys must be unique on each side. */
    public static <T, K extends Comparable<K>> Matching<T> byKey(Collection<T> current, Collection<T> target,
                                                                  Function<T, K> key) {
        Map<K, T> before = index(current, key);
        Map<K, T> after = index(target, key);
        List<T> removed = new ArrayList<>();
        List<Pair<T>> common = new ArrayList<>();
        before.forEach((k, value) -> {
            T other = after.get(k);
            if (other == null) {
                removed.add(value);
            } else {
                common.add(new Pair<>(value, other));
            }
        });
        List<T> added = after.entrySet().stream()
                .filter(e -> !before.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new Matching<>(removed, added, common);
    }

    private static <T, K extends Comparable<K>> Map<K, T> index(Collection<T> items, Function<T, K> key) {
        Map<K, T> byKey = new TreeMap<>();
        for (T item : items) {
            if (byKey.put(key.apply(item), item) != null) {
                throw new IllegalArgumentException("two objects share the key " + key.apply(item));
            }
        }
        return byKey;
    }
}
