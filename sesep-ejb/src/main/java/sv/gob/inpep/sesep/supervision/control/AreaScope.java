package sv.gob.inpep.sesep.supervision.control;

import java.util.Set;

/**
 * The management areas one supervisor may see: every area, or the listed ones (possibly none).
 * Everything the Jefaturas read or do passes through {@link #includes}.
 */
public record AreaScope(boolean allAreas, Set<Long> areaIds) {

    public AreaScope {
        areaIds = Set.copyOf(areaIds);
    }

    public static final AreaScope NONE = new AreaScope(false, Set.of());

    public boolean includes(Long areaId) {
        return areaId != null && (allAreas || areaIds.contains(areaId));
    }

    /** Whether nothing at all is in sight (an account the administrator has not given areas yet). */
    public boolean isEmpty() {
        return !allAreas && areaIds.isEmpty();
    }

    /**
     * The areas a view shows when the supervisor narrowed it to {@code chosen} (null for all of
     * theirs): an area outside the scope narrows it to nothing, as an unknown one would.
     */
    public AreaScope narrowedTo(Long chosen) {
        if (chosen == null) {
            return this;
        }
        return includes(chosen) ? new AreaScope(false, Set.of(chosen)) : NONE;
    }
}
