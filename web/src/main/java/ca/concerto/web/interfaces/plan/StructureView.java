package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.ElementRemoval;
import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.LanguageSelection;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The shape of a draft plan from its page: adding an element under another (at a level the template
 * allows there), moving it up, down or under another, and removing it once the person has seen what
 * goes with it. Each change is a revision; the server refuses it to anyone but the coordination.
 */
@Named
@ViewScoped
public class StructureView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanView plan;

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    @Inject
    LanguageSelection language;

    @Inject
    Messages messages;

    private Long parentId;
    private String levelCode;
    private String title;
    private String schedule;
    private String comment;
    private ElementRemoval removal;
    private Long movingId;
    private Long moveTarget;

    /** Opens the form for a new element under this one (null: at the top of the plan). */
    public void prepareAdd(Long parentId) {
        this.parentId = parentId;
        List<String> levels = levelsUnder(parentId);
        levelCode = levels.isEmpty() ? null : levels.get(0);
        title = null;
        schedule = null;
        comment = null;
    }

    public void add() {
        change(() -> catalog.addElement(plan.getOutline().id(), parentId, levelCode, title, schedule, actor.get(), comment),
                "structure.added");
    }

    public void moveUp(long elementId) {
        change(() -> catalog.shift(elementId, -1, actor.get(), ""), "structure.moved");
    }

    public void moveDown(long elementId) {
        change(() -> catalog.shift(elementId, 1, actor.get(), ""), "structure.moved");
    }

    /** Opens the choice of a new parent for the element. */
    public void prepareMove(long elementId) {
        movingId = elementId;
        moveTarget = plan.element(elementId).parentId();
    }

    public void move() {
        change(() -> catalog.moveUnder(movingId, moveTarget, actor.get(), ""), "structure.moved");
    }

    /** Shows what removing the element would take with it, before anything is removed. */
    public void prepareRemove(long elementId) {
        removal = catalog.removal(elementId);
    }

    public void remove() {
        change(() -> catalog.remove(removal.elementId(), actor.get(), comment), "structure.removed");
        removal = null;
    }

    private void change(Runnable change, String doneKey) {
        if (!plan.isEditable()) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.refused");
            return;
        }
        try {
            change.run();
            messages.add(FacesMessage.SEVERITY_INFO, doneKey);
        } catch (PlanNotEditable adoptedMeanwhile) {
            messages.add(FacesMessage.SEVERITY_ERROR, "plan.edit.adopted");
        } catch (InvalidInput refused) {
            messages.add(FacesMessage.SEVERITY_ERROR, "structure.refused");
        }
        plan.reload();
    }

    /** The template's levels an element may have under the parent (the plan's top levels for null). */
    private List<String> levelsUnder(Long parentId) {
        PlanOutline outline = plan.getOutline();
        return outline.childLevelsOf(parentId == null ? null : plan.element(parentId).levelCode());
    }

    public List<SelectItem> getLevels() {
        return levelsUnder(parentId).stream()
                .map(code -> new SelectItem(code, plan.getOutline().levelLabel(code, language.getLocale()))).toList();
    }

    /**
     * Where the element being moved may go: the elements of the level its own sits under in the template
     * (or the top, for top-level ones), itself and what is under it excepted.
     */
    public List<SelectItem> getMoveTargets() {
        if (movingId == null) {
            return List.of();
        }
        PlanOutline outline = plan.getOutline();
        PlanOutline.Element moving = plan.element(movingId);
        return outline.elements().stream()
                .filter(candidate -> outline.childLevelsOf(candidate.levelCode()).contains(moving.levelCode()))
                .filter(candidate -> !isUnder(candidate, moving))
                .map(candidate -> new SelectItem(candidate.id(), label(candidate))).toList();
    }

    private boolean isUnder(PlanOutline.Element candidate, PlanOutline.Element moving) {
        for (Long at = candidate.id(); at != null; at = plan.element(at).parentId()) {
            if (Objects.equals(at, moving.id())) {
                return true;
            }
        }
        return false;
    }

    private String label(PlanOutline.Element element) {
        return plan.getOutline().label(element, language.getLocale()) + " — " + element.title();
    }

    /** How the schedule being typed reads. */
    public String getScheduleReading() {
        return ScheduleReading.of(schedule, plan.getOutline(), messages);
    }

    public ElementRemoval getRemoval() {
        return removal;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public void setLevelCode(String levelCode) {
        this.levelCode = levelCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(Long moveTarget) {
        this.moveTarget = moveTarget;
    }
}
