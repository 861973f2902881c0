package sv.gob.inpep.sesep.requests.boundary;

import java.io.Serializable;

/**
 * A service the caller may request. {@code openSeiNumber} names the caller's request still open
 * for it when the service allows only one at a time (then it cannot be requested again yet).
 */
public record ServiceChoice(long id, String name, String description, String categoryName, String areaName,
                            int slaBusinessDays, String openSeiNumber) implements Serializable {

    public boolean isAvailable() {
        return openSeiNumber == null;
    }
}
