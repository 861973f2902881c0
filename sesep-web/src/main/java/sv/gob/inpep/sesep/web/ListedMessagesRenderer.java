package sv.gob.inpep.sesep.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;

/**
 * PrimeFaces' p:messages without {@code role="alert"} on each list item: that role takes the
 * item out of its list (axe-core rule "list", WCAG 1.3.1), and the messages' container already
 * tells screen readers of a new message ({@code aria-live="polite"}).
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"role".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, messages, message, severity, escape);
    }
}
