package sv.gob.inpep.sesep.supervision.boundary;

import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * "En riesgo": the tickets waiting in the queue or held by an agent whose request is past its
 * service's target, or due within {@code withinDays} business days, as of {@code day}; one group per
 * area and service and each ticket, oldest filing first. {@code items} lists at most
 * {@link #MAX_SHOWN}; the groups count them all.
 */
public record RiskList(LocalDate day, int withinDays, List<Group> groups, List<Item> items, long total) implements Serializable {

    public static final int MAX_SHOWN = 300;

    /** One area and service: how many are overdue and how many are due soon. */
    public record Group(String areaName, String serviceCode, String serviceName, int targetDays, long overdue,
                        long dueSoon, LocalDateTime oldestFiledAt) implements Serializable {
    }

    /**
     * One ticket. {@code dueDate}: the last business day within target; {@code businessDaysLeft}:
     * business days from {@code day} to it, negative once overdue (how many past it).
     */
    public record Item(long ticketId, String ticketNumber, long requestId, String seiNumber, String areaName,
                       String serviceCode, String serviceName, int targetDays, LocalDateTime filedAt, LocalDate dueDate,
                       int businessDaysLeft, boolean overdue, TicketStatus status, String gestorCode) implements Serializable {
    }

    public long overdue() {
        return groups.stream().mapToLong(Group::overdue).sum();
    }

    public boolean isTruncated() {
        return total > items.size();
    }
}
