package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.Receipts;
import fi.cocreate.consultation.control.ResponseDigest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public receipt check page: a GET form of reference number and digest, so the result can be bookmarked. */
@Named
@RequestScoped
public class ReceiptCheck {

    @Inject
    Receipts receipts;

    private String reference;
    private String digest;
    private Receipts.Confirmation confirmation;
    private boolean checked;
    private boolean digestMalformed;

    public void load() {
        if (reference == null && digest == null) {
            return;
        }
        checked = true;
        digestMalformed = ResponseDigest.normalise(digest) == null;
        confirmation = receipts.confirm(reference, digest).orElse(null);
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getDigest() {
        return digest;
    }

    public void setDigest(String digest) {
        this.digest = digest;
    }

    public Receipts.Confirmation getConfirmation() {
        return confirmation;
    }

    public boolean isChecked() {
        return checked;
    }

    public boolean isDigestMalformed() {
        return digestMalformed;
    }
}
