package sv.gob.inpep.sesep.catalog.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A holiday as pages and reports see it. */
public record HolidayView(long id, LocalDate date, String name) implements Serializable {
}
