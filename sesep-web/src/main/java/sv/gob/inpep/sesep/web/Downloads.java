package sv.gob.inpep.sesep.web;

import jakarta.servlet.http.HttpServletResponse;
import sv.gob.inpep.sesep.documents.boundary.FileContent;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Writes a file to the browser as a download, the same way for every servlet that serves one. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(HttpServletResponse response, FileContent file) throws IOException {
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.content().length);
        // RFC 6266: an ASCII fallback plus the UTF-8 name, so accents survive in every browser.
        String ascii = file.fileName().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "");
        String utf8 = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8);
        // Personal documents: never kept by shared caches or the browser's disk cache.
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }
}
