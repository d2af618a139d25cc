package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Proposals;
import fi.cocreate.consultation.entity.Proposal;
import fi.cocreate.consultation.entity.ProposalReaction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The proposals section of the moderation page: staff mark a proposal in an answer and record the ministry's
 * reaction and reason for each. Keeps each proposal's version as shown, so a colleague's answer is never overwritten.
 */
@Named
@ViewScoped
public class ResponseProposals implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A proposal as the page shows it (no entity is kept in the view). */
    public record Row(
            long id,
            int position,
            String text,
            ProposalReaction reaction,
            String reason,
            String answeredBy,
            Instant answeredAt,
            long version)
            implements Serializable {}

    @Inject
    Proposals proposals;

    @Inject
    ResponseModerator page;

    private List<Row> rows = List.of();
    private final Map<Long, String> reactions = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private Long questionId;
    private String text;

    public void load() {
        if (page.getId() != null) {
            read();
        }
    }

    private void read() {
        rows = new ArrayList<>();
        for (Proposal p : proposals.of(page.getId())) {
            rows.add(new Row(
                    p.getId(),
                    p.getQuestion().getPosition(),
                    p.getText(),
                    p.getReaction(),
                    p.getReason(),
                    p.getAnsweredBy(),
                    p.getAnsweredAt(),
                    p.getVersion()));
        }
    }

    public void mark() {
        if (questionId == null) {
            throw new BusinessException("proposal.notInAnswer").about("text");
        }
        proposals.mark(page.getId(), questionId, text);
        text = null;
        Notices.info("proposal.marked");
        read();
        page.changedOnThisPage();
    }

    /**
     * Saves the reaction and reason typed in the row of this proposal; the other rows' typing stays on the page. A
     * refusal about the reaction or reason is shown in this row (beside the pressed button's inputs).
     */
    public void answer(long proposalId) {
        Row row = rows.get(indexOf(proposalId));
        String chosen = reactions.get(proposalId);
        proposals.answer(
                proposalId,
                chosen == null || chosen.isBlank() ? null : ProposalReaction.valueOf(chosen),
                reasons.get(proposalId),
                row.version());
        reactions.remove(proposalId);
        reasons.remove(proposalId);
        Notices.info("proposal.answered");
        read();
        page.changedOnThisPage();
    }

    public void remove(long proposalId) {
        proposals.remove(proposalId);
        reactions.remove(proposalId);
        reasons.remove(proposalId);
        read();
        page.changedOnThisPage();
    }

    private int indexOf(long proposalId) {
        return Found.found(
                IntStream.range(0, rows.size())
                        .filter(i -> rows.get(i).id() == proposalId)
                        .boxed()
                        .findFirst(),
                "notFound");
    }

    public List<Row> getRows() {
        return rows;
    }

    /**
     * The reaction typed (or, before any typing, saved) per proposal id, for the rows' inputs. A choice cleared by the
     * staff member is kept cleared (null): {@code putIfAbsent} filled it in again with the saved one, as soon as a
     * later row's input read the map.
     */
    public Map<Long, String> getReactions() {
        rows.stream()
                .filter(r -> !reactions.containsKey(r.id()))
                .forEach(r -> reactions.put(
                        r.id(), r.reaction() == null ? null : r.reaction().name()));
        return reactions;
    }

    /**
     * The reason typed (or, before any typing, saved) per proposal id. A reason the staff member emptied stays empty,
     * so "not adopted" without a reason is refused at the field instead of silently keeping the earlier reason.
     */
    public Map<Long, String> getReasons() {
        rows.stream().filter(r -> !reasons.containsKey(r.id())).forEach(r -> reasons.put(r.id(), r.reason()));
        return reasons;
    }

    public ProposalReaction[] getReactionChoices() {
        return ProposalReaction.values();
    }

    public Long getQuestionId() {
        return questionId;
    }

    public void setQuestionId(Long questionId) {
        this.questionId = questionId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
