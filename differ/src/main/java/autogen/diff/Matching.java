package autogen.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // Hash maps to match, and a sort of each side's keys for the order: thousands of tables in sync cost a
        // hash lookup each, and a model's tables come sorted already, which the sort (a merge sort that finds
        // runs) confirms in one pass.
        Map<K, T> before = index(current, key);
        Map<K, T> after = index(target, key);
        List<T> removed = new ArrayList<>();
        List<Pair<T>> common = new ArrayList<>();
        for (K k : sortedKeys(current, key)) {
            T other = after.get(k);
            if (other == null) {
                removed.add(before.get(k));
            } else {
                common.add(new Pair<>(before.get(k), other));
            }
        }
        List<T> added = new ArrayList<>();
        if (common.size() < after.size()) {
            for (K k : sortedKeys(target, key)) {
                if (!before.containsKey(k)) {
                    added.add(after.get(k));
                }
            }
        }
        return new Matching<>(removed, added, common);
    }

    private static <T, K extends Comparable<K>> List<K> sortedKeys(Collection<T> items, Function<T, K> key) {
        List<K> keys = new ArrayList<>(items.size());
        for (T item : items) {
            keys.add(key.apply(item));
        }
        Collections.sort(keys);
        return keys;
    }

    private static <T, K extends Comparable<K>> Map<K, T> index(Collection<T> items, Function<T, K> key) {
        Map<K, T> byKey = new HashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
        for (T item : items) {
            if (byKey.put(key.apply(item), item) != null) {
                throw new IllegalArgumentException("two objects share the key " + key.apply(item));
            }
        }
        return byKey;
    }
}
