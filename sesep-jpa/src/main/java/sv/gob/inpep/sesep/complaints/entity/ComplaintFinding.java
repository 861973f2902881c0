package sv.gob.inpep.sesep.complaints.entity;

/**
 * How a complaint ends: procedente (the institute agrees the citizen was wronged and says what it
 * does about it) or no procedente (it does not, and says why). Stored by name.
 */
public enum ComplaintFinding {
    UPHELD, NOT_UPHELD
}
