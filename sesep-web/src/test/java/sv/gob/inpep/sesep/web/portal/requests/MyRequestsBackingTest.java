package sv.gob.inpep.sesep.web.portal.requests;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page of "Mis solicitudes" an address asks for, whatever was typed into it. */
class MyRequestsBackingTest {

    @Test
    void anAddressWithoutAPageOrWithOneThatIsNoPageShowsTheFirst() {
        assertEquals(1, MyRequestsBacking.requestedPage(null));
        assertEquals(1, MyRequestsBacking.requestedPage(""));
        assertEquals(1, MyRequestsBacking.requestedPage("uno"));
        assertEquals(1, MyRequestsBacking.requestedPage("0"));
        assertEquals(1, MyRequestsBacking.requestedPage("-3"));
        assertEquals(1, MyRequestsBacking.requestedPage("2.5"));
        assertEquals(1, MyRequestsBacking.requestedPage("99999999999999"));
    }

    @Test
    void aPageNumberIsTakenAsTypedAndAHugeOneStaysPastTheEnd() {
        assertEquals(2, MyRequestsBacking.requestedPage("2"));
        assertEquals(7, MyRequestsBacking.requestedPage(" 7 "));
        // Past any citizen's last page, without overflowing the first row's position.
        int huge = MyRequestsBacking.requestedPage(Integer.toString(Integer.MAX_VALUE));
        assertEquals(Integer.MAX_VALUE / MyRequestsBacking.PAGE_SIZE, huge);
        org.junit.jupiter.api.Assertions.assertTrue((long) (huge - 1) * MyRequestsBacking.PAGE_SIZE <= Integer.MAX_VALUE);
    }

    @Test
    void pagesOfTwentyAndAlwaysAtLeastOne() {
        assertEquals(1, MyRequestsBacking.pages(0));
        assertEquals(1, MyRequestsBacking.pages(20));
        assertEquals(2, MyRequestsBacking.pages(21));
        assertEquals(3, MyRequestsBacking.pages(45));
        assertEquals(101, MyRequestsBacking.pages(2_001));
    }
}
