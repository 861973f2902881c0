package sv.gob.inpep.sesep.requests.control;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * SESEP's one PDF path for what is issued at filing: the Comprobante de Presentación de Solicitud
 * Electrónica in the layout of the manual's Annex 1, and the attention ticket of Annex 2 sized for
 * an 80 mm receipt printer. Both carry a verification code and a QR code that leads to the public
 * verification page.
 * <p>
 * Only the 14 standard PDF fonts are used (Helvetica's WinAnsi encoding covers Spanish), so no
 * font file ships and text stays extractable for search and for the tests. A plain class: callers
 * pass every value in, it touches no database and no clock.
 */
public final class ReceiptRenderer {

    /** 80 mm wide; long enough for the ticket's content on continuous thermal paper. */
    public static final PageSize TICKET_PAGE = new PageSize(80f / 25.4f * 72f, 110f / 25.4f * 72f);

    static final String GOVERNMENT = "GOBIERNO DE EL SALVADOR";
    static final String INSTITUTE = "INSTITUTO NACIONAL DE PENSIONES DE LOS EMPLEADOS PÚBLICOS";
    static final String SYSTEM = "SISTEMA ELECTRÓNICO DE SERVICIOS PREVISIONALES";
    static final String RECEIPT_TITLE = "\"COMPROBANTE DE PRESENTACIÓN DE SOLICITUD ELECTRÓNICA\"";
    static final String ADDRESS = "Entre 15 y 17 Calle Poniente. - Centro de Gobierno, San Salvador, El Salvador, C.A."
            + " Teléfono: 2255-1200      Código Postal 01-117";

    private static final Color NAVY = new DeviceRgb(11, 58, 117);
    private static final Color LIGHT = new DeviceRgb(232, 238, 246);
    private static final Color GREY = new DeviceRgb(82, 96, 109);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("hh:mm");

    /** The Comprobante (Annex 1), one letter-size page. */
    public byte[] receipt(ReceiptContent c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
             Document doc = new Document(pdf, PageSize.LETTER)) {
            pdf.getDocumentInfo().setTitle("Comprobante de Presentación de Solicitud Electrónica " + c.seiNumber())
                    .setAuthor("INPEP - SESEP").setSubject(c.serviceName());
            Fonts f = new Fonts();
            doc.setFont(f.regular).setFontSize(9.5f);
            doc.setMargins(30, 40, 56, 40);

            doc.add(receiptHeader(f));
            if (c.resubmission()) {
                doc.add(new Paragraph("Presentación por subsanación de observaciones").setFont(f.bold)
                        .setFontSize(9).setFontColor(NAVY).setTextAlignment(TextAlignment.CENTER).setMarginTop(4));
            }

            Table applicant = table(4, new float[]{1.25f, 2f, 1.35f, 2f});
            sectionTitle(applicant, "IDENTIFICACIÓN DEL SOLICITANTE", 4, f);
            applicant.addCell(label("CALIDAD DE:", f));
            applicant.addCell(value(new Paragraph()
                    .add(choice(c.kind() == ApplicantKind.CONTRIBUTOR, "Cotizante", f))
                    .add(new Text("        "))
                    .add(choice(c.kind() == ApplicantKind.PENSIONER, "Pensionado", f))
                    .add(new Text("        "))
                    .add(choice(c.kind() == ApplicantKind.BENEFICIARY, "Beneficiario", f)), 3));
            labelled(applicant, "NUP:", c.nup(), 1, f);
            labelled(applicant, "MATRÍCULA INPEP:", c.matricula(), 1, f);
            labelled(applicant, "EXPEDIENTE:", c.expediente(), 1, f);
            labelled(applicant, "DUI:", c.dui(), 1, f);
            labelled(applicant, "NOMBRES:", c.firstNames(), 1, f);
            labelled(applicant, "APELLIDOS:", c.lastNames(), 1, f);
            labelled(applicant, "TELÉFONO:", c.phone(), 3, f);
            labelled(applicant, "CORREO ELECTRÓNICO:", c.email(), 3, f);
            doc.add(applicant.setMarginTop(14));

            Table service = table(2, new float[]{1.25f, 5.35f});
            sectionTitle(service, "DETALLE DEL SERVICIO SOLICITADO", 2, f);
            labelled(service, "SERVICIO:", c.serviceName(), 1, f);
            labelled(service, "CATEGORIA:", c.categoryName(), 1, f);
            labelled(service, "ÁREA QUE ATENDERÁ:", c.areaName(), 1, f);
            doc.add(service.setMarginTop(12));

            doc.add(new Paragraph("*" + FilingDeclaration.TEXT).setFont(f.italic).setFontSize(9)
                    .setTextAlignment(TextAlignment.JUSTIFIED).setMarginTop(14).setMarginBottom(0));

            doc.add(presentation(c, f).setMarginTop(12));
            doc.add(verification(pdf, c.verificationCode(), c.verificationUrl(), f, 78).setMarginTop(14));

            // The institute's address sits at the foot of the page, as on the printed form.
            float width = PageSize.LETTER.getWidth() - 80;
            doc.add(new Paragraph(ADDRESS).setFontSize(8).setFontColor(GREY).setTextAlignment(TextAlignment.CENTER)
                    .setBorderTop(new SolidBorder(GREY, 0.5f)).setPaddingTop(4)
                    .setFixedPosition(1, 40, 24, width));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The attention ticket (Annex 2), for an 80 mm printer. */
    public byte[] ticket(TicketContent t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
             Document doc = new Document(pdf, TICKET_PAGE)) {
            pdf.getDocumentInfo().setTitle("Ticket de atención " + t.ticketNumber() + " - " + t.seiNumber())
                    .setAuthor("INPEP - SESEP");
            Fonts f = new Fonts();
            doc.setFont(f.regular).setFontSize(9).setTextAlignment(TextAlignment.CENTER);
            doc.setMargins(12, 10, 12, 10);

            doc.add(centered("SERVICIOS PREVISIONALES WEB", f.bold, 9));
            doc.add(centered("inpep", f.bold, 24).setFontColor(NAVY).setMarginTop(2).setMarginBottom(0));
            doc.add(centered("Instituto Nacional de Pensiones de los Empleados Públicos", f.regular, 7)
                    .setFontColor(GREY));
            doc.add(centered(DATE.format(t.issuedAt()) + " " + clock(t.issuedAt()), f.regular, 9).setMarginTop(6));
            doc.add(centered("Usuario", f.regular, 8).setFontColor(GREY).setMarginTop(6).setMarginBottom(0));
            doc.add(centered(t.userName().toUpperCase(Locale.forLanguageTag("es")), f.bold, 9).setMarginBottom(0));
            if (t.userId() != null) {
                doc.add(centered(t.userId(), f.regular, 9));
            }
            doc.add(centered("Su número de atención es", f.regular, 10).setMarginTop(6).setMarginBottom(0));
            doc.add(centered(t.ticketNumber(), f.bold, 30).setMarginTop(0).setMarginBottom(0));
            doc.add(centered(t.seiNumber(), f.bold, 13).setMarginTop(0));
            Image qr = qr(pdf, t.verificationUrl(), 72).setHorizontalAlignment(HorizontalAlignment.CENTER);
            doc.add(qr);
            doc.add(centered(t.verificationCode(), f.regular, 8).setMarginTop(0).setMarginBottom(0));
            doc.add(centered("www.inpep.gob.sv", f.regular, 8).setMarginTop(4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** "08:00 a.m.", as the manual's ticket writes the time. */
    static String clock(LocalDateTime time) {
        return TIME.format(time) + (time.getHour() < 12 ? " a.m." : " p.m.");
    }

    private static Table receiptHeader(Fonts f) {
        Table header = table(3, new float[]{1.3f, 4f, 1.3f});
        header.addCell(plain(new Paragraph(GOVERNMENT).setFont(f.bold).setFontSize(8).setFontColor(NAVY))
                .setVerticalAlignment(VerticalAlignment.MIDDLE));
        Cell centre = plain(new Paragraph(INSTITUTE).setFont(f.bold).setFontSize(11).setFontColor(NAVY)
                .setTextAlignment(TextAlignment.CENTER).setMarginBottom(2));
        centre.add(new Paragraph(SYSTEM).setFont(f.bold).setFontSize(9).setTextAlignment(TextAlignment.CENTER)
                .setMarginBottom(6));
        centre.add(new Paragraph(RECEIPT_TITLE).setFont(f.bold).setFontSize(11).setTextAlignment(TextAlignment.CENTER));
        header.addCell(centre);
        header.addCell(plain(new Paragraph("inpep").setFont(f.bold).setFontSize(20).setFontColor(NAVY)
                .setTextAlignment(TextAlignment.RIGHT)).setVerticalAlignment(VerticalAlignment.MIDDLE));
        return header;
    }

    private static Table presentation(ReceiptContent c, Fonts f) {
        Table table = table(3, new float[]{2.2f, 1.6f, 2.8f});
        table.addCell(heading("USUARIO SOLICITANTE", 1, f));
        table.addCell(heading("DATOS DE PRESENTACIÓN ELECTRÓNICA", 2, f));
        Cell user = new Cell(4, 1).setBorder(new SolidBorder(NAVY, 0.75f)).setPadding(5)
                .setVerticalAlignment(VerticalAlignment.MIDDLE);
        user.add(new Paragraph(join(c.firstNames(), c.lastNames())).setFont(f.bold).setMarginBottom(4));
        user.add(new Paragraph("Canal Electrónico: SESEP"));
        table.addCell(user);
        table.addCell(new Cell(1, 2).add(new Paragraph(c.seiNumber()).setFont(f.bold).setFontSize(13)
                .setTextAlignment(TextAlignment.CENTER)).setBorder(new SolidBorder(NAVY, 0.75f)).setPadding(4));
        labelled(table, "FECHA:", DATE.format(c.presentedAt()), 1, f);
        labelled(table, "HORA:", clock(c.presentedAt()), 1, f);
        labelled(table, "REGISTRO DE ATENCIÓN:", c.ticketNumber(), 1, f);
        return table;
    }

    private static Table verification(PdfDocument pdf, String code, String url, Fonts f, float size) {
        Table table = table(2, new float[]{1f, 5.6f});
        table.addCell(plain(qr(pdf, url, size)));
        Cell text = plain(new Paragraph("Código de verificación: ").setFont(f.bold).add(new Text(code).setFont(f.regular)))
                .setVerticalAlignment(VerticalAlignment.MIDDLE);
        text.add(new Paragraph("Verifique la autenticidad de este comprobante escaneando el código QR o en")
                .setFontSize(8.5f).setFontColor(GREY).setMarginBottom(0));
        text.add(new Paragraph(url).setFontSize(8.5f).setFontColor(GREY));
        table.addCell(text);
        return table;
    }

    private static Image qr(PdfDocument pdf, String url, float size) {
        PdfFormXObject code = new BarcodeQRCode(url).createFormXObject(ColorConstants.BLACK, pdf);
        return new Image(code).setWidth(size).setHeight(size);
    }

    private static Text choice(boolean selected, String label, Fonts f) {
        return new Text((selected ? "(X) " : "(  ) ") + label).setFont(selected ? f.bold : f.regular);
    }

    private static Table table(int columns, float[] widths) {
        if (widths.length != columns) {
            throw new IllegalArgumentException("widths");
        }
        return new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
    }

    private static void sectionTitle(Table table, String title, int colspan, Fonts f) {
        table.addCell(heading(title, colspan, f));
    }

    private static Cell heading(String title, int colspan, Fonts f) {
        return new Cell(1, colspan).add(new Paragraph(title).setFont(f.bold).setFontColor(ColorConstants.WHITE))
                .setBackgroundColor(NAVY).setBorder(new SolidBorder(NAVY, 0.75f)).setPadding(4);
    }

    private static void labelled(Table table, String label, String value, int valueColspan, Fonts f) {
        table.addCell(label(label, f));
        table.addCell(value(new Paragraph(value == null || value.isBlank() ? "—" : value), valueColspan));
    }

    private static Cell label(String label, Fonts f) {
        return new Cell().add(new Paragraph(label).setFont(f.bold).setFontSize(8.5f))
                .setBackgroundColor(LIGHT).setBorder(new SolidBorder(NAVY, 0.75f)).setPadding(4)
                .setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    private static Cell value(Paragraph value, int colspan) {
        return new Cell(1, colspan).add(value).setBorder(new SolidBorder(NAVY, 0.75f)).setPadding(4)
                .setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    private static Cell plain(Paragraph content) {
        return new Cell().add(content).setBorder(Border.NO_BORDER).setPadding(2);
    }

    private static Cell plain(Image content) {
        return new Cell().add(content).setBorder(Border.NO_BORDER).setPadding(2);
    }

    private static Paragraph centered(String text, PdfFont font, float size) {
        return new Paragraph(text).setFont(font).setFontSize(size).setTextAlignment(TextAlignment.CENTER)
                .setMarginTop(1).setMarginBottom(1).setMultipliedLeading(1.0f);
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }

    /** Fonts belong to one PdfDocument, so each rendering makes its own. */
    private static final class Fonts {
        final PdfFont regular;
        final PdfFont bold;
        final PdfFont italic;

        Fonts() throws IOException {
            regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
            italic = PdfFontFactory.createFont(StandardFonts.HELVETICA_OBLIQUE);
        }
    }
}
