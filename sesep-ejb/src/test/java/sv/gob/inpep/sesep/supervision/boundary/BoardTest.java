package sv.gob.inpep.sesep.supervision.boundary;

import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.agents.entity.AgentStatus;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the Jefatura reads beside each agent's status on the board. */
class BoardTest {

    private static final LocalDateTime NINE_THIRTY = LocalDateTime.of(2026, 12, 7, 9, 30);

    @Test
    void anAgentNotAvailableSinceAnEarlierDayShowsNoDuration() {
        Board.AgentLine sinceLastYear = agent(AgentStatus.UNAVAILABLE, Duration.ofDays(335).plusHours(13));
        Board.AgentLine sinceYesterdayEvening = agent(AgentStatus.UNAVAILABLE, Duration.ofHours(10));
        Board board = board(sinceLastYear, sinceYesterdayEvening);
        assertFalse(board.showsStatusDuration(sinceLastYear));
        assertFalse(board.showsStatusDuration(sinceYesterdayEvening));
    }

    @Test
    void aStatusTakenTodayOrAnAttentionSinceYesterdayShowsItsDuration() {
        Board.AgentLine leftAtNine = agent(AgentStatus.UNAVAILABLE, Duration.ofMinutes(30));
        Board.AgentLine availableSinceMidnight = agent(AgentStatus.AVAILABLE, Duration.ofHours(9).plusMinutes(30));
        Board.AgentLine busySinceYesterday = agent(AgentStatus.BUSY, Duration.ofHours(11));
        Board board = board(leftAtNine, availableSinceMidnight, busySinceYesterday);
        assertTrue(board.showsStatusDuration(leftAtNine));
        assertTrue(board.showsStatusDuration(availableSinceMidnight));
        assertTrue(board.showsStatusDuration(busySinceYesterday));
    }

    private static Board board(Board.AgentLine... agents) {
        return new Board(NINE_THIRTY, null, List.of(), List.of(), List.of(agents));
    }

    private static Board.AgentLine agent(AgentStatus status, Duration since) {
        return new Board.AgentLine(1, "G-CAU-01", "Karla Patricia Guevara Molina", "CAU", "Agente CAU general", status,
                since.toSeconds(), 0, null, null, null, null, 0, null, null);
    }
}
