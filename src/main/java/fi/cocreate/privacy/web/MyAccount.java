package fi.cocreate.privacy.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.web.CurrentUser;
import fi.cocreate.privacy.boundary.PersonalData;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.Serializable;
import java.time.Instant;

/** The account page: who the account is, the download of its data and the erasure of the account. */
@Named
@ViewScoped
public class MyAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalData personalData;

    @Inject
    Caller caller;

    @Inject
    CurrentUser currentUser;

    private String name;
    private String email;
    private Instant createdAt;
    private String typedAddress;

    @PostConstruct
    void load() {
        caller.account().ifPresent(account -> {
            name = account.getDisplayName();
            email = account.getEmail();
            createdAt = account.getCreatedAt();
        });
    }

    /** Erases the account (the boundary checks the typed address), then ends this session. */
    public String erase() throws ServletException {
        // Also checked here, so that the message stands at the field; the boundary checks it again.
        if (typedAddress == null || email == null || !typedAddress.strip().equalsIgnoreCase(email)) {
            Notices.errorAt("erase:address", "privacy.erase.confirm");
            return null;
        }
        personalData.eraseMine(typedAddress);
        currentUser.logout();
        name = null;
        email = null;
        typedAddress = null;
        Notices.info("account.erased");
        return null;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getTypedAddress() {
        return typedAddress;
    }

    public void setTypedAddress(String typedAddress) {
        this.typedAddress = typedAddress;
    }
}
