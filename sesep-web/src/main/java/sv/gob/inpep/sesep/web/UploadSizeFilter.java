package sv.gob.inpep.sesep.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import sv.gob.inpep.sesep.documents.control.UploadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Answers an upload larger than any file SESEP takes with a Spanish page (413), before anything
 * reads its body. Without it such a request reaches the container's own limits (Undertow's
 * max-post-size) in the middle of parsing, and the citizen gets a bare error or the incident page.
 * The page is written here, not rendered by Faces: a Faces page would read the request's
 * parameters, that is, parse the very body that is too large. The body is read and thrown away
 * first, though: a browser sends all of it before it reads the answer, and a server that closes
 * the connection on an unread body makes the browser show a reset connection instead of the page
 * (Undertow's max-post-size still ends an absurd one). Each kind of file's own limit is
 * checked by the application with a message next to its field; this is only the outer bound, the
 * largest of them plus room for the form's other fields.
 * <p>
 * A PrimeFaces upload is an Ajax request (header {@code Faces-Request: partial/ajax}): a page would
 * be lost on it, and an error status leaves the file's row with a full progress bar and no word.
 * It gets a Faces partial response instead, which changes nothing on the page and carries the
 * message as a PrimeFaces callback argument ({@value #REFUSAL_ARGUMENT}); sesep.js shows it at the
 * upload, where PrimeFaces shows its own check of the file's size, and the page keeps everything
 * the person did.
 */
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The form's other fields and the multipart framing around the file. */
    static final long ENVELOPE_BYTES = 1024L * 1024;
    /** The callback argument sesep.js looks for: the refusal's summary and detail. */
    static final String REFUSAL_ARGUMENT = "sesepUploadRefused";
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Inject
    UploadLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (multipart && request.getContentLengthLong() > limits.getLargestBytes() + ENVELOPE_BYTES) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(BusinessExceptionHandler.BUNDLE, SPANISH,
                Thread.currentThread().getContextClassLoader());
        String title = bundle.getString("upload.tooLarge.title");
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        String text = new MessageFormat(bundle.getString(ajax ? "upload.tooLarge.ajax" : "upload.tooLarge.text"), SPANISH)
                .format(new Object[]{limits.getDocumentMaxMegabytes(), limits.getAnswerMaxMegabytes()});
        discard(request);
        if (ajax) {
            refuseAjax(response, title, text);
            return;
        }
        String context = request.getContextPath();
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter page = response.getWriter();
        page.print("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"UTF-8\"><title>" + escape(title)
                + " - SESEP</title><link rel=\"stylesheet\" href=\"" + context
                + "/jakarta.faces.resource/css/sesep.css.xhtml\"></head><body><main class=\"sesep-main\"><h1>"
                + escape(title) + "</h1><p class=\"sesep-lead\">" + escape(text) + "</p><p><a href=\"" + context
                + "/\">" + escape(bundle.getString("error.page.home")) + "</a></p></main></body></html>");
    }

    /** A partial response (status 200, as Faces answers Ajax) that changes nothing and carries the message. */
    private static void refuseAjax(HttpServletResponse response, String summary, String detail) throws IOException {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String arguments = Json.createObjectBuilder().add(REFUSAL_ARGUMENT,
                Json.createObjectBuilder().add("summary", summary).add("detail", detail)).build().toString();
        response.getWriter().print("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes>"
                + "<extension ln=\"primefaces\" type=\"args\">" + escape(arguments) + "</extension>"
                + "</changes></partial-response>");
    }

    private static void discard(HttpServletRequest request) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = request.getInputStream()) {
            while (body.read(buffer) >= 0) {
                // Only to let the browser finish sending.
            }
        } catch (IOException beyondTheServersLimit) {
            // Undertow stopped reading at max-post-size and will close the connection.
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
