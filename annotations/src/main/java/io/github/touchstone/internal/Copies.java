package io.github.touchstone.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copies a change-detection snapshot keeps of arrays and collections, so that a change made
 * to them in place counts as a change. Every method returns {@code null} for {@code null} and
 * keeps {@code null} elements. Not API.
 */
public final class Copies {

    private Copies() {
    }

    /**
     * Copies a list.
     *
     * @param <T> the element type
     * @param list the list, or {@code null}
     * @return a new {@code ArrayList} with the same elements, or {@code null}
     */
    public static <T> List<T> list(List<T> list) {
        return list == null ? null : new ArrayList<>(list);
    }

    /**
     * Copies a set.
     *
     * @param <T> the element type
     * @param set the set, or {@code null}
     * @return a new {@code LinkedHashSet} with the same elements in the same order, or {@code null}
     */
    public static <T> Set<T> set(Set<T> set) {
        return set == null ? null : new LinkedHashSet<>(set);
    }

    /**
     * Copies a map.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param map the map, or {@code null}
     * @return a new {@code LinkedHashMap} with the same entries in the same order, or {@code null}
     */
    public static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? null : new LinkedHashMap<>(map);
    }

    /**
     * Copies an array of objects, arrays in it deeply (a {@code String[][]} changed in place
     * counts as a change).
     *
     * @param <T> the component type
     * @param array the array, or {@code null}
     * @return a new array with the same elements, arrays in it copied, or {@code null}
     */
    public static <T> T[] objects(T[] array) {
        if (array == null) {
            return null;
        }
        T[] copy = array.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] != null && copy[i].getClass().isArray()) {
                @SuppressWarnings("unchecked") // an array copied is an array of the same class
                T element = (T) anyArray(copy[i]);
                copy[i] = element;
            }
        }
        return copy;
    }

    private static Object anyArray(Object array) {
        if (array instanceof Object[] a) {
            return objects(a);
        } else if (array instanceof int[] a) {
            return a.clone();
        } else if (array instanceof long[] a) {
            return a.clone();
        } else if (array instanceof byte[] a) {
            return a.clone();
        } else if (array instanceof char[] a) {
            return a.clone();
        } else if (array instanceof double[] a) {
            return a.clone();
        } else if (array instanceof float[] a) {
            return a.clone();
        } else if (array instanceof short[] a) {
            return a.clone();
        }
        return ((boolean[]) array).clone();
    }

    /**
     * Copies a {@code boolean[]}.
     *
     * @param array the array, or {@code null}
     * @return a copy, or {@code null}
     */
    public static boolean[] booleans(boolean[] array) {
        return array == null ? null : array.clone();
    }

    /**
     * Copies a {@code byte[]}.
     *
     * @param array the array, or {@code null}
     * @return a copy, or {@code null}
     */
    public static byte[] bytes(byte[] array) {
        return array == null ? null : array.clone();
    }

    /**
     * Copies a {@code char[]}.
     *
     * @param array the array, or {@code null}
     * @return a copy, or {@code null}
     */
    public static char[] chars(char[] array) {
        return array == null ? null : array.clone();
    }

    /**
     * Copies a {@code short[]}.
     *
     * @param array the array, or {@code null}
     * @return a copy, or {@code null}
     */
    public static short[] shorts(short[] array) {
        return array == null ? null : array.clone();
    }

    /**
     * Copies a {@code int[]}.
     *
     * @param array the array, or {@code null}
     * @return a copy, or {@code null}
     */
    public static int[] ints(int[] array) {
        return array == null ? null : array.clone();
    }

    /**
     * Copies a {@code long[]}.
     *
     * @param array the array, or {@code null}
     * @return a copy, or {@code null}
     */
    public static long[] longs(long[] array) {
        return array == null ? null : array.clone();
    }

    /**
     * Copies a {@code float[]}.
     *
     * @param array the array, or {@code null}
     * @return a copy, or {@code null}
     */
    public static float[] floats(float[] array) {
        return array == null ? null : array.clone();
    }

    /**
     * Copies a {@code double[]}.
     *
     * @param array the array, or {@code null}
     * @return a copy, or {@code null}
     */
    public static double[] doubles(double[] array) {
        return array == null ? null : array.clone();
    }
}
