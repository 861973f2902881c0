package sv.gob.inpep.sesep.documents.boundary;

import java.util.Objects;

/** A file on its way to a browser: the name to save it under, its type and its bytes. */
public record FileContent(String fileName, String contentType, byte[] content) {

    public FileContent {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
