package sv.gob.inpep.sesep.requests.control;

/**
 * The declaration the citizen accepts before filing, word for word from the manual's Annex 1
 * (including its "verás"). It lives here, once, because the receipt certifies that the citizen
 * accepted exactly this text: the filing page shows it from here rather than from the UI bundle,
 * so the page and the PDF can never drift apart.
 */
public final class FilingDeclaration {

    public static final String TEXT = "Manifiesto que estoy informado del mecanismo para recepción y atención de"
            + " solicitudes electrónicas en el Centro de Atención al Usuario INPEP, así mismo, expreso que la"
            + " información proporcionada es verás y auténtica, sabiendo que podrá solicitarme en cualquier"
            + " momento del proceso ante el servicio requerido, la presentación de documentación en físico para"
            + " aquellos casos que sean de vital importancia y esté regulado como requisito legal.";

    private FilingDeclaration() {
    }
}
