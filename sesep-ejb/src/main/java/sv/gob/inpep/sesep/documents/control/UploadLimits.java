package sv.gob.inpep.sesep.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest file of each kind SESEP takes, in one place for the checks and the pages (which read
 * it as {@code #{uploadLimits}} for their upload fields' limits and labels). Configured in
 * megabytes: {@code sesep.upload.document-max-mb} (env {@code SESEP_UPLOAD_DOCUMENT_MAX_MB}) for a
 * citizen's document — the most any requirement may allow and the limit of an extra document —,
 * {@code sesep.upload.answer-max-mb} for an agent's answer and {@code sesep.upload.form-max-mb}
 * for a service's downloadable form. The container's own limits (web.xml, Undertow's
 * max-post-size) sit above the largest, so that these decide, with a Spanish message.
 */
@ApplicationScoped
@Named("uploadLimits")
public class UploadLimits {

    @Inject
    @ConfigProperty(name = "sesep.upload.document-max-mb", defaultValue = "10")
    int documentMaxMegabytes;

    @Inject
    @ConfigProperty(name = "sesep.upload.answer-max-mb", defaultValue = "20")
    int answerMaxMegabytes;

    @Inject
    @ConfigProperty(name = "sesep.upload.form-max-mb", defaultValue = "10")
    int formMaxMegabytes;

    public int getDocumentMaxMegabytes() {
        return documentMaxMegabytes;
    }

    public long getDocumentMaxBytes() {
        return documentMaxMegabytes * DocumentInspector.BYTES_PER_MEGABYTE;
    }

    public int getAnswerMaxMegabytes() {
        return answerMaxMegabytes;
    }

    public long getAnswerMaxBytes() {
        return answerMaxMegabytes * DocumentInspector.BYTES_PER_MEGABYTE;
    }

    public int getFormMaxMegabytes() {
        return formMaxMegabytes;
    }

    public long getFormMaxBytes() {
        return formMaxMegabytes * DocumentInspector.BYTES_PER_MEGABYTE;
    }

    /** The largest of the three: what the upload filter lets through to the pages. */
    public long getLargestBytes() {
        return Math.max(getDocumentMaxBytes(), Math.max(getAnswerMaxBytes(), getFormMaxBytes()));
    }
}
