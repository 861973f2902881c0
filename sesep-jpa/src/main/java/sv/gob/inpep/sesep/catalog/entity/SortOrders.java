package sv.gob.inpep.sesep.catalog.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.stream.IntStream;

/**
 * The order the administrator sets by hand, one place at a time: a service's requirements and
 * form fields, and the catalogue's categories. Kept in one place so that every list moves alike.
 */
final class SortOrders {

    /** Gap between the sort orders of consecutive items after a move (as in the demo data). */
    static final int STEP = 10;

    private SortOrders() {
    }

    /**
     * Moves an item of the ordered list one place towards the first ({@code up}) or the last and
     * renumbers them all; at either end nothing changes.
     *
     * @return whether it moved
     */
    static <T> boolean move(List<T> ordered, T item, boolean up, ObjIntConsumer<T> setSortOrder) {
        List<T> moved = new ArrayList<>(ordered);
        int from = moved.indexOf(item);
        if (from < 0) {
            throw new IllegalArgumentException("not one of the items being ordered");
        }
        int to = up ? from - 1 : from + 1;
        if (to < 0 || to >= moved.size()) {
            return false;
        }
        Collections.swap(moved, from, to);
        for (int i = 0; i < moved.size(); i++) {
            setSortOrder.accept(moved.get(i), (i + 1) * STEP);
        }
        return true;
    }

    /** The sort order of an item added after the existing ones. */
    static int next(IntStream existing) {
        return existing.max().orElse(0) + 1;
    }
}
