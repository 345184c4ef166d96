package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.plan.MilestoneKind;
import ca.concerto.domain.model.plan.SectionKind;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.LanguageSelection;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The plan page's text around the tree: its sections, written by the coordination on a draft, and its
 * milestones other than the adoption, recorded on any version. The server checks the rights again.
 */
@Named
@ViewScoped
public class PlanTextView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanView plan;

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    @Inject
    Messages messages;

    @Inject
    LanguageSelection language;

    private Long sectionId;
    private int sectionVersion;
    private SectionKind sectionKind = SectionKind.VISION;
    private String sectionTitle;
    private String sectionText;
    private Integer sectionPosition;

    private MilestoneKind milestoneKind = MilestoneKind.FILED;
    private LocalDate milestoneOn;
    private String milestoneCounterpart;
    private String milestoneNote;

    /** A section's heading: its own title, else its kind's name. */
    public String heading(PlanOutline.Section section) {
        return section.title() != null ? section.title() : messages.text("section." + section.kind().name());
    }

    /** "Déposé le 30 juin 2026 — Ministère de la Famille" */
    public String milestoneLine(PlanOutline.Milestone milestone) {
        return MessageFormat.format(messages.text("milestone.line." + milestone.kind().name()),
                milestone.on().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale())),
                milestone.counterpart());
    }

    public boolean isMilestonesEditable() {
        return plan.getOutline() != null && plan.isCoordinator();
    }

    /** Empties the section form, for a new section at the end. */
    public void newSection() {
        sectionId = null;
        sectionKind = SectionKind.VISION;
        sectionTitle = null;
        sectionText = null;
        sectionPosition = null;
    }

    /** Fills the section form with a section, to change it from the version the page read. */
    public void edit(PlanOutline.Section section) {
        sectionId = section.id();
        sectionVersion = section.version();
        sectionKind = section.kind();
        sectionTitle = section.title();
        sectionText = section.body();
        sectionPosition = plan.getOutline().sections().indexOf(section) + 1;
    }

    public void saveSection() {
        long planId = plan.getOutline().id();
        Integer position = sectionPosition == null ? null : sectionPosition - 1;
        if (sectionId == null) {
            catalog.addSection(planId, sectionKind, sectionTitle, sectionText, position, actor.get(), "");
        } else {
            catalog.rewriteSection(planId, sectionId, sectionVersion, sectionKind, sectionTitle, sectionText, position,
                    actor.get(), "");
        }
        messages.add(FacesMessage.SEVERITY_INFO, "sections.saved");
        newSection();
        plan.reload();
    }

    public void removeSection(PlanOutline.Section section) {
        catalog.removeSection(plan.getOutline().id(), section.id(), actor.get(), "");
        messages.add(FacesMessage.SEVERITY_INFO, "sections.removed");
        newSection();
        plan.reload();
    }

    public void recordMilestone() {
        catalog.recordMilestone(plan.getOutline().id(), milestoneKind, milestoneOn, milestoneCounterpart, milestoneNote,
                actor.get(), "");
        messages.add(FacesMessage.SEVERITY_INFO, "milestones.saved");
        milestoneOn = null;
        milestoneCounterpart = null;
        milestoneNote = null;
        plan.reload();
    }

    public void removeMilestone(PlanOutline.Milestone milestone) {
        catalog.removeMilestone(plan.getOutline().id(), milestone.id(), actor.get(), "");
        messages.add(FacesMessage.SEVERITY_INFO, "milestones.removed");
        plan.reload();
    }

    public SectionKind[] getSectionKinds() {
        return SectionKind.values();
    }

    public MilestoneKind[] getMilestoneKinds() {
        return MilestoneKind.values();
    }

    public boolean isEditingSection() {
        return sectionId != null;
    }

    public SectionKind getSectionKind() {
        return sectionKind;
    }

    public void setSectionKind(SectionKind sectionKind) {
        this.sectionKind = sectionKind;
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    public void setSectionTitle(String sectionTitle) {
        this.sectionTitle = sectionTitle;
    }

    public String getSectionText() {
        return sectionText;
    }

    public void setSectionText(String sectionText) {
        this.sectionText = sectionText;
    }

    public Integer getSectionPosition() {
        return sectionPosition;
    }

    public void setSectionPosition(Integer sectionPosition) {
        this.sectionPosition = sectionPosition;
    }

    public MilestoneKind getMilestoneKind() {
        return milestoneKind;
    }

    public void setMilestoneKind(MilestoneKind milestoneKind) {
        this.milestoneKind = milestoneKind;
    }

    public LocalDate getMilestoneOn() {
        return milestoneOn;
    }

    public void setMilestoneOn(LocalDate milestoneOn) {
        this.milestoneOn = milestoneOn;
    }

    public String getMilestoneCounterpart() {
        return milestoneCounterpart;
    }

    public void setMilestoneCounterpart(String milestoneCounterpart) {
        this.milestoneCounterpart = milestoneCounterpart;
    }

    public String getMilestoneNote() {
        return milestoneNote;
    }

    public void setMilestoneNote(String milestoneNote) {
        this.milestoneNote = milestoneNote;
    }
}
