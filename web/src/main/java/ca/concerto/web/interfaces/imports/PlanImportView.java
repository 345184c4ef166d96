package ca.concerto.web.interfaces.imports;

import ca.concerto.domain.application.imports.ImportProposal;
import ca.concerto.domain.application.imports.PlanImports;
import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.document.DocumentMapping;
import ca.concerto.domain.model.document.ImportPreview;
import ca.concerto.domain.model.template.ElementField;
import ca.concerto.domain.model.template.PlanTemplate;
import ca.concerto.domain.model.text.Folding;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.LanguageSelection;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coordination brings a plan in from its Word document: the file, then the preview of what it would make
 * with the template and the mapping Concerto proposes; the person changes what each heading kind and column
 * becomes, sees the result again, and commits the draft plan.
 */
@Named
@ViewScoped
public class PlanImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanImports imports;

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    @Inject
    LanguageSelection language;

    @Inject
    Messages messages;

    private transient Part file;
    private String templateCode = "annual-action-plan";
    private ImportProposal proposal;
    private Map<String, String> headings = new LinkedHashMap<>();
    private Map<String, String> columns = new LinkedHashMap<>();
    private String title;
    private String periodLabel;
    private boolean adopt;
    /** The shared templates, read once for the page: the preview names levels for each of its rows. */
    private List<PlanTemplate> templates;

    public boolean isAllowed() {
        return Rights.mayEditPlans(actor.get());
    }

    /** Reads the file chosen and shows what it would make. */
    public void upload() throws IOException {
        Optional<byte[]> content = ChosenFile.read(file, messages);
        if (content.isEmpty()) {
            return;
        }
        show(imports.receive(actor.get(), file.getSubmittedFileName(), content.get(), templateCode));
        String name = proposal.fileName();
        title = proposal.preview().title() != null ? proposal.preview().title()
                : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        adopt = proposal.preview().adoption() != null;
    }

    /** The preview again, with the template and the roles as the person set them. */
    public void refresh() {
        boolean sameTemplate = templateCode.equals(proposal.templateCode());
        show(imports.preview(actor.get(), proposal.importId(), templateCode,
                sameTemplate ? new DocumentMapping(headings, columns) : null));
    }

    public String commit() {
        long plan = imports.commit(actor.get(), proposal.importId(), templateCode, new DocumentMapping(headings, columns),
                new NewPlan(title, periodLabel, null, null), adopt);
        messages.add(FacesMessage.SEVERITY_INFO, "import.done");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/plan?faces-redirect=true&id=" + plan;
    }

    private void show(ImportProposal shown) {
        proposal = shown;
        templateCode = shown.templateCode();
        headings = new LinkedHashMap<>(shown.mapping().headings());
        columns = new LinkedHashMap<>(shown.mapping().columns());
    }

    /** The elements of the preview, parents before children, each with its depth. */
    public List<PreviewRow> getRows() {
        List<PreviewRow> rows = new ArrayList<>();
        if (proposal != null) {
            proposal.preview().tree().forEach(node -> collect(node, 0, rows));
        }
        return rows;
    }

    private void collect(ImportPreview.Node node, int depth, List<PreviewRow> rows) {
        String level = levelLabel(node.levelCode());
        String label = node.number() == null ? level
                : Folding.fold(node.number()).contains(Folding.fold(level)) ? node.number() : level + " " + node.number();
        rows.add(new PreviewRow(depth, label, node, fieldsOf(node)));
        node.children().forEach(child -> collect(child, depth + 1, rows));
    }

    /** The fields an element of the preview fills, named in the person's language. */
    private List<String> fieldsOf(ImportPreview.Node node) {
        List<String> filled = new ArrayList<>();
        add(filled, node.schedule() != null, ElementField.SCHEDULE);
        add(filled, node.lead() != null, ElementField.LEAD);
        add(filled, !node.collaborators().isEmpty(), ElementField.COLLABORATORS);
        add(filled, !node.resultIndicators().isEmpty(), ElementField.RESULT_INDICATORS);
        add(filled, !node.targetGroups().isEmpty(), ElementField.TARGET_GROUPS);
        add(filled, node.expectedResults() != null, ElementField.EXPECTED_RESULTS);
        add(filled, node.description() != null, ElementField.DESCRIPTION);
        return filled;
    }

    private void add(List<String> filled, boolean fills, ElementField field) {
        if (fills) {
            filled.add(messages.text("elementField." + field.name()));
        }
    }

    private String levelLabel(String levelCode) {
        return template().level(levelCode).map(level -> level.label(language.getLocale())).orElse(levelCode);
    }

    private PlanTemplate template() {
        return templates().stream().filter(template -> template.code().equals(templateCode)).findFirst().orElseThrow();
    }

    private List<PlanTemplate> templates() {
        if (templates == null) {
            templates = catalog.templates();
        }
        return templates;
    }

    /** What a heading kind may become: a level the template offers, a section of the plan's text, nothing. */
    public List<SelectItem> getHeadingRoles() {
        List<SelectItem> roles = levelRoles();
        roles.add(new SelectItem(DocumentMapping.SECTION, messages.text("import.role.section")));
        roles.add(new SelectItem(DocumentMapping.IGNORE, messages.text("import.role.ignore")));
        return roles;
    }

    /** What a column may hold: a level's elements, a field, nothing. */
    public List<SelectItem> getColumnRoles() {
        List<SelectItem> roles = levelRoles();
        for (ElementField field : ElementField.values()) {
            if (field != ElementField.FIELDS_OF_ACTION) {
                roles.add(new SelectItem(DocumentMapping.FIELD + field.name(), messages.text("elementField." + field.name())));
            }
        }
        roles.add(new SelectItem(DocumentMapping.IGNORE, messages.text("import.role.ignore")));
        return roles;
    }

    private List<SelectItem> levelRoles() {
        List<SelectItem> roles = new ArrayList<>();
        template().levels().stream().filter(level -> !level.isRetired()).forEach(level -> roles.add(new SelectItem(
                DocumentMapping.LEVEL + level.code(), messages.text("import.role.level") + " " + level.label(language.getLocale()))));
        return roles;
    }

    public List<SelectItem> getTemplates() {
        return templates().stream().map(template -> new SelectItem(template.code(), template.name(language.getLocale())))
                .toList();
    }

    public String getAdoptionLine() {
        ImportPreview.Adoption adoption = proposal == null ? null : proposal.preview().adoption();
        return adoption == null ? null : adoption.on().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.getLocale())) + (adoption.by() == null ? "" : " — " + adoption.by());
    }

    /** One element of the preview: its depth, its level's name, what it says, the fields it fills. */
    public record PreviewRow(int depth, String level, ImportPreview.Node node, List<String> fields) implements Serializable {
    }

    public ImportProposal getProposal() {
        return proposal;
    }

    public List<String> getHeadingKeys() {
        return new ArrayList<>(headings.keySet());
    }

    public List<String> getColumnHeaders() {
        return new ArrayList<>(columns.keySet());
    }

    public Map<String, String> getHeadings() {
        return headings;
    }

    public Map<String, String> getColumns() {
        return columns;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public void setPeriodLabel(String periodLabel) {
        this.periodLabel = periodLabel;
    }

    public boolean isAdopt() {
        return adopt;
    }

    public void setAdopt(boolean adopt) {
        this.adopt = adopt;
    }
}
