package dev.bookspace.web.dashboard;

import dev.bookspace.identity.TwoFactorService;
import dev.bookspace.identity.TwoFactorService.Enrolment;
import dev.bookspace.identity.TwoFactorService.Status;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.web.shared.FormMessages;
import dev.bookspace.web.shared.QrCodeSvg;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /dashboard/security.xhtml}: the signed-in person's two-factor sign-in. They scan a QR code (or
 * type its key), confirm with a code before it counts, and are shown their recovery codes once; later
 * they forget remembered devices, get new recovery codes or turn it off, the last two with their
 * password or a code.
 */
@Named
@ViewScoped
public class TwoFactorView implements Serializable {

    @Inject
    private DashboardWords words;

    @Inject
    private CurrentAccount current;

    @EJB
    private TwoFactorService twoFactor;

    private Status status;
    /** The authenticator being set up: never written out with the session (passivated or replicated); read again, sealed in the database, when missing. */
    private transient Enrolment enrolment;
    private transient boolean enrolmentRead;
    private String code;
    private String confirmation;
    /** Recovery codes just made, shown on this page this once. */
    private List<String> recoveryCodes = List.of();

    @PostConstruct
    void load() {
        status = twoFactor.status(current.scope());
    }

    /** The page can carry an authenticator's key and recovery codes: no browser or proxy keeps a copy. */
    public void keepOutOfCaches() {
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                .setHeader("Cache-Control", "no-store");
    }

    public void begin() {
        enrolment = twoFactor.beginEnrolment(current.scope());
        enrolmentRead = true;
    }

    public void confirm() {
        try {
            recoveryCodes = twoFactor.confirmEnrolment(current.scope(), code);
            code = null;
            enrolment = null;
            load();
        } catch (InvalidRequestException e) {
            FormMessages.show("security", e);
        }
    }

    public void renewRecoveryCodes() {
        try {
            recoveryCodes = twoFactor.renewRecoveryCodes(current.scope(), confirmation);
            confirmation = null;
            load();
        } catch (InvalidRequestException e) {
            FormMessages.show("security", e);
        }
    }

    public void turnOff() {
        try {
            twoFactor.turnOff(current.scope(), confirmation);
            confirmation = null;
            recoveryCodes = List.of();
            load();
            FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("security.off")
                    + (status.required() ? words.say("security.offRequired") : ""));
        } catch (InvalidRequestException e) {
            FormMessages.show("security", e);
        }
    }

    public void forgetDevices() {
        int forgotten = twoFactor.forgetDevices(current.scope());
        load();
        FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("security.forgot", forgotten));
    }

    public Status getStatus() {
        return status;
    }

    /** The authenticator being set up, or null. */
    public Enrolment getEnrolment() {
        if (!enrolmentRead && !status.on()) {
            enrolment = twoFactor.enrolment(current.scope()).orElse(null);
            enrolmentRead = true;
        }
        return status.on() ? null : enrolment;
    }

    /** The QR code of the authenticator being set up, as inline SVG. */
    public String getQrCode() {
        Enrolment shown = getEnrolment();
        return shown == null ? "" : QrCodeSvg.of(shown.address(), words.say("security.qr"));
    }

    /** The key to type by hand, in groups of four as apps show it. */
    public String getTypedKey() {
        Enrolment shown = getEnrolment();
        return shown == null ? "" : shown.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** What the remembered devices come to, in a sentence. */
    public String getRememberedDevices() {
        int devices = status.rememberedDevices();
        return switch (devices) {
            case 0 -> words.say("security.devices.none");
            case 1 -> words.say("security.devices.one");
            default -> words.say("security.devices.many", devices);
        };
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
