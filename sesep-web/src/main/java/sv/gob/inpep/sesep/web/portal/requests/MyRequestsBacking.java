package sv.gob.inpep.sesep.web.portal.requests;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.requests.boundary.RequestList;
import sv.gob.inpep.sesep.requests.boundary.RequestPage;
import sv.gob.inpep.sesep.requests.boundary.RequestSummary;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;

import java.util.List;

/**
 * "Mis solicitudes": the caller's requests, newest first, {@value #PAGE_SIZE} to a page. The page
 * is a plain link ({@code ?pagina=2}), so it can be bookmarked and works without scripts; a page
 * number that is not one (a typed address, a list that shrank) shows the nearest page there is.
 */
@Named
@RequestScoped
public class MyRequestsBacking {

    static final int PAGE_SIZE = 20;
    static final String PAGE_PARAMETER = "pagina";

    @Inject
    RequestTracking tracking;

    private RequestPage page;

    @PostConstruct
    void load() {
        int wanted = requestedPage(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get(PAGE_PARAMETER));
        page = tracking.mine(RequestList.ALL, (wanted - 1) * PAGE_SIZE, PAGE_SIZE);
        if (page.rows().isEmpty() && page.total() > 0) {
            page = tracking.mine(RequestList.ALL, (pages(page.total()) - 1) * PAGE_SIZE, PAGE_SIZE);
        }
    }

    /** The page number asked for: 1 when none, or when it is not a number from 1 up. */
    static int requestedPage(String parameter) {
        try {
            int number = Integer.parseInt(parameter == null ? "1" : parameter.strip());
            return number < 1 ? 1 : Math.min(number, Integer.MAX_VALUE / PAGE_SIZE);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    static int pages(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<RequestSummary> getRequests() {
        return page.rows();
    }

    public long getTotal() {
        return page.total();
    }

    /** The page shown, from 1. */
    public int getPage() {
        return page.first() / PAGE_SIZE + 1;
    }

    public int getPages() {
        return pages(page.total());
    }

    /** The position (from 1) of the first and last request shown. */
    public int getFirstShown() {
        return page.first() + 1;
    }

    public int getLastShown() {
        return page.first() + page.rows().size();
    }
}
