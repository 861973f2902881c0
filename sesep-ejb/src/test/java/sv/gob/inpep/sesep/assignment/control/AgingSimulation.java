package sv.gob.inpep.sesep.assignment.control;

import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What aging is worth: the share of requests attended within their service's target, with the
 * claim's order "priority, then first come" and with "priority, then urgency
 * ({@link QueueAging#urgency}), then first come", over a realistic month. Not part of the build's
 * tests (its name does not end in Test); run it with
 * <pre>
 * mvn -B -q -pl sesep-jpa,sesep-ejb test -Dtest=AgingSimulation -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The month is March 2027: the income-tax season (pensioners ask for "Constancia de pensionado para
 * declaración de renta", target 3 business days, four times as often as in other months), the
 * first-week peak of "Comprobación de sobrevivencia", and Semana Santa, when the institute closes
 * for a week (22–26 March, the demo calendar's holidays) while citizens go on filing on the web.
 * The services, targets, agent types and competences are the demo catalogue's. Requests arrive on
 * every day (fewer on weekends and holidays), at random hours; agents work business days 8:00–16:00
 * with an hour's lunch (one CAU agent only mornings), each is absent on 4 % of days; attention
 * times are exponential around each service's mean; 15 % of attentions end in an observation,
 * fixed by the citizen 1 to 6 business days later with a new ticket (the filing date, and so the
 * due date, stays); 3 % are abandoned and go back with a higher priority. February warms the queue
 * up; requests filed in March are counted, attended up to the end of June. The claim is simulated
 * as the database does it (one ticket per free agent, best first in the agent's competence); the
 * urgency is the one rule the server uses, with the same business-day calendar.
 */
class AgingSimulation {

    static final LocalDate WARM_UP = LocalDate.of(2027, 2, 1);
    static final LocalDate MONTH = LocalDate.of(2027, 3, 1);
    static final LocalDate END = LocalDate.of(2027, 6, 30);
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 23),
            LocalDate.of(2027, 3, 24), LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 27),
            LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 10), LocalDate.of(2027, 6, 17));
    static final BusinessCalendar CALENDAR = new BusinessCalendar(HOLIDAYS);
    static final int SEEDS = 20;
    static final double OBSERVED = 0.15;
    static final double ABANDONED = 0.03;
    static final double ABSENT = 0.04;

    /** A catalogue service: its area, target, requests per business day (in March) and mean attention minutes. */
    record Service(String code, String area, int target, double perDay, double marchPerDay, double minutes) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("CONST-TSERV", "CAU", 10, 12, 12, 20),
            new Service("HIST-LAB", "CAU", 15, 6, 6, 25),
            new Service("CERT-PEN", "CAU", 5, 6, 6, 15),
            new Service("ACT-DATOS", "CAU", 5, 8, 8, 12),
            new Service("CONST-RENTA", "CAU", 3, 5, 20, 10),
            new Service("QUEJA", "CAU", 10, 3, 3, 30),
            new Service("CONST-NOPEN", "CAU", 5, 6, 6, 10),
            new Service("EST-CUENTA", "CAU", 10, 6, 6, 15),
            new Service("ACT-BENEF", "CAU", 10, 5, 5, 20),
            new Service("PEN-VEJEZ", "PEN", 30, 4, 4, 60),
            new Service("PEN-INV", "PEN", 30, 1, 1, 60),
            new Service("PEN-SOBREV", "PEN", 30, 2, 2, 60),
            new Service("DEV-COTIZ", "PEN", 30, 3, 3, 45),
            new Service("COMP-SOBREV", "PEN", 5, 4, 4, 10),
            new Service("PEN-CARNE", "PEN", 10, 2, 2, 15),
            new Service("CAMBIO-PAGO", "PEN", 10, 3, 3, 15));

    /** The demo agent types' competences. */
    static final Map<String, List<String>> TYPES = Map.of(
            "CAU-GEN", List.of("CONST-TSERV", "CONST-NOPEN", "CONST-RENTA", "EST-CUENTA", "ACT-DATOS", "ACT-BENEF", "QUEJA"),
            "CAU-CERT", List.of("CONST-TSERV", "HIST-LAB", "CERT-PEN", "CONST-NOPEN", "CONST-RENTA", "EST-CUENTA"),
            "PEN-PREST", List.of("PEN-VEJEZ", "PEN-INV", "PEN-SOBREV", "DEV-COTIZ"),
            "PEN-CTRL", List.of("COMP-SOBREV", "PEN-CARNE", "CAMBIO-PAGO", "DEV-COTIZ"));

    /** Agents: type and working hours. */
    record Shift(String type, LocalTime from, LocalTime to) {
    }

    static final List<Shift> AGENTS = List.of(
            new Shift("CAU-GEN", LocalTime.of(8, 0), LocalTime.of(16, 0)),
            new Shift("CAU-GEN", LocalTime.of(8, 0), LocalTime.of(16, 0)),
            new Shift("CAU-GEN", LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new Shift("CAU-CERT", LocalTime.of(8, 0), LocalTime.of(16, 0)),
            new Shift("PEN-PREST", LocalTime.of(8, 0), LocalTime.of(16, 0)),
            new Shift("PEN-PREST", LocalTime.of(8, 0), LocalTime.of(16, 0)),
            new Shift("PEN-CTRL", LocalTime.of(8, 0), LocalTime.of(16, 0)));

    @Test
    void withinTargetWithAndWithoutAging() {
        int[] horizons = {-1, 1, 2, 3, 5};
        System.out.println();
        System.out.println("Aging simulation: March 2027, " + SEEDS + " runs each (seeds 1.." + SEEDS + "), requests filed in March");
        for (boolean shortStaffed : new boolean[]{false, true}) {
            List<Shift> agents = shortStaffed ? AGENTS.stream()
                    .filter(a -> !a.to().equals(LocalTime.NOON)).toList() : AGENTS;
            System.out.println(shortStaffed ? "Short-staffed: without the CAU agent who works mornings"
                    : "Staffed: 4 CAU agents (one mornings only), 3 of Pensiones");
            System.out.println(String.format(Locale.ROOT, "%-22s %10s %12s %12s %12s %14s", "order", "requests",
                    "within all", "within CAU", "within PEN", "late max (bd)"));
            double fifo = 0;
            double best = 0;
            for (int horizon : horizons) {
                Tally total = new Tally();
                for (int seed = 1; seed <= SEEDS; seed++) {
                    total.add(new Run(seed, horizon, agents).simulate());
                }
                String name = horizon < 0 ? "priority, FIFO" : "aging, horizon " + horizon + " bd";
                System.out.println(String.format(Locale.ROOT, "%-22s %10d %11.1f%% %11.1f%% %11.1f%% %14d", name,
                        total.requests / SEEDS, total.share(null), total.share("CAU"), total.share("PEN"), total.maxLate));
                if (horizon < 0) {
                    fifo = total.share(null);
                } else {
                    best = Math.max(best, total.share(null));
                }
            }
            System.out.println();
            assertTrue(best >= fifo, "aging never did worse than FIFO in these runs: " + best + " vs " + fifo);
        }
    }

    /** Requests filed in the month, within target, per area; the latest attendance past a due date. */
    static final class Tally {
        long requests;
        final Map<String, long[]> byArea = new HashMap<>();
        long maxLate;

        void add(Tally run) {
            requests += run.requests;
            run.byArea.forEach((area, counts) -> {
                long[] mine = byArea.computeIfAbsent(area, a -> new long[2]);
                mine[0] += counts[0];
                mine[1] += counts[1];
            });
            maxLate = Math.max(maxLate, run.maxLate);
        }

        void count(Request request) {
            requests++;
            long[] counts = byArea.computeIfAbsent(request.service.area(), a -> new long[2]);
            counts[0]++;
            if (request.attendedOn != null && !request.attendedOn.isAfter(request.due)) {
                counts[1]++;
            } else {
                LocalDate end = request.attendedOn == null ? END : request.attendedOn;
                maxLate = Math.max(maxLate, CALENDAR.businessDaysBetween(request.due, end));
            }
        }

        double share(String area) {
            long all = 0;
            long within = 0;
            for (Map.Entry<String, long[]> e : byArea.entrySet()) {
                if (area == null || area.equals(e.getKey())) {
                    all += e.getValue()[0];
                    within += e.getValue()[1];
                }
            }
            return all == 0 ? 0 : 100.0 * within / all;
        }
    }

    static final class Request {
        final Service service;
        final LocalDateTime filedAt;
        final LocalDate due;
        boolean observed;
        LocalDate attendedOn;

        Request(Service service, LocalDateTime filedAt) {
            this.service = service;
            this.filedAt = filedAt;
            this.due = CALENDAR.plusBusinessDays(filedAt.toLocalDate(), service.target());
        }
    }

    record Ticket(long id, Request request, int priority, LocalDateTime queuedAt) {
    }

    /** Something that happens at a minute: a ticket joins the queue, or an agent ends an attention. */
    record Event(LocalDateTime at, long order, Ticket queued, int agentDone, Ticket done, char outcome) {
    }

    /** One simulated season with one seed and one claim order (horizon -1: no aging). */
    static final class Run {
        final Random random;
        final int horizon;
        final PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> a.at().equals(b.at())
                ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
        final Map<String, List<Ticket>> queues = new HashMap<>();
        final List<Request> requests = new ArrayList<>();
        final List<Shift> agents;
        final boolean[] busy;
        final Map<LocalDate, boolean[]> absent = new HashMap<>();
        final Map<LocalDate, Integer> urgencyByDue = new HashMap<>();
        LocalDate urgencyDay;
        long sequence;

        Run(int seed, int horizon, List<Shift> agents) {
            this.random = new Random(seed);
            this.horizon = horizon;
            this.agents = agents;
            this.busy = new boolean[agents.size()];
            SERVICES.forEach(s -> queues.put(s.code(), new ArrayList<>()));
        }

        Tally simulate() {
            fileRequests();
            LocalDateTime now = WARM_UP.atStartOfDay();
            LocalDateTime end = END.plusDays(1).atStartOfDay();
            while (now.isBefore(end)) {
                while (!events.isEmpty() && !events.peek().at().isAfter(now)) {
                    handle(events.poll());
                }
                for (int agent = 0; agent < agents.size(); agent++) {
                    if (!busy[agent] && onShift(agent, now)) {
                        claim(agent, now);
                    }
                }
                now = now.plusMinutes(1);
            }
            Tally tally = new Tally();
            requests.stream().filter(r -> !r.filedAt.toLocalDate().isBefore(MONTH)
                    && r.filedAt.toLocalDate().isBefore(MONTH.plusMonths(1))).forEach(tally::count);
            return tally;
        }

        /** Web filings every day of the season: a Poisson number per service, at hours from 7:00 to 22:00. */
        private void fileRequests() {
            for (LocalDate day = WARM_UP; !day.isAfter(END); day = day.plusDays(1)) {
                double factor = !CALENDAR.isBusinessDay(day) ? 0.3 : day.getDayOfWeek() == DayOfWeek.MONDAY ? 1.3 : 1.0;
                boolean taxSeason = day.getMonth() == MONTH.getMonth() || day.getMonth() == MONTH.plusMonths(1).getMonth();
                for (Service service : SERVICES) {
                    double mean = (taxSeason ? service.marchPerDay() : service.perDay()) * factor;
                    if (service.code().equals("COMP-SOBREV") && day.getDayOfMonth() <= 7) {
                        mean *= 3;
                    }
                    int count = poisson(mean);
                    for (int i = 0; i < count; i++) {
                        LocalDateTime at = day.atTime(7, 0).plusMinutes(random.nextInt(15 * 60));
                        Request request = new Request(service, at);
                        requests.add(request);
                        queue(new Ticket(++sequence, request, 0, at), at);
                    }
                }
            }
        }

        private void handle(Event event) {
            if (event.queued() != null) {
                queues.get(event.queued().request().service.code()).add(event.queued());
                return;
            }
            busy[event.agentDone()] = false;
            Ticket ticket = event.done();
            Request request = ticket.request();
            switch (event.outcome()) {
                case 'A' -> queues.get(request.service.code())
                        .add(new Ticket(ticket.id(), request, ticket.priority() + 1, ticket.queuedAt()));
                case 'O' -> {
                    request.observed = true;
                    LocalDate fixed = CALENDAR.plusBusinessDays(event.at().toLocalDate(), 1 + random.nextInt(6));
                    LocalDateTime at = fixed.atTime(7, 0).plusMinutes(random.nextInt(15 * 60));
                    queue(new Ticket(++sequence, request, 0, at), at);
                }
                default -> request.attendedOn = event.at().toLocalDate();
            }
        }

        /** The claim: the best ticket in the agent's competence, as the database orders them. */
        private void claim(int agent, LocalDateTime now) {
            LocalDate today = now.toLocalDate();
            Ticket best = null;
            List<Ticket> from = null;
            for (String code : TYPES.get(agents.get(agent).type())) {
                List<Ticket> queue = queues.get(code);
                for (Ticket candidate : queue) {
                    if (best == null || before(candidate, best, today)) {
                        best = candidate;
                        from = queue;
                    }
                }
            }
            if (best == null) {
                return;
            }
            from.remove(best);
            busy[agent] = true;
            double roll = random.nextDouble();
            char outcome = roll < ABANDONED ? 'A' : !best.request().observed && roll < ABANDONED + OBSERVED ? 'O' : 'R';
            long minutes = Math.max(2, Math.round(-Math.log(1 - random.nextDouble()) * best.request().service.minutes()));
            if (outcome == 'A') {
                minutes = Math.max(1, minutes / 2);
            }
            events.add(new Event(now.plusMinutes(minutes), ++sequence, null, agent, best, outcome));
        }

        private boolean before(Ticket a, Ticket b, LocalDate today) {
            if (a.priority() != b.priority()) {
                return a.priority() > b.priority();
            }
            if (horizon >= 0) {
                int ua = urgency(a.request().due, today);
                int ub = urgency(b.request().due, today);
                if (ua != ub) {
                    return ua > ub;
                }
            }
            int byAge = a.queuedAt().compareTo(b.queuedAt());
            return byAge != 0 ? byAge < 0 : a.id() < b.id();
        }

        /** The server's rule, remembered per due date for the day (the job stores it on the ticket). */
        private int urgency(LocalDate due, LocalDate today) {
            if (!today.equals(urgencyDay)) {
                urgencyDay = today;
                urgencyByDue.clear();
            }
            return urgencyByDue.computeIfAbsent(due, d -> QueueAging.urgency(CALENDAR, horizon, d, today));
        }

        private boolean onShift(int agent, LocalDateTime now) {
            LocalDate day = now.toLocalDate();
            if (!CALENDAR.isBusinessDay(day)) {
                return false;
            }
            boolean[] away = absent.computeIfAbsent(day, d -> {
                boolean[] a = new boolean[agents.size()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = random.nextDouble() < ABSENT;
                }
                return a;
            });
            if (away[agent]) {
                return false;
            }
            Shift shift = agents.get(agent);
            LocalTime time = now.toLocalTime();
            boolean lunch = !time.isBefore(LocalTime.NOON) && time.isBefore(LocalTime.of(13, 0));
            return !time.isBefore(shift.from()) && time.isBefore(shift.to()) && !lunch;
        }

        private void queue(Ticket ticket, LocalDateTime at) {
            events.add(new Event(at, ++sequence, ticket, -1, null, ' '));
        }

        private int poisson(double mean) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                product *= random.nextDouble();
                count++;
            }
            return count;
        }
    }
}
