package sv.gob.inpep.sesep.documents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.DocumentRequirement;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.documents.control.UploadLimits;
import sv.gob.inpep.sesep.documents.entity.StagedUpload;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Documents a citizen attaches to a filing form (or to the form that fixes an observed request)
 * before submitting it. Each file is checked by content the moment it arrives and kept in the
 * database under the caller and the form's token; {@code Requests} turns them into the request's
 * documents on submission. Only the caller's own uploads are ever listed or removed.
 */
@Stateless
@RolesAllowed("CIUDADANO")
public class Uploads {

    /** Files one form may carry; far beyond any service's needs, it stops a runaway client. */
    static final int MAX_FILES_PER_FORM = 30;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{16,64}");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    UploadLimits limits;

    private final DocumentInspector inspector = new DocumentInspector();

    /**
     * Checks and keeps one file for the form {@code formToken} of service {@code serviceId}.
     *
     * @param requirementId the requirement it answers, or null for an extra document
     */
    public StagedFile stage(String formToken, long serviceId, Long requirementId, String fileName, byte[] content) {
        String token = checkedToken(formToken);
        CatalogService service = em.find(CatalogService.class, serviceId);
        if (service == null || !service.isActive()) {
            throw new NotFound("error.catalog.serviceNotFound");
        }
        DocumentRequirement requirement = null;
        if (requirementId != null) {
            requirement = service.requirement(requirementId).orElseThrow(() -> new NotFound("error.catalog.requirementNotFound"));
        }
        String owner = caller();
        long staged = em.createNamedQuery("StagedUpload.countByForm", Long.class)
                .setParameter("owner", owner).setParameter("formToken", token).getSingleResult();
        String name = DocumentInspector.safeFileName(fileName);
        try {
            if (staged >= MAX_FILES_PER_FORM) {
                throw new RuleViolation("error.document.tooMany", MAX_FILES_PER_FORM);
            }
            // The size as uploaded, before the rewrite: that is what the citizen sees and what the
            // page announced; and a file over the limit is not worth rewriting.
            long limit = requirement == null ? limits.getDocumentMaxBytes()
                    : Math.min(requirement.getMaxSizeBytes(), limits.getDocumentMaxBytes());
            if (content != null && content.length > limit) {
                throw new RuleViolation("error.document.tooLarge", name, limit);
            }
            DocumentInspector.Inspection found = inspector.inspect(name, content);
            StagedUpload upload = new StagedUpload(owner, token, service, requirement, found.fileName(),
                    found.contentType(), found.sizeBytes(), found.sha256(), found.content(), LocalDateTime.now(clock));
            em.persist(upload);
            em.flush();
            audit.record(AuditAction.DOCUMENT_UPLOADED, null, null, null, describe(service, requirement, upload));
            return view(upload);
        } catch (RuleViolation refused) {
            audit.recordRefusal(AuditAction.DOCUMENT_UPLOAD_REFUSED, null, null, null, "Servicio " + service.getCode()
                    + (requirement == null ? "" : ", requisito " + requirement.getId()) + ", archivo " + name
                    + " (" + (content == null ? 0 : content.length) + " bytes): " + refused.getMessageKey());
            throw refused;
        }
    }

    /** Removes one of the caller's files from the form before submitting it. */
    public void discard(String formToken, long stagedId) {
        StagedUpload upload = em.find(StagedUpload.class, stagedId);
        if (upload == null || !upload.belongsTo(caller(), checkedToken(formToken))) {
            throw new NotFound("error.file.notFound");
        }
        em.remove(upload);
        audit.record(AuditAction.DOCUMENT_UPLOAD_DISCARDED, null, null, null, upload.getFileName() + " (" + upload.getSha256() + ")");
    }

    /** The caller's files on the form, oldest first. */
    public List<StagedFile> staged(String formToken) {
        return em.createNamedQuery("StagedUpload.byForm", StagedUpload.class)
                .setParameter("owner", caller()).setParameter("formToken", checkedToken(formToken))
                .getResultStream().map(Uploads::view).toList();
    }

    static StagedFile view(StagedUpload upload) {
        return new StagedFile(upload.getId(), upload.getRequirement() == null ? null : upload.getRequirement().getId(),
                upload.getFileName(), upload.getContentType(), upload.getSizeBytes());
    }

    private static String describe(CatalogService service, DocumentRequirement requirement, StagedUpload upload) {
        return "Servicio " + service.getCode() + ", " + (requirement == null ? "documento adicional" : "requisito "
                + requirement.getId() + " (" + requirement.getName() + ")") + ": " + upload.getFileName() + ", "
                + upload.getContentType() + ", " + upload.getSizeBytes() + " bytes, SHA-256 " + upload.getSha256();
    }

    /** Tokens are made by the server (UUIDs); anything else is not a form of ours. */
    static String checkedToken(String formToken) {
        if (formToken == null || !TOKEN.matcher(formToken).matches()) {
            throw new NotFound("error.file.notFound");
        }
        return formToken;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
