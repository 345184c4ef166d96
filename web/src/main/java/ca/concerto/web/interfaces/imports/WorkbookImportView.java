package ca.concerto.web.interfaces.imports;

import ca.concerto.domain.application.imports.PlanImports;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.plan.PlanStatus;
import ca.concerto.domain.model.workbook.WorkbookChanges;
import ca.concerto.tenancy.application.CurrentTenant;
import ca.concerto.web.infrastructure.export.ActivitiesWorkbook;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.Messages;
import ca.concerto.web.interfaces.plan.PlanPage;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coordination brings its activities workbook, edited in Excel, back onto the plan: the file, then what it
 * would change (fields changed, rows added, rows deleted, rows that cannot be read); for each change over an
 * element changed in Concerto since the download, the person chooses which version wins; then the changes, one
 * revision.
 */
@Named
@ViewScoped
public class WorkbookImportView extends PlanPage<PlanOutline> {

    private static final long serialVersionUID = 1L;

    /** The person's choice for a conflict: the workbook's change, or the plan as it is. */
    public static final String TAKE = "take";
    public static final String KEEP = "keep";

    @Inject
    PlanImports imports;

    @Inject
    CurrentActor actor;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Messages messages;

    private transient Part file;
    private String fileName;
    private byte[] content;
    private WorkbookChanges changes;
    private Map<Long, String> choices = new HashMap<>();

    @Override
    protected Optional<PlanOutline> read(long planId) {
        return readOutline(planId);
    }

    @Override
    protected PlanOutline outlineOf(PlanOutline outline) {
        return outline;
    }

    public boolean isAllowed() {
        return Rights.mayEditPlans(actor.get()) && getOutline().status() == PlanStatus.DRAFT;
    }

    /** Reads the workbook chosen and shows what it would change. */
    public void upload() throws IOException {
        Optional<byte[]> chosen = ChosenFile.read(file, messages);
        if (chosen.isEmpty()) {
            return;
        }
        content = chosen.get();
        fileName = file.getSubmittedFileName();
        changes = imports.previewWorkbook(actor.get(), getId(), currentTenant.slug(), fileName, content);
        choices = new HashMap<>();
    }

    /** Applies the changes with the person's choices; back to the plan. */
    public String apply() {
        Set<Long> take = new HashSet<>();
        Set<Long> keep = new HashSet<>();
        choices.forEach((element, choice) -> (TAKE.equals(choice) ? take : keep).add(element));
        WorkbookChanges applied = imports.applyWorkbook(actor.get(), getId(), currentTenant.slug(), fileName, content, take, keep);
        messages.add(FacesMessage.SEVERITY_INFO, "workbook.done", applied.changes().size());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/plan?faces-redirect=true&id=" + getId();
    }

    /** Another workbook. */
    public void restart() {
        changes = null;
        content = null;
        choices = new HashMap<>();
    }

    /** The bundle key naming a field of the workbook. */
    public String fieldKey(WorkbookChanges.FieldChange field) {
        return ActivitiesWorkbook.labelKey(field.field());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public WorkbookChanges getChanges() {
        return changes;
    }

    public Map<Long, String> getChoices() {
        return choices;
    }
}
