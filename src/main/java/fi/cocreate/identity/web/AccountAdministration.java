package fi.cocreate.identity.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrator's list of accounts, where roles such as STAFF and PANELIST are granted. */
@Named
@ViewScoped
public class AccountAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private List<Account> all;

    @PostConstruct
    void load() {
        all = accounts.all();
    }

    public void toggle(Account account, Role role) {
        accounts.setRole(account.getId(), role, !account.has(role), account.getVersion(), currentUser.getEmail());
        Notices.info("admin.roleChanged", account.getEmail(), role);
        load();
    }

    public List<Account> getAll() {
        return all;
    }

    public Role[] getRoles() {
        return Role.values();
    }
}
