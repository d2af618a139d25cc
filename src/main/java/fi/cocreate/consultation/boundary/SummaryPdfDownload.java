package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.control.SummaryDocument;
import fi.cocreate.consultation.control.SummaryPdf;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.SummarySection;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The published summary as a PDF, for anyone: its statements by section with their public grounds, and the proposals. */
@Stateless
public class SummaryPdfDownload {

    @Inject
    PublicSummaries summaries;

    /** The published summary as a PDF in the given language; empty if it is not published. */
    public Optional<byte[]> pdf(long consultationId, Locale locale) {
        return summaries.of(consultationId).map(published -> {
            ResourceBundle labels =
                    ResourceBundle.getBundle("i18n.consultation", locale, SummaryPdfDownload.class.getClassLoader());
            ConsultationSummary summary = published.summary();
            Consultation consultation = summary.getConsultation();
            String removed = labels.getString("redaction.removed");
            List<SummaryDocument.Section> sections = new ArrayList<>();
            for (SummarySection section : SummarySection.values()) {
                sections.add(new SummaryDocument.Section(
                        labels.getString("summarySection." + section.name()),
                        summary.getStatements().stream()
                                .filter(s -> s.getSection() == section)
                                .map(s -> new SummaryDocument.Statement(
                                        s.getText().in(locale),
                                        s.getTheme() == null
                                                ? null
                                                : published.themes().name(s.getTheme(), labels, locale),
                                        published.citationsOf(s).stream()
                                                .map(c -> c.source(locale)
                                                        + (c.isEventOutput()
                                                                ? " (" + labels.getString("moderation.eventOutput")
                                                                        + ")"
                                                                : "")
                                                        + (c.organisationVerified()
                                                                ? ""
                                                                : " (" + labels.getString("summary.unverified") + ")")
                                                        + (c.isCampaign()
                                                                ? " ("
                                                                        + new MessageFormat(
                                                                                        labels.getString(
                                                                                                "summary.campaignSenders"),
                                                                                        locale)
                                                                                .format(new Object[] {c.senders()})
                                                                        + ")"
                                                                : "")
                                                        + (c.quote() == null
                                                                ? ""
                                                                : ": \u201c"
                                                                        + c.quote()
                                                                                .render(removed) + "\u201d"))
                                                .collect(java.util.stream.Collectors.collectingAndThen(
                                                        java.util.stream.Collectors.toList(), grounds -> {
                                                            if (s.isOwnConclusion()) {
                                                                grounds.add(
                                                                        0,
                                                                        labels.getString(
                                                                                "summary.ownConclusionPublic"));
                                                            }
                                                            return grounds;
                                                        }))))
                                .toList()));
            }
            String date = fi.cocreate.common.DateTimes.date(summary.getPublishedAt(), locale);
            SummaryDocument document = new SummaryDocument(
                    MessageFormat.format(
                            labels.getString("summary.pdf.title"),
                            consultation.getTitle().in(locale)),
                    consultation.getProcess() == null
                            ? null
                            : consultation.getProcess().in(locale),
                    MessageFormat.format(labels.getString("summary.pdf.published"), date),
                    sections,
                    labels.getString("summary.citations"),
                    labels.getString("summary.proposals"),
                    published.proposalGroups().stream()
                            .map(g -> new SummaryDocument.ProposalGroup(
                                    labels.getString("proposalReaction."
                                                    + g.reaction().name()) + " (" + g.count() + ")",
                                    g.proposals().stream()
                                            .map(p -> new SummaryDocument.Proposal(
                                                    p.organisation()
                                                            + (p.organisationVerified()
                                                                    ? ""
                                                                    : " (" + labels.getString("summary.unverified")
                                                                            + ")"),
                                                    p.text().render(removed),
                                                    p.reason()))
                                            .toList()))
                            .toList());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                SummaryPdf.write(document, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }
}
