package sv.gob.inpep.sesep.requests.entity;

import java.util.EnumSet;
import java.util.Set;

/** Presentada / En atención / Observada / Atendida / Cerrada: the states the citizen sees. */
public enum RequestStatus {
    FILED, IN_ATTENTION, OBSERVED, ATTENDED, CLOSED;

    /**
     * States in which a request still counts against "one open request per service". An attended
     * request does not: the manual (activities 22 and 30) lets the citizen file a new one as soon
     * as the answer or denial is out, before the SEI is formally closed.
     */
    public static final Set<RequestStatus> OPEN = EnumSet.of(FILED, IN_ATTENTION, OBSERVED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
