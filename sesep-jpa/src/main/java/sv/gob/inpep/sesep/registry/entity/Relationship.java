package sv.gob.inpep.sesep.registry.entity;

/** How a beneficiary is related to the affiliate under whose matrícula they are inscribed. */
public enum Relationship {
    SPOUSE, PARTNER, CHILD, MOTHER, FATHER
}
