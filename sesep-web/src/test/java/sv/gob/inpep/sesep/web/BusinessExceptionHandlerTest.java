package sv.gob.inpep.sesep.web;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.BusinessException;
import sv.gob.inpep.sesep.DatabaseUnavailable;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.UniqueViolation;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessExceptionHandlerTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final ResourceBundle bundle = ResourceBundle.getBundle(BusinessExceptionHandler.BUNDLE, SPANISH);

    @Test
    void findsTheBusinessErrorUnderEveryWrapperAnActionCallAdds() {
        RuleViolation violation = new RuleViolation("error.ticket.abandonAfterOutcome");
        Throwable wrapped = new FacesException(new ELException(new EJBException(violation)));

        assertSame(violation, BusinessExceptionHandler.find(wrapped, BusinessException.class));
        assertNull(BusinessExceptionHandler.find(wrapped, ViewExpiredException.class));
    }

    @Test
    void survivesACauseCycle() {
        IllegalStateException first = new IllegalStateException("a");
        IllegalArgumentException second = new IllegalArgumentException("b", first);
        first.initCause(second);

        assertNull(BusinessExceptionHandler.find(first, BusinessException.class));
    }

    @Test
    void describesAKeyWithTheBundleTextAndItsArguments() {
        String text = BusinessExceptionHandler.describe(bundle,
                new RuleViolation("error.ticket.abandonAfterOutcome", "CWG-1"), SPANISH);

        assertEquals("No puede regresar el ticket CWG-1 a la cola virtual porque ya efectuó una respuesta,"
                + " observación o denegatoria a la solicitud; debe cerrarlo.", text);
    }

    @Test
    void formatsTheArgumentsIntoThePattern() {
        ResourceBundle withArguments = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"error.test.limit", "El servicio {0} admite {1} documentos."}};
            }
        };

        String text = BusinessExceptionHandler.describe(withArguments,
                new RuleViolation("error.test.limit", "Constancia de tiempo de servicio", 3), SPANISH);

        assertEquals("El servicio Constancia de tiempo de servicio admite 3 documentos.", text);
    }

    @Test
    void fallsBackToTheGenericTextForAnUnknownKey() {
        String text = BusinessExceptionHandler.describe(bundle, new RuleViolation("error.nobody.wroteThisKey"), SPANISH);

        assertEquals("No se pudo completar la operación.", text);
        assertEquals(bundle.getString(BusinessExceptionHandler.GENERIC_KEY), text);
    }

    @Test
    void fallsBackToTheBuiltInTextWithoutABundle() {
        String text = BusinessExceptionHandler.describe(null, new RuleViolation("error.any"), SPANISH);

        assertEquals(BusinessExceptionHandler.GENERIC_TEXT, text);
    }

    @Test
    void recognisesADuplicateTheDatabaseRefusedUnderTheWrappersOfAnActionCall() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertTrue(UniqueViolation.in(
                new FacesException(new EJBException(new PersistenceException(duplicate)))));
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 failed", "23505", new int[0]);
        assertTrue(UniqueViolation.in(new EJBException(new PersistenceException(batch))));
    }

    @Test
    void findsTheDuplicateAmongTheErrorsABatchOfWritesChained() {
        BatchUpdateException batch = new BatchUpdateException("call getNextException", null, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertTrue(UniqueViolation.in(new PersistenceException(batch)));
    }

    @Test
    void otherDatabaseErrorsAreNotTakenForADuplicate() {
        SQLException foreignKey = new SQLException("violates foreign key constraint", "23503");
        foreignKey.setNextException(new SQLException("could not serialize access", "40001"));
        assertFalse(UniqueViolation.in(new EJBException(new PersistenceException(foreignKey))));
        assertFalse(UniqueViolation.in(new IllegalStateException("no database involved")));
    }

    @Test
    void theDuplicateMessageIsInTheBundle() {
        String text = BusinessExceptionHandler.describe(bundle, new RuleViolation(BusinessExceptionHandler.DUPLICATE_KEY), SPANISH);
        assertTrue(text.startsWith("No se guardó: otro usuario acaba de registrar"), text);
    }

    /** As WildFly wraps a filing whose database is down: the pool could not open a connection. */
    @Test
    void recognisesADatabaseThatCannotBeReachedUnderTheWrappersOfAnActionCall() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        ResourceException noConnection = new ResourceException("IJ000453: Unable to get managed connection", refused);
        SQLException fromPool = new SQLException("IJ031019: Unable to get managed connection", noConnection);
        assertTrue(DatabaseUnavailable.in(new FacesException(new EJBException(new PersistenceException(fromPool)))));
        assertTrue(DatabaseUnavailable.in(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.in(new EJBException(new SQLTransientConnectionException("timed out"))));
    }

    @Test
    void aDuplicateOrAnotherRefusalIsNotAnOutage() {
        assertFalse(DatabaseUnavailable.in(new EJBException(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))));
        assertFalse(DatabaseUnavailable.in(new PersistenceException(new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseUnavailable.in(new IllegalStateException("no database involved")));
    }

    @Test
    void theOutageMessageSaysNothingWasFiled() {
        String text = BusinessExceptionHandler.describe(bundle, new RuleViolation(BusinessExceptionHandler.UNAVAILABLE_KEY), SPANISH);
        assertTrue(text.startsWith("No se guardó nada") && text.contains("no quedó presentada"), text);
    }
}
