package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.supervision.boundary.RiskDigests;
import sv.gob.inpep.sesep.supervision.boundary.RiskList;
import sv.gob.inpep.sesep.supervision.boundary.SupervisionBoard;
import sv.gob.inpep.sesep.supervision.control.AreaScope;
import sv.gob.inpep.sesep.supervision.control.TicketsAtRisk;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "En riesgo" and the Jefaturas' daily digest. The dates are September 2026, whose Tuesday 15th
 * (Independence Day) is a holiday of the demo calendar; the day asked about is Friday 11th, so the
 * due dates run across a weekend and the holiday. Target 5 business days, warning 2 business days
 * ahead (the default): on Friday 11th a ticket is at risk when due by Wednesday 16th (Monday 14th,
 * Wednesday 16th: two business days).
 * <pre>
 *   filed      due (5 business days)              on Fri 11        on Mon 14
 *   Tue 1      Tue 8                              overdue by 3     overdue by 4
 *   Fri 4      Fri 11                             due today        overdue by 1
 *   Mon 7      Mon 14 (across the weekend)        1 left           due today
 *   Tue 8      Wed 16 (and the holiday)           2 left           1 left
 *   Wed 9      Thu 17                             3 left: not yet  2 left
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class TicketsAtRiskIT {

    static final LocalDate FRIDAY = LocalDate.of(2026, 9, 11);
    static final LocalDate SATURDAY = LocalDate.of(2026, 9, 12);
    static final LocalDate MONDAY = LocalDate.of(2026, 9, 14);
    static final long MAIL_WAIT = 20_000;

    @Inject
    TicketsAtRisk ticketsAtRisk;

    @Inject
    SupervisionBoard supervision;

    @Inject
    RiskDigests digests;

    @Inject
    QueueData queueData;

    @Inject
    SupervisionData data;

    /** The five requests of the table above, in that order, with their tickets' numbers. */
    private record World(long service, List<String> tickets, String held, String pensionesTicket) {
    }

    private World world(String label) {
        long service = data.newService(label, SupervisionData.CAU_AREA, 5);
        String agent = data.newAgent("riesgo", service);
        LocalDateTime[] filed = {at(1), at(4), at(7), at(8), at(9)};
        List<String> tickets = new java.util.ArrayList<>();
        for (int i = 0; i < filed.length; i++) {
            // The oldest is in an agent's hands; the others wait.
            SupervisionData.Turn turn = new SupervisionData.Turn(filed[i], i == 0 ? filed[i].plusDays(1) : null, null, null);
            long request = data.pastRequest(service, agent, filed[i], null, null, turn);
            tickets.add(data.ticketNumber(data.tickets(request).get(0)));
        }
        long pensiones = data.newService(label + " pensiones", SupervisionData.PENSIONES_AREA, 5);
        long pensionesRequest = data.pastRequest(pensiones, null, at(2), null, null,
                new SupervisionData.Turn(at(2), null, null, null));
        return new World(service, tickets, agent, data.ticketNumber(data.tickets(pensionesRequest).get(0)));
    }

    @Test
    void dueWithinTwoBusinessDaysOrOverdueAcrossTheWeekendAndTheHolidayOldestFirst() throws Exception {
        World w = world("riesgo lista");
        AreaScope cau = new AreaScope(false, Set.of(SupervisionData.CAU_AREA));

        RiskList friday = ticketsAtRisk.on(FRIDAY, cau);
        assertEquals(2, friday.withinDays());
        List<RiskList.Item> mine = friday.items().stream().filter(i -> w.tickets().contains(i.ticketNumber())).toList();
        assertEquals(w.tickets().subList(0, 4), mine.stream().map(RiskList.Item::ticketNumber).toList(), "oldest first, not the 5th");
        assertEquals(List.of(-3, 0, 1, 2), mine.stream().map(RiskList.Item::businessDaysLeft).toList());
        assertEquals(List.of(true, false, false, false), mine.stream().map(RiskList.Item::overdue).toList());
        assertEquals(List.of(LocalDate.of(2026, 9, 8), FRIDAY, MONDAY, LocalDate.of(2026, 9, 16)),
                mine.stream().map(RiskList.Item::dueDate).toList());
        assertEquals(TicketStatus.ASSIGNED, mine.get(0).status());
        assertTrue(mine.get(0).gestorCode().startsWith("GS"), mine.get(0).toString());
        assertEquals(TicketStatus.QUEUED, mine.get(1).status());
        RiskList.Group group = friday.groups().stream().filter(g -> g.serviceName().startsWith("Servicio de jefatura riesgo lista "))
                .findFirst().orElseThrow();
        assertEquals(1, group.overdue());
        assertEquals(3, group.dueSoon());
        assertEquals(at(1), group.oldestFiledAt());
        assertTrue(friday.items().stream().noneMatch(i -> i.ticketNumber().equals(w.pensionesTicket())), "another area's");

        RiskList monday = ticketsAtRisk.on(MONDAY, cau);
        List<RiskList.Item> later = monday.items().stream().filter(i -> w.tickets().contains(i.ticketNumber())).toList();
        assertEquals(w.tickets(), later.stream().map(RiskList.Item::ticketNumber).toList());
        assertEquals(List.of(-4, -1, 0, 1, 2), later.stream().map(RiskList.Item::businessDaysLeft).toList());

        // Today, on the board: all five are long overdue, in the CAU's list and not in Pensiones'.
        RiskList board = As.user(DemoAccounts.SUPERVISOR, () -> supervision.atRisk(null));
        assertEquals(queueData.now().toLocalDate(), board.day());
        assertTrue(board.items().stream().map(RiskList.Item::ticketNumber).toList().containsAll(w.tickets()) || board.isTruncated());
        assertTrue(board.items().stream().noneMatch(i -> i.ticketNumber().equals(w.pensionesTicket())));
        RiskList pensiones = As.user(SupervisionData.PENSIONES_SUPERVISOR, () -> supervision.atRisk(null));
        assertTrue(pensiones.items().stream().anyMatch(i -> i.ticketNumber().equals(w.pensionesTicket())));
        assertTrue(pensiones.items().stream().noneMatch(i -> w.tickets().contains(i.ticketNumber())));
    }

    @Test
    void eachJefaturaGetsItsAreasDigestOnceABusinessDay() throws Exception {
        World w = world("riesgo correo");
        String node = System.getProperty("jboss.node.name", "sesep");
        for (LocalDate day : List.of(FRIDAY, SATURDAY, MONDAY)) {
            data.forgetDigests(day);
        }
        data.freeLease(RiskDigests.LEASE);
        try (Mailbox mailbox = new Mailbox()) {
            assertEquals(0, digests.send(node, FRIDAY.atTime(6, 30)), "not before 07:00");
            int sent = digests.send(node, FRIDAY.atTime(8, 0));
            assertTrue(sent >= 3, "jefe.cau, jefe.pensiones, jefa.direccion at least: " + sent);
            assertEquals(0, digests.send(node, FRIDAY.atTime(15, 0)), "once a day");
            assertEquals(-1, digests.send("otro-nodo", FRIDAY.atTime(16, 0)), "one node of the cluster");
            assertEquals(0, digests.send(node, SATURDAY.atTime(9, 0)), "business days only");

            String cau = friday(Mails.awaitTo(mailbox, "jefe.cau@sesep.example", 1, MAIL_WAIT));
            for (String ticket : w.tickets().subList(0, 4)) {
                assertTrue(cau.contains(ticket + ", "), ticket + " in " + cau);
            }
            assertFalse(cau.contains(w.tickets().get(4) + ", "), "due in three business days: " + cau);
            assertFalse(cau.contains(w.pensionesTicket() + ", "), cau);
            assertTrue(cau.indexOf(w.tickets().get(0)) < cau.indexOf(w.tickets().get(1))
                    && cau.indexOf(w.tickets().get(2)) < cau.indexOf(w.tickets().get(3)), "oldest first: " + cau);
            assertTrue(cau.contains("vence el 08/09/2026: vencido hace 3 días hábiles; en atención por GS"), cau);
            assertTrue(cau.contains("vence el 16/09/2026: quedan 2 días hábiles; en cola"), cau);
            assertTrue(cau.contains("Claudia Beatriz Menjívar de Portillo") && cau.contains("(Centro de Atención al Usuario)"), cau);
            assertTrue(cau.contains("/panel/supervision/riesgo.xhtml"), cau);

            String pensiones = friday(Mails.awaitTo(mailbox, "jefe.pensiones@sesep.example", 1, MAIL_WAIT));
            assertTrue(pensiones.contains(w.pensionesTicket() + ", "), pensiones);
            assertTrue(w.tickets().stream().noneMatch(t -> pensiones.contains(t + ", ")), pensiones);
            String director = friday(Mails.awaitTo(mailbox, "jefa.direccion@sesep.example", 1, MAIL_WAIT));
            assertTrue(director.contains(w.pensionesTicket() + ", ") && director.contains(w.tickets().get(0) + ", "), director);
            assertEquals(1, data.digests(DemoAccounts.SUPERVISOR, FRIDAY));

            // Monday brings the next digest, with the fifth ticket now due within two business days.
            data.freeLease(RiskDigests.LEASE);
            assertTrue(digests.send(node, MONDAY.atTime(7, 10)) >= 3);
            List<MimeMessage> both = Mails.awaitTo(mailbox, "jefe.cau@sesep.example", 2, MAIL_WAIT);
            String monday = text(both, "14/09/2026");
            assertTrue(monday.contains(w.tickets().get(4) + ", ") && monday.contains("vence el 17/09/2026: quedan 2 días hábiles"),
                    monday);
            Thread.sleep(2_000);
            assertEquals(1, Mails.to(mailbox, "jefe.cau@sesep.example").stream()
                    .filter(m -> subject(m).contains("11/09/2026")).count(), "Friday's digest went out once");
        }
    }

    /** The text of the one mail about Friday 11 September among these. */
    private static String friday(List<MimeMessage> mails) throws Exception {
        return text(mails, "11/09/2026");
    }

    private static String text(List<MimeMessage> mails, String day) throws Exception {
        List<MimeMessage> ofDay = mails.stream().filter(m -> subject(m).contains(day)).toList();
        assertEquals(1, ofDay.size(), "one digest of " + day);
        assertTrue(subject(ofDay.get(0)).contains("tickets en riesgo"), subject(ofDay.get(0)));
        return Mails.text(ofDay.get(0));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime at(int september) {
        return LocalDateTime.of(2026, 9, september, 9, 15);
    }
}
