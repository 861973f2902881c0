package sv.gob.inpep.sesep.supervision.boundary;

import sv.gob.inpep.sesep.requests.entity.Resolution;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Service levels over a period, in business days (the institute's KPI): per service, the requests
 * filed in the period and how they fared against the service's target and the institute's goal
 * ({@link #GOAL_PERCENT} of them attended within target), how long they waited for a first agent
 * and were in attention, how they ended, and what citizens said of them; per agent, the tickets
 * they resolved in the period; per area answerable and month of filing, the complaints and how many
 * were resolved within the complaint service's target, against {@link #COMPLAINT_GOAL_PERCENT}.
 */
public record ServiceLevelReport(LocalDate from, LocalDate to, Long areaId, List<ServiceLine> services,
                                 List<AgentLine> agents, List<Comment> comments, List<ComplaintLine> complaints)
        implements Serializable {

    /** The institute's goal for complaints (seed 002, "Resolución de queja/reclamo"): at least this share resolved within target. */
    public static final double COMPLAINT_GOAL_PERCENT = 85.0;

    /** The same report without complaints (no complaint service, or none filed). */
    public ServiceLevelReport(LocalDate from, LocalDate to, Long areaId, List<ServiceLine> services, List<AgentLine> agents,
                              List<Comment> comments) {
        this(from, to, areaId, services, agents, comments, List.of());
    }

    /** The institute's goal (seed 002): at least this share of requests attended within target. */
    public static final double GOAL_PERCENT = 90.0;

    /**
     * One service. {@code attended}: answered or denied; {@code withinTarget}: attended in at most
     * {@code targetDays} business days after filing; {@code overdue}: not yet attended and past the
     * due date; {@code resolutions}: how many ended so, for every {@link Resolution} there is;
     * {@code averageWaitHours}: from filing to the first agent's take; {@code averageAttentionMinutes}:
     * per ticket, from the take to the agent's answer, observation or denial. Averages are null
     * without data.
     */
    public record ServiceLine(String areaName, String serviceCode, String serviceName, int targetDays, long filed,
                              long attended, long withinTarget, long overdue, Double averageBusinessDays,
                              long observed, long denied, Double averageRating, long ratings,
                              Map<Resolution, Long> resolutions, Double averageWaitHours, Double averageAttentionMinutes)
            implements Serializable {

        /** Share of the attended requests attended within target, in percent; null when none was attended. */
        public Double withinTargetPercent() {
            return attended == 0 ? null : 100.0 * withinTarget / attended;
        }

        /** Whether the service met the institute's goal; null when none was attended. */
        public Boolean goalMet() {
            return met(withinTargetPercent());
        }

        /** Share of the filed requests that were observed at least once, in percent. */
        public Double observedPercent() {
            return filed == 0 ? null : 100.0 * observed / filed;
        }

        /** Share of the filed requests that ended with this resolution, in percent. */
        public Double resolutionPercent(Resolution resolution) {
            return filed == 0 ? null : 100.0 * resolutions.getOrDefault(resolution, 0L) / filed;
        }
    }

    /** One agent: tickets resolved (answered, observed or denied) in the period, with their times in minutes. */
    public record AgentLine(String gestorCode, String fullName, String areaName, long resolved, long answered,
                            long observed, long denied, double averageWaitMinutes, double averageAttentionMinutes) implements Serializable {
    }

    /** What a citizen wrote with their rating, for a request filed in the period. */
    public record Comment(String areaName, String serviceName, String seiNumber, int rating, String text,
                          LocalDateTime answeredAt) implements Serializable {
    }

    /**
     * The complaints of one area filed in one month (of the period). {@code resolved}: found
     * procedente or not; {@code withinTarget}: resolved in at most the complaint service's target
     * in business days after filing; {@code overdue}: not resolved and past that target;
     * {@code upheld}: found procedente. A complaint still within its target and unresolved is not
     * judged yet; one withdrawn is counted as filed only.
     */
    public record ComplaintLine(String areaName, YearMonth month, long filed, long resolved, long withinTarget, long overdue,
                                long upheld) implements Serializable {

        /**
         * Share of the complaints already judged against their target (resolved, or overdue
         * unresolved) that were resolved within it, in percent; null when none is judged yet. An
         * overdue complaint counts as missed: a Jefatura that leaves complaints unanswered must not
         * look better for it.
         */
        public Double withinTargetPercent() {
            long judged = resolved + overdue;
            return judged == 0 ? null : 100.0 * withinTarget / judged;
        }

        /** The month as the reports print it, MM/yyyy. */
        public String monthLabel() {
            return String.format("%02d/%d", month.getMonthValue(), month.getYear());
        }

        /** Whether the area met the complaints goal that month; null when nothing is judged yet. */
        public Boolean goalMet() {
            Double percent = withinTargetPercent();
            return percent == null ? null : percent >= COMPLAINT_GOAL_PERCENT;
        }
    }

    /** The resolutions a request can end with, in the order the reports show them. */
    public List<Resolution> resolutionKinds() {
        return List.of(Resolution.values());
    }

    public long filed() {
        return services.stream().mapToLong(ServiceLine::filed).sum();
    }

    public long attended() {
        return services.stream().mapToLong(ServiceLine::attended).sum();
    }

    public long withinTarget() {
        return services.stream().mapToLong(ServiceLine::withinTarget).sum();
    }

    public Double withinTargetPercent() {
        return attended() == 0 ? null : 100.0 * withinTarget() / attended();
    }

    /** Whether the period as a whole met the goal; null when nothing was attended. */
    public Boolean goalMet() {
        return met(withinTargetPercent());
    }

    public long overdue() {
        return services.stream().mapToLong(ServiceLine::overdue).sum();
    }

    private static Boolean met(Double percent) {
        return percent == null ? null : percent >= GOAL_PERCENT;
    }
}
