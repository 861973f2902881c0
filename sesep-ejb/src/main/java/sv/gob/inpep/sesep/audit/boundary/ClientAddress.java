package sv.gob.inpep.sesep.audit.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from, for the audit trail. The web layer sets it once per HTTP
 * request; work that did not come from a client (messages, timers) leaves it empty.
 */
@RequestScoped
public class ClientAddress {

    private String address;

    public String get() {
        return address;
    }

    public void set(String address) {
        this.address = address;
    }
}
