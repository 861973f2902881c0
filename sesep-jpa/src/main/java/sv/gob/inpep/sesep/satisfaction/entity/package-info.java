/**
 * Satisfaction surveys: the one question put to a citizen once their request is attended.
 * <p>
 * Decisions: one survey per request, answered at most once, so that the institute's satisfaction
 * figures count each attention once; unanswered invitations are kept because the response rate
 * is part of the measurement.
 */
package sv.gob.inpep.sesep.satisfaction.entity;
