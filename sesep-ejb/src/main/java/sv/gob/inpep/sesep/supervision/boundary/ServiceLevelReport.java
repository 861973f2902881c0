package sv.gob.inpep.sesep.supervision.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Service levels over a period, in business days (the institute's KPI): per service, the requests
 * filed in the period and how they fared against the service's target; per agent, the tickets
 * they resolved in the period.
 */
public record ServiceLevelReport(LocalDate from, LocalDate to, Long areaId, List<ServiceLine> services,
                                 List<AgentLine> agents) implements Serializable {

    /**
     * One service. {@code attended}: answered or denied; {@code withinTarget}: attended in at most
     * {@code targetDays} business days after filing; {@code overdue}: not yet attended and past the
     * due date; averages are null without data.
     */
    public record ServiceLine(String areaName, String serviceCode, String serviceName, int targetDays, long filed,
                              long attended, long withinTarget, long overdue, Double averageBusinessDays,
                              long observed, long denied, Double averageRating, long ratings) implements Serializable {

        /** Share of the attended requests attended within target, in percent; null when none was attended. */
        public Double withinTargetPercent() {
            return attended == 0 ? null : 100.0 * withinTarget / attended;
        }
    }

    /** One agent: tickets resolved (answered, observed or denied) in the period, with their times in minutes. */
    public record AgentLine(String gestorCode, String fullName, String areaName, long resolved, long answered,
                            long observed, long denied, double averageWaitMinutes, double averageAttentionMinutes) implements Serializable {
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

    public long overdue() {
        return services.stream().mapToLong(ServiceLine::overdue).sum();
    }
}
