package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ModeratedResponses;
import fi.cocreate.consultation.boundary.Moderation;
import fi.cocreate.consultation.boundary.ThemeSuggestions;
import fi.cocreate.consultation.control.ThemeClassifier.Suggestion;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.Theme;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Staff moderate one response: set its state (a hidden response needs a reason, a redacted one the public text),
 * tag it with themes (accepting or rejecting the themes the app suggests) and quote passages of its answers with a
 * theme.
 */
@Named
@ViewScoped
public class ResponseModerator implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Moderation moderation;

    @Inject
    ModeratedResponses moderatedResponses;

    @Inject
    fi.cocreate.consultation.boundary.OwnThemes ownThemes;

    /** The consultation's themes, read once per view. */
    private java.util.ArrayList<Theme> themes;

    @Inject
    fi.cocreate.consultation.boundary.Attachments attachments;

    @Inject
    fi.cocreate.audit.boundary.AuditLog audit;

    @Inject
    ThemeSuggestions themeSuggestions;

    private Long id;
    private ModerationSheet moderated;
    private ModerationState state;
    private String reason;
    private Theme theme;
    private Long passageQuestionId;
    private String quote;
    private Theme passageTheme;
    private List<fi.cocreate.consultation.entity.AttachmentInfo> files = List.of();
    /** Every moderation decision on the response, oldest first: who, when and why. */
    private List<fi.cocreate.audit.boundary.AuditLog.Line> history = List.of();
    /** The themes suggested for the response and its passages, without those it has or staff rejected. */
    private ThemeSuggestions.OfResponse suggestions = new ThemeSuggestions.OfResponse(List.of(), Map.of());
    /** The moderation's version when the page opened, or after this page's own last save. */
    private long seenVersion;

    public void load() throws IOException {
        refresh();
        state = moderated.state();
        reason = moderated.hiddenReason();
        seenVersion = moderated.moderationVersion();
    }

    private void refresh() {
        moderated = ModerationSheet.of(moderatedResponses.moderatedResponse(id == null ? -1 : id));
        files = attachments.list(moderated.responseId());
        history = audit.historyOf(fi.cocreate.audit.entity.AuditAction.RecordKind.RESPONSE, moderated.responseId());
        suggestions = themeSuggestions.forResponse(moderated.responseId());
        themes = new java.util.ArrayList<>(ownThemes.available(moderated.consultationId()));
    }

    /** Codes the whole response with the suggested theme. */
    public void acceptSuggestion(Theme suggested) {
        decide(true, null, suggested);
    }

    /** Rejects the suggested theme for the whole response: not suggested there again, and learnt from. */
    public void rejectSuggestion(Theme suggested) {
        decide(false, null, suggested);
    }

    /** Codes the passage with the suggested theme. */
    public void acceptPassageSuggestion(long passageId, Theme suggested) {
        decide(true, passageId, suggested);
    }

    /** Rejects the suggested theme for the passage. */
    public void rejectPassageSuggestion(long passageId, Theme suggested) {
        decide(false, passageId, suggested);
    }

    private void decide(boolean accept, Long passageId, Theme suggested) {
        if (accept) {
            themeSuggestions.accept(id, passageId, suggested);
        } else {
            themeSuggestions.reject(id, passageId, suggested);
        }
        Notices.info(accept ? "suggestion.accepted" : "suggestion.rejected");
        refresh();
    }

    public List<Suggestion> getSuggestions() {
        return suggestions.response();
    }

    public List<Suggestion> suggestionsOf(long passageId) {
        return suggestions.passages().getOrDefault(passageId, List.of());
    }

    /**
     * After another section of this page (redactions, proposals) changed the moderation: read it again and take its
     * new version as seen, so this page's own change never counts as a colleague's.
     */
    public void changedOnThisPage() {
        refresh();
        seenVersion = moderated.moderationVersion();
        state = moderated.state();
    }

    /** The moderation version this page last saw, for the page's other sections. */
    public long getSeenVersion() {
        return seenVersion;
    }

    public List<fi.cocreate.audit.boundary.AuditLog.Line> getHistory() {
        return history;
    }

    /** A history entry's detail in the page's language: the kinds, reactions and channels it names translated. */
    public String historyDetail(fi.cocreate.audit.boundary.AuditLog.Line line) {
        return fi.cocreate.consultation.control.ModerationHistoryText.detail(
                line.action(), line.detail(), key -> fi.cocreate.common.web.Notices.text(key));
    }

    public void saveState() {
        switch (state == null ? ModerationState.RECEIVED : state) {
            case ACCEPTED -> moderation.accept(id, seenVersion);
            case HIDDEN -> moderation.hide(id, reason, seenVersion);
            case REDACTED -> moderation.acceptRedacted(id, seenVersion);
            default -> moderation.markReceived(id, seenVersion);
        }
        Notices.info("moderation.saved");
        refresh();
        seenVersion = moderated.moderationVersion();
    }

    public void addTag() {
        if (theme == null) {
            Notices.errorAt("tags:theme", "moderation.themeRequired");
            return;
        }
        moderation.tag(id, theme);
        theme = null;
        refresh();
    }

    public void removeTag(long tagId) {
        moderation.untag(tagId);
        refresh();
    }

    public void addPassage() {
        if (passageQuestionId == null) {
            throw new BusinessException("passage.questionRequired").about("question");
        }
        moderation.addPassage(id, passageQuestionId, quote, passageTheme);
        quote = null;
        Notices.info("passage.added");
        refresh();
    }

    public void removePassage(long passageId) {
        moderation.removePassage(passageId);
        refresh();
    }

    /** The submitted answers with their questions, read with the response. */
    public List<ModerationSheet.ShownAnswer> getAnswers() {
        return moderated.answers();
    }

    /** The respondent's attachments, which staff open through the staff download. */
    public List<fi.cocreate.consultation.entity.AttachmentInfo> getFiles() {
        return files;
    }

    /** What the page shows of the response and its moderation, read by the view action and after each change. */
    public ModerationSheet getModerated() {
        return moderated;
    }

    public ModerationState[] getStates() {
        return ModerationState.values();
    }

    /** The themes the consultation's feedback is coded by: the seven and the consultation's own. */
    public java.util.List<Theme> getThemes() {
        return themes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ModerationState getState() {
        return state;
    }

    public void setState(ModerationState state) {
        this.state = state;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public Long getPassageQuestionId() {
        return passageQuestionId;
    }

    public void setPassageQuestionId(Long passageQuestionId) {
        this.passageQuestionId = passageQuestionId;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public Theme getPassageTheme() {
        return passageTheme;
    }

    public void setPassageTheme(Theme passageTheme) {
        this.passageTheme = passageTheme;
    }
}
