package ca.concerto.web.interfaces.meetings;

import ca.concerto.domain.application.meetings.MeetingEntry;
import ca.concerto.domain.application.meetings.MeetingLine;
import ca.concerto.domain.application.meetings.MeetingService;
import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.meeting.MeetingMode;
import ca.concerto.domain.model.shared.ChangedMeanwhile;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.Messages;
import ca.concerto.web.interfaces.plan.ElementChoices;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The body's partner meetings: when, how, on what theme, and which elements of its plans they dealt with. */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    @Inject
    Messages messages;

    private List<MeetingLine> lines;
    private List<SelectItem> elementChoices;
    private Long id;
    private int fromVersion;
    private LocalDate heldOn;
    private MeetingMode mode = MeetingMode.IN_PERSON;
    private String theme;
    private String notes;
    private List<Long> elementIds = new ArrayList<>();

    public void load() {
        lines = meetings.meetings();
    }

    public boolean isEditable() {
        return Rights.mayEditPlans(actor.get());
    }

    public void startNew() {
        id = null;
        fromVersion = 0;
        heldOn = null;
        mode = MeetingMode.IN_PERSON;
        theme = null;
        notes = null;
        elementIds = new ArrayList<>();
    }

    public void edit(MeetingLine line) {
        id = line.id();
        fromVersion = line.version();
        heldOn = line.heldOn();
        mode = line.mode();
        theme = line.theme();
        notes = line.notes();
        elementIds = new ArrayList<>(line.elements().stream().map(MeetingLine.ElementRef::id).toList());
    }

    public void save() {
        try {
            meetings.record(actor.get(), new MeetingEntry(id, fromVersion, heldOn, mode, theme, notes, elementIds));
            messages.add(FacesMessage.SEVERITY_INFO, "meetings.saved");
            startNew();
        } catch (ChangedMeanwhile changedMeanwhile) {
            messages.add(FacesMessage.SEVERITY_ERROR, "meetings.changedMeanwhile");
        }
        load();
    }

    /** The elements of the body's current plans, grouped by plan, for linking. */
    public List<SelectItem> getElementChoices() {
        if (elementChoices == null) {
            elementChoices = ElementChoices.of(catalog);
        }
        return elementChoices;
    }

    public MeetingMode[] getModes() {
        return MeetingMode.values();
    }

    public List<MeetingLine> getLines() {
        return lines;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public void setMode(MeetingMode mode) {
        this.mode = mode;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<Long> getElementIds() {
        return elementIds;
    }

    public void setElementIds(List<Long> elementIds) {
        this.elementIds = elementIds == null ? new ArrayList<>() : new ArrayList<>(elementIds);
    }
}
