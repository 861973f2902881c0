package sv.gob.inpep.sesep.web.panel.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.catalog.boundary.HolidayView;
import sv.gob.inpep.sesep.catalog.boundary.Holidays;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The holiday calendar page: one year at a time, add and remove days. */
@Named
@ViewScoped
public class HolidaysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Holidays holidays;

    @Inject
    Clock clock;

    private int year;
    private List<HolidayView> days;
    private LocalDate newDate;
    private String newName;

    @PostConstruct
    void init() {
        year = LocalDate.now(clock).getYear();
        load();
    }

    public void load() {
        days = holidays.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public void add() {
        holidays.add(newDate, newName);
        if (newDate.getYear() != year) {
            year = newDate.getYear();
        }
        newDate = null;
        newName = null;
        load();
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.holidays.added");
    }

    public void remove(long id) {
        holidays.remove(id);
        load();
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.holidays.removed");
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(year - 2, year + 3).boxed().toList();
    }

    public List<HolidayView> getDays() {
        return days;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
