package sv.gob.inpep.sesep.web.portal.requests;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.requests.boundary.ReceiptView;
import sv.gob.inpep.sesep.requests.boundary.RequestDetail;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.List;

/**
 * One of the citizen's requests ({@code ?id=}): state, timeline, documents, receipts, answer, and
 * the rating form once it is attended. Right after filing or fixing ({@code presentada},
 * {@code subsanada}) it leads with the SEI and the two PDFs just issued.
 */
@Named
@ViewScoped
public class RequestDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestTracking tracking;

    private Long requestId;
    private boolean filed;
    private boolean fixed;
    private RequestDetail detail;
    private List<ReceiptView> latestReceipts = List.of();
    private Integer rating;
    private String ratingComment;
    private boolean confirmingWithdrawal;

    /** f:viewAction. Someone else's request is "not found", exactly like a missing one. */
    public void load() {
        if (requestId == null) {
            throw new NotFound("error.request.notFound");
        }
        show(tracking.detail(requestId));
    }

    /** Rates the request, then shows it again (as a fresh GET, so a reload does not rate twice). */
    public String rate() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (rating == null) {
            FieldMessages.error(context, "rating:score", "request.rating.required");
            return null;
        }
        tracking.rate(detail.id(), rating, ratingComment);
        FieldMessages.info(context, "request.rating.thanks");
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/portal/solicitud.xhtml?faces-redirect=true&id=" + detail.id();
    }

    /** "Desistir de la solicitud": first asks for a confirmation, on the page itself. */
    public void askWithdrawal() {
        confirmingWithdrawal = true;
    }

    public void cancelWithdrawal() {
        confirmingWithdrawal = false;
    }

    /** Confirmed: the request closes as desistida; shown again as a fresh GET with the message. */
    public String withdraw() {
        confirmingWithdrawal = false;
        tracking.withdraw(detail.id());
        FacesContext context = FacesContext.getCurrentInstance();
        FieldMessages.info(context, "portal.request.withdraw.done", detail.seiNumber());
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/portal/solicitud.xhtml?faces-redirect=true&id=" + detail.id();
    }

    public boolean isConfirmingWithdrawal() {
        return confirmingWithdrawal;
    }

    private void show(RequestDetail loaded) {
        detail = loaded;
        if (!loaded.receipts().isEmpty()) {
            String latestTicket = loaded.receipts().get(loaded.receipts().size() - 1).ticketNumber();
            latestReceipts = loaded.receipts().stream().filter(r -> r.ticketNumber().equals(latestTicket)).toList();
        }
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public boolean isFiled() {
        return filed;
    }

    public void setFiled(boolean filed) {
        this.filed = filed;
    }

    public boolean isFixed() {
        return fixed;
    }

    public void setFixed(boolean fixed) {
        this.fixed = fixed;
    }

    public RequestDetail getDetail() {
        return detail;
    }

    /** The Comprobante and ticket of the latest filing (the first, or the latest fix). */
    public List<ReceiptView> getLatestReceipts() {
        return latestReceipts;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }
}
