package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.UniqueViolation;
import sv.gob.inpep.sesep.catalog.boundary.CatalogAdministration;
import sv.gob.inpep.sesep.catalog.boundary.CatalogCategory;
import sv.gob.inpep.sesep.catalog.boundary.CatalogChoices;
import sv.gob.inpep.sesep.catalog.boundary.CatalogEntry;
import sv.gob.inpep.sesep.catalog.boundary.CategoryAdministration;
import sv.gob.inpep.sesep.catalog.boundary.CategoryView;
import sv.gob.inpep.sesep.catalog.boundary.FieldSettings;
import sv.gob.inpep.sesep.catalog.boundary.NewService;
import sv.gob.inpep.sesep.catalog.boundary.RequirementAdministration;
import sv.gob.inpep.sesep.catalog.boundary.RequirementSettings;
import sv.gob.inpep.sesep.catalog.boundary.RequirementView;
import sv.gob.inpep.sesep.catalog.boundary.ServiceCatalog;
import sv.gob.inpep.sesep.catalog.boundary.ServiceForm;
import sv.gob.inpep.sesep.catalog.boundary.ServiceFormAdministration;
import sv.gob.inpep.sesep.catalog.boundary.ServiceRequirements;
import sv.gob.inpep.sesep.catalog.boundary.ServiceSettings;
import sv.gob.inpep.sesep.catalog.entity.FieldType;
import sv.gob.inpep.sesep.documents.boundary.FileContent;
import sv.gob.inpep.sesep.requests.boundary.DocumentView;
import sv.gob.inpep.sesep.requests.boundary.FieldView;
import sv.gob.inpep.sesep.requests.boundary.FormEntry;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;
import sv.gob.inpep.sesep.requests.boundary.Requests;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator edits a catalogue service and its document requirements, and citizens see the
 * change at once (the catalogue is cached); a stale edit, a target out of range, a service nobody
 * could request, a requirement without a name or file types, with a type the upload check cannot
 * recognise or a size beyond the system's limit are refused; an inactive service leaves the public
 * catalogue; a removed requirement stays on the documents filed for it. The same for the fields of
 * the filing form (a removed field's value stays readable on requests filed with it, its code is
 * never reused) and for the downloadable form, which must be a PDF by content. Only ADMIN edits.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogAdministrationIT {

    private static final String PDF = "application/pdf";
    private static final String JPEG = "image/jpeg";
    private static final String PNG = "image/png";

    @Inject
    CatalogAdministration administration;

    @Inject
    RequirementAdministration requirementAdministration;

    @Inject
    ServiceFormAdministration formAdministration;

    @Inject
    CategoryAdministration categoryAdministration;

    @Inject
    ServiceCatalog catalog;

    @Inject
    Requests requests;

    @Inject
    RequestTracking tracking;

    @Inject
    QueueData data;

    @Resource(lookup = "java:jboss/datasources/SesepDS")
    DataSource dataSource;

    /**
     * Two administrators create a service with the same code at the same instant, in different
     * categories (so neither waits for the other's category): both pass the boundary's own check,
     * and the database refuses the second write as a duplicate (SQLSTATE 23505, which the web layer
     * turns into a message; BusinessExceptionHandlerTest). The other administrator is played by a
     * connection that holds its insert uncommitted until SESEP's insert waits for it, then commits.
     */
    @Test
    void theSameCodeCreatedTwiceAtOnceIsRefusedByTheDatabaseAndOneServiceHasIt() throws Exception {
        String code = "CARRERA-" + System.nanoTime() % 100_000_000L;
        CountDownLatch inserted = new CountDownLatch(1);
        AtomicBoolean sesepDone = new AtomicBoolean();
        CompletableFuture<Boolean> otherAdministrator = CompletableFuture.supplyAsync(() -> {
            try (Connection other = dataSource.getConnection()) {
                other.setAutoCommit(false);
                try (PreparedStatement insert = other.prepareStatement("INSERT INTO catalog_service (id, code, name,"
                        + " category_id, area_id, for_contributor, for_pensioner, for_beneficiary, sla_business_days, active,"
                        + " version) VALUES (?, ?, ?, 2, ?, TRUE, TRUE, TRUE, 5, FALSE, 0)")) {
                    insert.setLong(1, 900_000_000L + System.nanoTime() % 10_000_000L);
                    insert.setString(2, code);
                    insert.setString(3, "Guardado en otra sesión " + code);
                    insert.setLong(4, QueueData.CAU_AREA);
                    insert.executeUpdate();
                }
                inserted.countDown();
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (!sesepDone.get() && !anInsertOfAServiceWaits() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                boolean sesepWaited = anInsertOfAServiceWaits();
                other.commit();
                return sesepWaited;
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(inserted.await(20, TimeUnit.SECONDS), "the other administrator's insert");

        Exception refused = assertThrows(Exception.class, () -> As.user(DemoAccounts.ADMIN, () -> administration.create(
                new NewService(code, QueueData.CATEGORY, QueueData.CAU_AREA, "Guardado en esta sesión " + code, "D", 5,
                        EnumSet.allOf(ApplicantKind.class), false))));
        sesepDone.set(true);

        assertTrue(otherAdministrator.get(), "SESEP's insert waited for the other administrator's");
        assertTrue(UniqueViolation.in(refused), () -> "refused as a duplicate: " + refused);
        assertEquals(1, As.user(DemoAccounts.ADMIN, administration::services).stream().filter(s -> s.code().equals(code)).count());
    }

    /** Whether another session is inside an insert into catalog_service (on H2 that session states no lock wait). */
    private boolean anInsertOfAServiceWaits() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            try (PreparedStatement waiting = connection.prepareStatement(postgresql
                    ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
                    + " AND UPPER(query) LIKE 'INSERT INTO CATALOG_SERVICE%'"
                    : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                    + " WHERE UPPER(EXECUTING_STATEMENT) LIKE 'INSERT INTO CATALOG_SERVICE%'");
                 ResultSet rows = waiting.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    @Test
    void anEditIsWhatCitizensReadNextAndAStaleOneIsRefused() throws Exception {
        long id = data.newService("catalogo");
        ServiceSettings before = settings(id);
        // Moved to another category, too (2: "Prestaciones (pensiones)" in the demo data).
        ServiceSettings edited = new ServiceSettings(id, before.code(), 2L, before.categoryName(), before.areaName(),
                "Servicio de prueba catálogo revisado", "Descripción revisada para el ciudadano.", 8, 12, 30, false,
                EnumSet.of(ApplicantKind.PENSIONER), false, true, before.version());
        ServiceSettings saved = As.user(DemoAccounts.ADMIN, () -> administration.update(edited));
        assertEquals(8, saved.slaBusinessDays());
        assertEquals(12, saved.correctionBusinessDays(), "the time to fix an observation");
        assertEquals(30, saved.statutoryBusinessDays(), "the statutory limit");
        assertFalse(saved.statutoryPausedWhenObserved());

        CatalogEntry entry = publicEntry(id).orElseThrow();
        assertEquals("Servicio de prueba catálogo revisado", entry.name());
        assertEquals("Descripción revisada para el ciudadano.", entry.description());
        assertEquals(8, entry.slaBusinessDays());
        assertEquals(EnumSet.of(ApplicantKind.PENSIONER), entry.offeredTo());
        assertEquals("Prestaciones (pensiones)", catalog.browse().stream().filter(c -> c.services().stream().anyMatch(s -> s.id() == id))
                .findFirst().orElseThrow().name(), "citizens find it under its new category");
        List<String> changed = data.audit("CATALOG_SERVICE_CHANGED", before.code() + ": categoría CONSTANCIAS");
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).contains("-> categoría PRESTACIONES"), changed.get(0));

        // The same page saved again carries the old version: refused, nothing overwritten.
        RuleViolation stale = assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, () -> administration.update(
                new ServiceSettings(id, before.code(), null, null, null, "Otro nombre", "Otra", 3, 10, 20, true,
                        EnumSet.of(ApplicantKind.CONTRIBUTOR), true, true, before.version()))));
        assertEquals("error.catalog.changedMeanwhile", stale.getMessageKey());
        assertEquals("Servicio de prueba catálogo revisado", publicEntry(id).orElseThrow().name());

        ServiceSettings current = settings(id);
        assertEquals("error.catalog.slaRange", refusal(new ServiceSettings(id, null, null, null, null, "N", "D", 0, 10, 20, true,
                EnumSet.of(ApplicantKind.PENSIONER), false, true, current.version())));
        assertEquals("error.catalog.offeredToRequired", refusal(new ServiceSettings(id, null, null, null, null, "N", "D", 5, 10, 20, true,
                EnumSet.noneOf(ApplicantKind.class), false, true, current.version())));
        assertEquals("error.catalog.correctionRange", refusal(new ServiceSettings(id, null, null, null, null, "N", "D", 5, 0, 20, true,
                EnumSet.of(ApplicantKind.PENSIONER), false, true, current.version())));
        assertEquals("error.catalog.statutoryRange", refusal(new ServiceSettings(id, null, null, null, null, "N", "D", 5, 10, 251,
                true, EnumSet.of(ApplicantKind.PENSIONER), false, true, current.version())));

        // Taken out of the catalogue: citizens no longer find it.
        As.user(DemoAccounts.ADMIN, () -> administration.update(new ServiceSettings(id, null, null, null, null, current.name(),
                current.description(), current.slaBusinessDays(), current.correctionBusinessDays(), current.statutoryBusinessDays(),
                current.statutoryPausedWhenObserved(), current.offeredTo(), false, false, current.version())));
        assertTrue(publicEntry(id).isEmpty(), "an inactive service is not offered");
    }

    @Test
    void aNewServiceWaitsInactiveUntilAnAgentTypeAttendsItThenCitizensFindIt() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100_000_000L);
        String name = "Constancia de prueba nueva " + suffix;
        CatalogChoices choices = As.user(DemoAccounts.ADMIN, administration::choices);
        assertTrue(choices.categories().stream().anyMatch(c -> c.id() == QueueData.CATEGORY), "the form offers the categories");
        assertTrue(choices.areas().stream().anyMatch(a -> a.id() == QueueData.CAU_AREA), "and the areas");
        long id = As.user(DemoAccounts.ADMIN, () -> administration.create(new NewService(" n-" + suffix + " ", QueueData.CATEGORY,
                QueueData.CAU_AREA, "  " + name + " ", "Para probar el alta de un servicio.", 4,
                EnumSet.of(ApplicantKind.CONTRIBUTOR), false)));
        ServiceSettings created = settings(id);
        assertEquals("N-" + suffix, created.code(), "codes are upper case, trimmed");
        assertEquals(name, created.name());
        assertEquals(4, created.slaBusinessDays());
        assertFalse(created.active(), "a new service starts out of the catalogue");
        assertTrue(publicEntry(id).isEmpty(), "citizens do not find it yet");
        assertEquals(1, data.audit("CATALOG_SERVICE_CREATED", "N-" + suffix).size());

        // Nobody attends it yet: making it available is refused and it stays out of the catalogue.
        ServiceSettings available = new ServiceSettings(id, null, null, null, null, name, created.description(), 4, 10, 20, true,
                EnumSet.of(ApplicantKind.CONTRIBUTOR), false, true, created.version());
        assertEquals("error.catalog.unattended", refusal(available));
        assertFalse(settings(id).active());

        // Given to an agent type, it becomes available and a citizen can file for it.
        data.newAgentType(id);
        As.user(DemoAccounts.ADMIN, () -> administration.update(available));
        assertEquals(name, publicEntry(id).orElseThrow().name());
        assertEquals(List.of(), filingRequirements(id), "no documents were set for it");
    }

    @Test
    void aServiceThatCannotBeCreatedIsRefusedWithTheReasonAndNothingIsCreated() throws Exception {
        int before = As.user(DemoAccounts.ADMIN, administration::services).size();
        String taken = As.user(DemoAccounts.ADMIN, administration::services).get(0).name();
        Set<ApplicantKind> all = EnumSet.allOf(ApplicantKind.class);
        long cat = QueueData.CATEGORY;
        long area = QueueData.CAU_AREA;
        assertEquals("error.catalog.codeRequired", creation(new NewService(" ", cat, area, "Uno", "D", 5, all, false)));
        assertEquals("error.catalog.codeFormat", creation(new NewService("con espacio", cat, area, "Uno", "D", 5, all, false)));
        assertEquals("error.catalog.codeFormat", creation(new NewService("9-NUM", cat, area, "Uno", "D", 5, all, false)));
        assertEquals("error.catalog.codeTaken", creation(new NewService("queja", cat, area, "Uno", "D", 5, all, false)));
        assertEquals("error.catalog.categoryRequired", creation(new NewService("NUEVO-A", null, area, "Uno", "D", 5, all, false)));
        assertEquals("error.catalog.categoryRequired", creation(new NewService("NUEVO-A", -1L, area, "Uno", "D", 5, all, false)));
        assertEquals("error.catalog.areaRequired", creation(new NewService("NUEVO-A", cat, null, "Uno", "D", 5, all, false)));
        assertEquals("error.catalog.nameRequired", creation(new NewService("NUEVO-A", cat, area, " ", "D", 5, all, false)));
        assertEquals("error.catalog.nameTaken", creation(new NewService("NUEVO-A", cat, area, taken.toUpperCase(), "D", 5, all,
                false)));
        assertEquals("error.text.tooLong", creation(new NewService("NUEVO-A", cat, area, "x".repeat(161), "D", 5, all, false)));
        assertEquals("error.text.tooLong", creation(new NewService("NUEVO-A", cat, area, "Uno", "d".repeat(2001), 5, all,
                false)));
        assertEquals("error.catalog.descriptionRequired", creation(new NewService("NUEVO-A", cat, area, "Uno", null, 5, all, false)));
        assertEquals("error.catalog.slaRange", creation(new NewService("NUEVO-A", cat, area, "Uno", "D", 121, all, false)));
        assertEquals("error.catalog.offeredToRequired", creation(new NewService("NUEVO-A", cat, area, "Uno", "D", 5,
                EnumSet.noneOf(ApplicantKind.class), false)));
        assertEquals(before, As.user(DemoAccounts.ADMIN, administration::services).size(), "nothing half-made stays behind");
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.SUPERVISOR, () -> administration.create(
                new NewService("NUEVO-B", cat, area, "Dos", "D", 5, all, false))));
    }

    @Test
    void requirementsAreAddedEditedReorderedAndRemovedAndCitizensReadEachChange() throws Exception {
        long id = data.newService("requisitos");
        ServiceRequirements none = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.of(id));
        assertEquals(List.of(), none.requirements());

        ServiceRequirements one = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.add(id, none.version(),
                new RequirementSettings("  DUI (ambos lados) ", "Anverso y reverso.", true, Set.of(JPEG, PDF), 5)));
        assertTrue(one.version() > none.version(), "a change of the requirements moves the service's version on");
        ServiceRequirements two = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.add(id, one.version(),
                new RequirementSettings("Partida de nacimiento", null, false, Set.of(PDF), 2)));
        assertEquals(List.of("DUI (ambos lados)", "Partida de nacimiento"), names(two));

        // What the citizen reads in the public catalogue and on the filing form, at once.
        RequirementView dui = publicEntry(id).orElseThrow().requirements().get(0);
        assertEquals("DUI (ambos lados)", dui.name());
        assertEquals("Anverso y reverso.", dui.description());
        assertTrue(dui.mandatory());
        assertEquals("PDF, JPG", dui.allowedTypesLabel());
        assertEquals("5 MB", dui.maxSizeLabel());
        RequirementView birth = filingRequirements(id).get(1);
        assertEquals("Partida de nacimiento", birth.name());
        assertFalse(birth.mandatory());
        assertEquals("PDF", birth.allowedTypesLabel());
        assertEquals("2 MB", birth.maxSizeLabel());

        ServiceRequirements moved = As.user(DemoAccounts.ADMIN,
                () -> requirementAdministration.move(id, two.version(), birth.id(), true));
        assertEquals(List.of("Partida de nacimiento", "DUI (ambos lados)"), names(moved));
        assertEquals(List.of("Partida de nacimiento", "DUI (ambos lados)"), publicEntry(id).orElseThrow().requirements().stream()
                .map(RequirementView::name).toList());
        // Already first: nothing changes, not even the version.
        ServiceRequirements same = As.user(DemoAccounts.ADMIN,
                () -> requirementAdministration.move(id, moved.version(), birth.id(), true));
        assertEquals(moved, same);

        ServiceRequirements edited = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.update(id, same.version(), dui.id(),
                new RequirementSettings("DUI vigente", "", false, Set.of(PNG), 10)));
        RequirementView changed = filingRequirements(id).get(1);
        assertEquals("DUI vigente", changed.name());
        assertNull(changed.description());
        assertFalse(changed.mandatory());
        assertEquals("PNG", changed.allowedTypesLabel());
        assertEquals("10 MB", changed.maxSizeLabel());

        ServiceRequirements removed = As.user(DemoAccounts.ADMIN,
                () -> requirementAdministration.remove(id, edited.version(), birth.id()));
        assertEquals(List.of("DUI vigente"), names(removed));
        assertEquals(List.of("DUI vigente"), filingRequirements(id).stream().map(RequirementView::name).toList());

        String code = none.code() + ": ";
        List<String> added = data.audit("CATALOG_REQUIREMENT_ADDED", code);
        assertEquals(2, added.size(), added.toString());
        assertTrue(added.get(0).startsWith(DemoAccounts.ADMIN + ": " + code + "requisito " + dui.id() + " \"DUI (ambos lados)\""),
                added.get(0));
        assertEquals(1, data.audit("CATALOG_REQUIREMENT_MOVED", code).size());
        List<String> changes = data.audit("CATALOG_REQUIREMENT_CHANGED", code);
        assertEquals(1, changes.size(), changes.toString());
        assertTrue(changes.get(0).contains("DUI (ambos lados)") && changes.get(0).contains("-> requisito " + dui.id() + " \"DUI vigente\""),
                changes.get(0));
        assertEquals(1, data.audit("CATALOG_REQUIREMENT_REMOVED", code + "requisito " + birth.id()).size());
    }

    @Test
    void aStaleOrInvalidRequirementEditIsRefusedAndChangesNothing() throws Exception {
        long id = data.newService("requisitos rechazados");
        long start = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.of(id)).version();
        ServiceRequirements current = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.add(id, start,
                new RequirementSettings("Constancia de salario", null, true, Set.of(PDF), 5)));
        long requirement = current.requirements().get(0).id();

        // A page drawn before that change: refused, whatever it asks.
        assertEquals("error.catalog.changedMeanwhile", requirementRefusal(() -> requirementAdministration.add(id, start,
                new RequirementSettings("Otro documento", null, true, Set.of(PDF), 5))));
        assertEquals("error.catalog.changedMeanwhile", requirementRefusal(() -> requirementAdministration.update(id, start,
                requirement, new RequirementSettings("Nombre pisado", null, false, Set.of(PDF), 5))));
        assertEquals("error.catalog.changedMeanwhile", requirementRefusal(() -> requirementAdministration.remove(id, start,
                requirement)));
        // The service's own settings drawn before the requirement was added are stale too.
        ServiceSettings before = settings(id);
        assertEquals(current.version(), before.version());
        assertEquals("error.catalog.changedMeanwhile", refusal(new ServiceSettings(id, null, null, null, null, before.name(),
                "Descripción pisada", before.slaBusinessDays(), 10, 20, true, before.offeredTo(), true, true, start)));

        long version = current.version();
        assertEquals("error.requirement.nameRequired", requirementRefusal(() -> requirementAdministration.add(id, version,
                new RequirementSettings(" ", null, true, Set.of(PDF), 5))));
        assertEquals("error.requirement.typesRequired", requirementRefusal(() -> requirementAdministration.add(id, version,
                new RequirementSettings("Sin tipos", null, true, Set.of(), 5))));
        assertEquals("error.requirement.typeUnknown", requirementRefusal(() -> requirementAdministration.add(id, version,
                new RequirementSettings("Ejecutable", null, true, Set.of(PDF, "application/x-msdownload"), 5))));
        assertEquals("error.requirement.sizeRange", requirementRefusal(() -> requirementAdministration.add(id, version,
                new RequirementSettings("Vacío", null, true, Set.of(PDF), 0))));
        assertEquals("error.requirement.sizeRange", requirementRefusal(() -> requirementAdministration.add(id, version,
                new RequirementSettings("Enorme", null, true, Set.of(PDF), 11))));
        assertEquals("error.requirement.nameTaken", requirementRefusal(() -> requirementAdministration.add(id, version,
                new RequirementSettings("constancia DE SALARIO", null, true, Set.of(PDF), 5))));
        // Another service's requirement is not this service's to edit.
        long other = data.newService("otro servicio");
        long otherVersion = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.of(other)).version();
        NotFound foreign = assertThrows(NotFound.class, () -> As.user(DemoAccounts.ADMIN,
                () -> requirementAdministration.remove(other, otherVersion, requirement)));
        assertEquals("error.catalog.requirementNotFound", foreign.getMessageKey());

        ServiceRequirements after = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.of(id));
        assertEquals(current, after, "nothing refused was written");
        assertEquals(List.of("Constancia de salario"), filingRequirements(id).stream().map(RequirementView::name).toList());
        assertEquals(1, data.audit("CATALOG_REQUIREMENT_ADDED", after.code() + ": ").size());
    }

    @Test
    void aRemovedRequirementIsNoLongerAskedForButStaysOnTheDocumentsFiledForIt() throws Exception {
        long id = data.newService("requisito con documentos");
        long start = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.of(id)).version();
        ServiceRequirements current = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.add(id, start,
                new RequirementSettings("Declaración jurada", null, true, Set.of(PDF), 5)));
        long requirement = current.requirements().get(0).id();
        long ticket = data.queueTickets(id, 1).get(0);
        long request = data.requestOf(ticket);
        data.attach(ticket, requirement, "declaracion.pdf", PDF, Pdfs.pages(1, "Declaración"));

        ServiceRequirements removed = As.user(DemoAccounts.ADMIN,
                () -> requirementAdministration.remove(id, current.version(), requirement));
        assertEquals(List.of(), removed.requirements());
        assertEquals(List.of(), filingRequirements(id), "new requests no longer ask for it");

        // The citizen's request still shows which requirement its document answered.
        DocumentView document = As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.detail(request)).documents().get(0);
        assertEquals("declaracion.pdf", document.fileName());
        assertEquals("Declaración jurada", document.requirementName());

        // The same name may be asked for again: a new requirement, not the retired one.
        ServiceRequirements again = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.add(id, removed.version(),
                new RequirementSettings("Declaración jurada", null, false, Set.of(PDF), 5)));
        assertNotEquals(requirement, again.requirements().get(0).id());
    }

    @Test
    void formFieldsAreAddedEditedReorderedAndRemovedAndCitizensFillInEachChange() throws Exception {
        long id = data.newService("campos");
        ServiceForm none = As.user(DemoAccounts.ADMIN, () -> formAdministration.of(id));
        assertEquals(List.of(), none.fields());
        assertNull(none.formFileName());

        ServiceForm one = As.user(DemoAccounts.ADMIN, () -> formAdministration.addField(id, none.version(),
                new FieldSettings(" fecha_ingreso ", " Fecha de ingreso ", FieldType.DATE, true, List.of("ignorada"))));
        assertTrue(one.version() > none.version(), "a change of the fields moves the service's version on");
        ServiceForm two = As.user(DemoAccounts.ADMIN, () -> formAdministration.addField(id, one.version(),
                new FieldSettings("motivo", "Motivo del trámite", FieldType.SELECT, false, List.of(" Trámite bancario ", "", "Otro"))));

        // What the citizen's filing form asks for, at once.
        assertEquals(List.of(new FieldView("fecha_ingreso", "Fecha de ingreso", FieldType.DATE, true, List.of()),
                new FieldView("motivo", "Motivo del trámite", FieldType.SELECT, false, List.of("Trámite bancario", "Otro"))),
                filingFields(id));
        assertEquals(two.fields(), filingFields(id));

        ServiceForm moved = As.user(DemoAccounts.ADMIN, () -> formAdministration.moveField(id, two.version(), "motivo", true));
        assertEquals(List.of("motivo", "fecha_ingreso"), codes(moved));
        assertEquals(List.of("motivo", "fecha_ingreso"), filingFields(id).stream().map(FieldView::code).toList());
        ServiceForm same = As.user(DemoAccounts.ADMIN, () -> formAdministration.moveField(id, moved.version(), "motivo", true));
        assertEquals(moved, same, "already first: nothing changes, not even the version");

        // The code is fixed: the one the page sends with an edit is not taken.
        ServiceForm edited = As.user(DemoAccounts.ADMIN, () -> formAdministration.updateField(id, same.version(), "fecha_ingreso",
                new FieldSettings("otro_codigo", "Fecha de ingreso al INPEP", FieldType.TEXT, false, List.of())));
        assertEquals(new FieldView("fecha_ingreso", "Fecha de ingreso al INPEP", FieldType.TEXT, false, List.of()),
                filingFields(id).get(1));

        ServiceForm removed = As.user(DemoAccounts.ADMIN, () -> formAdministration.removeField(id, edited.version(), "motivo"));
        assertEquals(List.of("fecha_ingreso"), codes(removed));
        assertEquals(List.of("fecha_ingreso"), filingFields(id).stream().map(FieldView::code).toList());

        String code = none.code() + ": ";
        assertEquals(2, data.audit("CATALOG_FIELD_ADDED", code).size());
        assertEquals(1, data.audit("CATALOG_FIELD_MOVED", code + "campo motivo").size());
        List<String> changes = data.audit("CATALOG_FIELD_CHANGED", code);
        assertEquals(1, changes.size(), changes.toString());
        assertTrue(changes.get(0).contains("campo fecha_ingreso \"Fecha de ingreso\" (DATE, obligatorio)")
                && changes.get(0).contains("-> campo fecha_ingreso \"Fecha de ingreso al INPEP\" (TEXT, opcional)"), changes.get(0));
        assertEquals(1, data.audit("CATALOG_FIELD_REMOVED", code + "campo motivo").size());
    }

    @Test
    void aStaleOrInvalidFieldEditIsRefusedAndChangesNothing() throws Exception {
        long id = data.newService("campos rechazados");
        long start = As.user(DemoAccounts.ADMIN, () -> formAdministration.of(id)).version();
        ServiceForm current = As.user(DemoAccounts.ADMIN, () -> formAdministration.addField(id, start,
                new FieldSettings("anio", "Año fiscal", FieldType.NUMBER, true, List.of())));

        assertEquals("error.catalog.changedMeanwhile", formRefusal(() -> formAdministration.addField(id, start,
                new FieldSettings("nota", "Nota", FieldType.TEXT, false, List.of()))));
        assertEquals("error.catalog.changedMeanwhile", formRefusal(() -> formAdministration.updateField(id, start, "anio",
                new FieldSettings(null, "Año pisado", FieldType.NUMBER, true, List.of()))));
        assertEquals("error.catalog.changedMeanwhile", formRefusal(() -> formAdministration.moveField(id, start, "anio", false)));
        assertEquals("error.catalog.changedMeanwhile", formRefusal(() -> formAdministration.removeField(id, start, "anio")));
        assertEquals("error.catalog.changedMeanwhile", formRefusal(() -> formAdministration.attachForm(id, start, "f.pdf",
                TestFiles.pdf("Formulario"))));

        long version = current.version();
        for (String badCode : List.of("Motivo", "1anio", "mot-ivo", "año", "a".repeat(41))) {
            assertEquals("error.field.codeFormat", formRefusal(() -> formAdministration.addField(id, version,
                    new FieldSettings(badCode, "Campo", FieldType.TEXT, false, List.of()))), badCode);
        }
        assertEquals("error.field.codeRequired", formRefusal(() -> formAdministration.addField(id, version,
                new FieldSettings(" ", "Campo", FieldType.TEXT, false, List.of()))));
        assertEquals("error.field.codeTaken", formRefusal(() -> formAdministration.addField(id, version,
                new FieldSettings("anio", "Otro año", FieldType.TEXT, false, List.of()))));
        assertEquals("error.field.labelRequired", formRefusal(() -> formAdministration.addField(id, version,
                new FieldSettings("nota", "  ", FieldType.TEXT, false, List.of()))));
        assertEquals("error.field.labelTaken", formRefusal(() -> formAdministration.addField(id, version,
                new FieldSettings("anio_fiscal", "AÑO FISCAL", FieldType.TEXT, false, List.of()))));
        assertEquals("error.field.typeRequired", formRefusal(() -> formAdministration.addField(id, version,
                new FieldSettings("nota", "Nota", null, false, List.of()))));
        assertEquals("error.field.optionsTooFew", formRefusal(() -> formAdministration.addField(id, version,
                new FieldSettings("motivo", "Motivo", FieldType.SELECT, true, List.of("Único", " ")))));
        assertEquals("error.field.optionRepeated", formRefusal(() -> formAdministration.addField(id, version,
                new FieldSettings("motivo", "Motivo", FieldType.SELECT, true, List.of("Otro", "otro ")))));
        assertEquals("error.field.optionSeparator", formRefusal(() -> formAdministration.addField(id, version,
                new FieldSettings("motivo", "Motivo", FieldType.SELECT, true, List.of("Banco|Otro", "Ninguno")))));
        assertEquals("error.field.optionsTooFew", formRefusal(() -> formAdministration.updateField(id, version, "anio",
                new FieldSettings(null, "Año fiscal", FieldType.SELECT, true, List.of()))));
        // Another service's field is not this service's to edit.
        long other = data.newService("otro formulario");
        long otherVersion = As.user(DemoAccounts.ADMIN, () -> formAdministration.of(other)).version();
        NotFound foreign = assertThrows(NotFound.class, () -> As.user(DemoAccounts.ADMIN,
                () -> formAdministration.removeField(other, otherVersion, "anio")));
        assertEquals("error.catalog.fieldNotFound", foreign.getMessageKey());

        ServiceForm after = As.user(DemoAccounts.ADMIN, () -> formAdministration.of(id));
        assertEquals(current, after, "nothing refused was written");
        assertEquals(List.of(new FieldView("anio", "Año fiscal", FieldType.NUMBER, true, List.of())), filingFields(id));
        assertEquals(1, data.audit("CATALOG_FIELD_ADDED", after.code() + ": ").size());
    }

    @Test
    void aRemovedFieldIsNoLongerAskedForButItsValueStaysOnRequestsFiledWithIt() throws Exception {
        long id = data.newService("campo con datos");
        long start = As.user(DemoAccounts.ADMIN, () -> formAdministration.of(id)).version();
        ServiceForm current = As.user(DemoAccounts.ADMIN, () -> formAdministration.addField(id, start,
                new FieldSettings("motivo", "Motivo del trámite", FieldType.SELECT, true, List.of("Trámite de prueba", "Otro"))));
        long request = data.requestOf(data.queueTickets(id, 1).get(0));     // filed with {"motivo": "Trámite de prueba"}
        assertEquals(List.of(new FormEntry("Motivo del trámite", "Trámite de prueba")),
                As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.detail(request)).form());

        ServiceForm removed = As.user(DemoAccounts.ADMIN, () -> formAdministration.removeField(id, current.version(), "motivo"));
        assertEquals(List.of(), removed.fields());
        assertEquals(List.of(), filingFields(id), "new requests no longer ask for it");
        assertEquals(List.of(new FormEntry("Motivo del trámite", "Trámite de prueba")),
                As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.detail(request)).form(), "the citizen still reads it under its label");

        // Its code keys that value: a new field may not take it.
        assertEquals("error.field.codeTaken", formRefusal(() -> formAdministration.addField(id, removed.version(),
                new FieldSettings("motivo", "Motivo", FieldType.TEXT, true, List.of()))));
    }

    @Test
    void theDownloadableFormIsReplacedAndRemovedAndOnlyAPdfIsAccepted() throws Exception {
        long id = data.newService("formulario");
        long start = As.user(DemoAccounts.ADMIN, () -> formAdministration.of(id)).version();
        byte[] first = TestFiles.pdf("Formulario de solicitud, primera versión");
        ServiceForm attached = As.user(DemoAccounts.ADMIN,
                () -> formAdministration.attachForm(id, start, "C:\\Mis documentos\\Formulario.pdf", first));
        assertEquals("Formulario.pdf", attached.formFileName());
        assertEquals("Formulario.pdf", As.user(DemoAccounts.ADMIN, () -> formAdministration.of(id)).formFileName());
        assertTrue(attached.version() > start);
        assertEquals("Formulario.pdf", publicEntry(id).orElseThrow().formFileName());
        assertEquals("Formulario.pdf", As.user(DemoAccounts.CONTRIBUTOR, () -> requests.filingForm(id)).formFileName());
        // What is stored is the rewrite of the upload (FileSanitizer): the same page, a new file.
        assertTrue(TestFiles.text(catalog.form(id).content()).contains("Formulario de solicitud, primera versión"));
        TestFiles.assertDisarmed(catalog.form(id).content());

        byte[] second = TestFiles.pdf("Formulario de solicitud, segunda versión");
        ServiceForm replaced = As.user(DemoAccounts.ADMIN,
                () -> formAdministration.attachForm(id, attached.version(), "formulario nuevo", second));
        assertEquals("formulario nuevo.pdf", replaced.formFileName(), "named as what it is");
        FileContent served = catalog.form(id);
        assertEquals("formulario nuevo.pdf", served.fileName());
        assertEquals("application/pdf", served.contentType());
        assertTrue(TestFiles.text(served.content()).contains("Formulario de solicitud, segunda versión"),
                "citizens download the new one at once");
        byte[] stored = served.content();

        long version = replaced.version();
        assertEquals("error.catalog.formNotPdf", formRefusal(() -> formAdministration.attachForm(id, version, "formulario.pdf",
                TestFiles.exe())));
        assertEquals("error.catalog.formNotPdf", formRefusal(() -> formAdministration.attachForm(id, version, "formulario.png",
                TestFiles.png())));
        assertEquals("error.document.unreadablePdf", formRefusal(() -> formAdministration.attachForm(id, version, "roto.pdf",
                TestFiles.brokenPdf())));
        assertEquals("error.document.empty", formRefusal(() -> formAdministration.attachForm(id, version, "vacio.pdf", new byte[0])));
        assertEquals("error.catalog.formTooLarge", formRefusal(() -> formAdministration.attachForm(id, version, "enorme.pdf",
                TestFiles.pdfOfSize(10 * 1024 * 1024 + 1))));
        assertArrayEquals(stored, catalog.form(id).content(), "nothing refused was written");

        ServiceForm removed = As.user(DemoAccounts.ADMIN, () -> formAdministration.removeForm(id, version));
        assertNull(removed.formFileName());
        assertNull(publicEntry(id).orElseThrow().formFileName());
        assertEquals("error.catalog.formNotFound", assertThrows(NotFound.class, () -> catalog.form(id)).getMessageKey());
        assertEquals("error.catalog.formNotFound", assertThrows(NotFound.class,
                () -> As.user(DemoAccounts.ADMIN, () -> formAdministration.removeForm(id, removed.version()))).getMessageKey());

        String code = removed.code() + ": formulario ";
        List<String> uploads = data.audit("CATALOG_FORM_ATTACHED", code);
        assertEquals(2, uploads.size(), uploads.toString());
        assertTrue(uploads.get(1).contains("Formulario.pdf -> formulario nuevo.pdf (" + second.length + " bytes, SHA-256 "),
                uploads.get(1));
        assertEquals(1, data.audit("CATALOG_FORM_REMOVED", code + "formulario nuevo.pdf").size());
    }

    @Test
    void categoriesAreAddedRenamedReorderedAndDeletedAndCitizensSeeEachChange() throws Exception {
        String n = Long.toString(System.nanoTime() % 100_000_000L);
        List<CategoryView> added = As.user(DemoAccounts.ADMIN, () -> categoryAdministration.create(" cp-" + n + " ",
                "  Primera de prueba " + n + " "));
        assertEquals(added, categories());
        CategoryView created = added.get(added.size() - 1);
        long first = created.id();
        assertEquals(new CategoryView(first, "CP-" + n, "Primera de prueba " + n, 0, created.version()), created,
                "added last, its code upper case, both trimmed");
        assertTrue(As.user(DemoAccounts.ADMIN, administration::choices).categories().contains(
                new CatalogChoices.Choice(first, "Primera de prueba " + n)), "the form for a new service offers it");
        long second = idOf(As.user(DemoAccounts.ADMIN, () -> categoryAdministration.create("CS-" + n, "Segunda de prueba " + n)),
                "CS-" + n);

        // Each with a service, citizens find both, in the order of the list.
        long inFirst = data.newService("categoria primera", first);
        long inSecond = data.newService("categoria segunda", second);
        assertEquals(1, category(first).services());
        assertEquals(List.of("Primera de prueba " + n, "Segunda de prueba " + n), publicCategories(n));
        assertEquals("Primera de prueba " + n, publicEntry(inFirst).orElseThrow().categoryName());

        CategoryView untouched = categories().get(0);
        List<CategoryView> moved = As.user(DemoAccounts.ADMIN, () -> categoryAdministration.move(second, category(second).version(), true));
        assertEquals(List.of("Segunda de prueba " + n, "Primera de prueba " + n), publicCategories(n), "citizens see the new order");
        assertEquals(List.of(second, first), moved.stream().map(CategoryView::id).filter(id -> id == first || id == second).toList());
        assertEquals(moved, categories());
        // A page drawn before that move cannot move anything else: the order it shows is gone.
        assertEquals("error.category.changedMeanwhile", categoryRefusal(() -> categoryAdministration.move(untouched.id(),
                untouched.version(), false)));
        assertEquals(untouched.name(), categories().get(0).name());
        // Already first: nothing changes, not even a version.
        List<CategoryView> before = categories();
        assertEquals(before, As.user(DemoAccounts.ADMIN, () -> categoryAdministration.move(before.get(0).id(), before.get(0).version(),
                true)));

        As.user(DemoAccounts.ADMIN, () -> categoryAdministration.rename(first, category(first).version(), " Renombrada de prueba " + n));
        assertEquals("Renombrada de prueba " + n, category(first).name());
        assertEquals("Renombrada de prueba " + n, publicEntry(inFirst).orElseThrow().categoryName(), "the public catalogue, at once");
        assertEquals("Renombrada de prueba " + n, As.user(DemoAccounts.CONTRIBUTOR, () -> requests.filingForm(inFirst)).categoryName(),
                "and the filing page, whose Comprobante prints it");
        // Its own name in other letter case is not someone else's.
        As.user(DemoAccounts.ADMIN, () -> categoryAdministration.rename(first, category(first).version(), "RENOMBRADA de prueba " + n));
        assertEquals("RENOMBRADA de prueba " + n, category(first).name());
        assertEquals("Segunda de prueba " + n, publicEntry(inSecond).orElseThrow().categoryName());

        long empty = idOf(As.user(DemoAccounts.ADMIN, () -> categoryAdministration.create("CV-" + n, "Vacía de prueba " + n)), "CV-" + n);
        List<CategoryView> left = As.user(DemoAccounts.ADMIN, () -> categoryAdministration.delete(empty, category(empty).version()));
        assertTrue(left.stream().noneMatch(c -> c.id() == empty), "deleted");
        assertEquals(left, categories());
        assertTrue(As.user(DemoAccounts.ADMIN, administration::choices).categories().stream().noneMatch(c -> c.id() == empty),
                "no longer offered for a new service");

        // Who did what, to which category (by its code), and where it went.
        String cp = DemoAccounts.ADMIN + ": categoría CP-" + n + " ";
        String cs = DemoAccounts.ADMIN + ": categoría CS-" + n + " ";
        String cv = DemoAccounts.ADMIN + ": categoría CV-" + n + " ";
        int last = added.size();
        assertEquals(List.of(cp + "\"Primera de prueba " + n + "\" al puesto " + last,
                cs + "\"Segunda de prueba " + n + "\" al puesto " + (last + 1),
                cv + "\"Vacía de prueba " + n + "\" al puesto " + (last + 2)), data.audit("CATALOG_CATEGORY_CREATED", "-" + n));
        assertEquals(List.of(cs + "\"Segunda de prueba " + n + "\" al puesto " + last), data.audit("CATALOG_CATEGORY_MOVED", "-" + n));
        assertEquals(List.of(cp + "\"Primera de prueba " + n + "\" -> \"Renombrada de prueba " + n + "\"",
                cp + "\"Renombrada de prueba " + n + "\" -> \"RENOMBRADA de prueba " + n + "\""),
                data.audit("CATALOG_CATEGORY_RENAMED", "-" + n));
        assertEquals(List.of(cv + "\"Vacía de prueba " + n + "\""), data.audit("CATALOG_CATEGORY_DELETED", "-" + n));
    }

    @Test
    void aCategoryChangeThatBreaksARuleIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        String n = Long.toString(System.nanoTime() % 100_000_000L);
        long id = idOf(As.user(DemoAccounts.ADMIN, () -> categoryAdministration.create("CR-" + n, "Rechazos de prueba " + n)), "CR-" + n);
        List<CategoryView> before = categories();
        for (String badCode : List.of("con espacio", "9-NUM", "A", "ñandú", "CÓDIGO", "UNO_DOS")) {
            assertEquals("error.category.codeFormat", categoryRefusal(() -> categoryAdministration.create(badCode, "Nueva")), badCode);
        }
        assertEquals("error.category.codeRequired", categoryRefusal(() -> categoryAdministration.create("  ", "Nueva")));
        assertEquals("error.text.tooLong", categoryRefusal(() -> categoryAdministration.create("C".repeat(21), "Nueva")));
        assertEquals("error.category.codeTaken", categoryRefusal(() -> categoryAdministration.create("constancias", "Nueva")));
        assertEquals("error.category.codeTaken", categoryRefusal(() -> categoryAdministration.create("cr-" + n, "Nueva")));
        assertEquals("error.category.nameRequired", categoryRefusal(() -> categoryAdministration.create("NUEVA", " ")));
        assertEquals("error.text.tooLong", categoryRefusal(() -> categoryAdministration.create("NUEVA", "n".repeat(121))));
        assertEquals("error.category.nameTaken", categoryRefusal(() -> categoryAdministration.create("NUEVA",
                " CONSTANCIAS Y CERTIFICACIONES ")));

        CategoryView current = category(id);
        assertEquals("error.category.nameTaken", categoryRefusal(() -> categoryAdministration.rename(id, current.version(),
                "devoluciones")));
        assertEquals("error.category.nameRequired", categoryRefusal(() -> categoryAdministration.rename(id, current.version(), "")));
        assertEquals("error.text.tooLong", categoryRefusal(() -> categoryAdministration.rename(id, current.version(), "n".repeat(121))));

        // A service, even one not offered yet, keeps its category: deleting it is refused, saying how many it holds.
        long service = As.user(DemoAccounts.ADMIN, () -> administration.create(new NewService("SR-" + n, id, QueueData.CAU_AREA,
                "Servicio inactivo de prueba " + n, "D", 5, EnumSet.allOf(ApplicantKind.class), false)));
        assertFalse(settings(service).active());
        RuleViolation inUse = assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN,
                () -> categoryAdministration.delete(id, current.version())));
        assertEquals("error.category.inUse", inUse.getMessageKey());
        assertArrayEquals(new Object[]{"Rechazos de prueba " + n, 1L}, inUse.getArguments());
        CategoryView demo = category(QueueData.CATEGORY);
        assertTrue(demo.services() > 1, demo.toString());
        RuleViolation demoInUse = assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN,
                () -> categoryAdministration.delete(demo.id(), demo.version())));
        assertArrayEquals(new Object[]{demo.name(), demo.services()}, demoInUse.getArguments());

        // A page drawn before someone else's change: refused, whatever it asks.
        As.user(DemoAccounts.ADMIN, () -> categoryAdministration.rename(id, current.version(), "Rechazos renombrada " + n));
        assertEquals("error.category.changedMeanwhile", categoryRefusal(() -> categoryAdministration.rename(id, current.version(),
                "Otro nombre " + n)));
        assertEquals("error.category.changedMeanwhile", categoryRefusal(() -> categoryAdministration.move(id, current.version(), true)));
        assertEquals("error.category.changedMeanwhile", categoryRefusal(() -> categoryAdministration.delete(id, current.version())));
        assertEquals("error.category.notFound", assertThrows(NotFound.class, () -> As.user(DemoAccounts.ADMIN,
                () -> categoryAdministration.delete(-1, 0))).getMessageKey());

        List<CategoryView> after = categories();
        assertEquals(before.size(), after.size(), "nothing half-made stays behind");
        assertEquals("Rechazos renombrada " + n, category(id).name());
        assertEquals(List.of(), data.audit("CATALOG_CATEGORY_CREATED", "NUEVA"));
        assertEquals(1, data.audit("CATALOG_CATEGORY_RENAMED", "CR-" + n).size());
        assertEquals(List.of(), data.audit("CATALOG_CATEGORY_DELETED", "CR-" + n));
    }

    @Test
    void theAdministratorReadsTheFormOfAServiceThatCitizensCannotSeeYet() throws Exception {
        long id = data.newService("formulario en preparación");
        byte[] form = TestFiles.pdf("Formulario en preparación");
        As.user(DemoAccounts.ADMIN, () -> formAdministration.attachForm(id, settings(id).version(), "preparacion.pdf", form));
        ServiceSettings current = settings(id);
        As.user(DemoAccounts.ADMIN, () -> administration.update(new ServiceSettings(id, null, null, null, null, current.name(),
                "En preparación.", current.slaBusinessDays(), current.correctionBusinessDays(), current.statutoryBusinessDays(),
                current.statutoryPausedWhenObserved(), current.offeredTo(), current.allowsMultipleOpen(), false,
                current.version())));
        assertEquals("error.catalog.formNotFound", assertThrows(NotFound.class, () -> catalog.form(id)).getMessageKey(),
                "out of the catalogue, its form is not public");
        assertEquals("error.catalog.formNotFound", assertThrows(NotFound.class,
                () -> As.user(DemoAccounts.CONTRIBUTOR, () -> catalog.form(id))).getMessageKey());
        assertTrue(TestFiles.text(As.user(DemoAccounts.ADMIN, () -> catalog.form(id)).content())
                        .contains("Formulario en preparación"), "the administrator checks it before making the service available");
    }

    @Test
    void onlyTheAdministratorEditsTheCatalogue() throws Exception {
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.SUPERVISOR, administration::services));
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.CONTRIBUTOR, administration::services));
        long id = data.newService("requisitos ajenos");
        long version = As.user(DemoAccounts.ADMIN, () -> requirementAdministration.of(id)).version();
        RequirementSettings requirement = new RequirementSettings("Documento", null, true, Set.of(PDF), 5);
        for (String other : List.of(DemoAccounts.SUPERVISOR, DemoAccounts.AGENT, DemoAccounts.CONTRIBUTOR)) {
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> requirementAdministration.of(id)));
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> requirementAdministration.add(id, version, requirement)));
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> formAdministration.of(id)));
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> formAdministration.addField(id, version,
                    new FieldSettings("nota", "Nota", FieldType.TEXT, false, List.of()))));
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> formAdministration.attachForm(id, version, "f.pdf",
                    TestFiles.pdf("Formulario"))));
            assertThrows(EJBAccessException.class, () -> As.user(other, categoryAdministration::all));
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> categoryAdministration.create("AJENA", "Categoría ajena")));
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> categoryAdministration.rename(QueueData.CATEGORY, 0,
                    "Categoría ajena")));
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> categoryAdministration.move(QueueData.CATEGORY, 0, false)));
            assertThrows(EJBAccessException.class, () -> As.user(other, () -> categoryAdministration.delete(QueueData.CATEGORY, 0)));
        }
        assertTrue(categories().stream().noneMatch(c -> c.code().equals("AJENA") || c.name().equals("Categoría ajena")));
        assertEquals(List.of(), As.user(DemoAccounts.ADMIN, () -> requirementAdministration.of(id)).requirements());
        ServiceForm untouched = As.user(DemoAccounts.ADMIN, () -> formAdministration.of(id));
        assertEquals(List.of(), untouched.fields());
        assertNull(untouched.formFileName());
    }

    private List<CategoryView> categories() throws Exception {
        return As.user(DemoAccounts.ADMIN, categoryAdministration::all);
    }

    private CategoryView category(long id) throws Exception {
        return categories().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** The names of the public catalogue's categories that end with {@code suffix}, in the order citizens see them. */
    private List<String> publicCategories(String suffix) {
        return catalog.browse().stream().map(CatalogCategory::name).filter(name -> name.endsWith(" " + suffix)).toList();
    }

    private static long idOf(List<CategoryView> categories, String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    private String categoryRefusal(Callable<List<CategoryView>> change) {
        return assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, change)).getMessageKey();
    }

    private String creation(NewService service) {
        return assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, () -> administration.create(service)))
                .getMessageKey();
    }

    private ServiceSettings settings(long id) throws Exception {
        return As.user(DemoAccounts.ADMIN, administration::services).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private Optional<CatalogEntry> publicEntry(long id) {
        return catalog.browse().stream().flatMap(c -> c.services().stream()).filter(s -> s.id() == id).findFirst();
    }

    private List<RequirementView> filingRequirements(long id) throws Exception {
        return As.user(DemoAccounts.CONTRIBUTOR, () -> requests.filingForm(id)).requirements();
    }

    private List<FieldView> filingFields(long id) throws Exception {
        return As.user(DemoAccounts.CONTRIBUTOR, () -> requests.filingForm(id)).fields();
    }

    private static List<String> codes(ServiceForm form) {
        return form.fields().stream().map(FieldView::code).toList();
    }

    private String formRefusal(Callable<ServiceForm> change) {
        return assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, change)).getMessageKey();
    }

    private static List<String> names(ServiceRequirements requirements) {
        return requirements.requirements().stream().map(RequirementView::name).toList();
    }

    private String requirementRefusal(Callable<ServiceRequirements> change) {
        return assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, change)).getMessageKey();
    }

    private String refusal(ServiceSettings settings) {
        return assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, () -> administration.update(settings)))
                .getMessageKey();
    }
}
