package sv.gob.inpep.sesep.tickets.boundary;

/** A file the agent opens (a document, the service's form, the stamped answer). */
public record FileDownload(String fileName, String contentType, byte[] content) {
}
