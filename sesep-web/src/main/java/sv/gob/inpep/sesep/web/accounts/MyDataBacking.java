package sv.gob.inpep.sesep.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.accounts.boundary.ContactDetails;
import sv.gob.inpep.sesep.accounts.boundary.ContactView;

import java.io.Serializable;

/**
 * "Mis datos" (/portal/mis-datos.xhtml): the citizen's phone and e-mail address. A new address
 * only gets its link here; it is taken when the link comes back ({@link ConfirmEmailBacking}).
 * The password asked for it does not outlive the request.
 */
@Named
@ViewScoped
public class MyDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactDetails contactDetails;

    private ContactView contact;
    private String phone;
    private String newEmail;
    private String password;
    private boolean phoneSaved;
    private String linkSentTo;

    @PostConstruct
    void load() {
        contact = contactDetails.mine();
        phone = contact.phone();
    }

    public void savePhone() {
        contactDetails.changePhone(phone);
        load();
        phoneSaved = true;
    }

    public void requestEmailChange() {
        try {
            contactDetails.requestEmailChange(password, newEmail);
            linkSentTo = newEmail.strip();
            newEmail = null;
            load();
        } finally {
            password = null;
        }
    }

    public ContactView getContact() {
        return contact;
    }

    public boolean isPhoneSaved() {
        return phoneSaved;
    }

    /** The address a link was just sent to, for the confirmation on the page. */
    public String getLinkSentTo() {
        return linkSentTo;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
