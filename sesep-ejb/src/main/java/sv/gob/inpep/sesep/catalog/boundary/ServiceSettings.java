package sv.gob.inpep.sesep.catalog.boundary;

import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.io.Serializable;
import java.util.Set;

/**
 * What the administrator edits of a catalogue service: the category citizens find it under, its
 * name and description as citizens read them, the target in business days, the business days an
 * observed request has to be fixed, the statutory limit in business days and whether an
 * observation stops it, who may request it, whether one citizen may have several open at once,
 * and whether it is offered at all.
 * {@code version} detects a concurrent edit; a null {@code categoryId} keeps the category.
 */
public record ServiceSettings(long id, String code, Long categoryId, String categoryName, String areaName, String name, String description,
                              int slaBusinessDays, int correctionBusinessDays, int statutoryBusinessDays,
                              boolean statutoryPausedWhenObserved, Set<ApplicantKind> offeredTo, boolean allowsMultipleOpen,
                              boolean active, long version) implements Serializable {
}
