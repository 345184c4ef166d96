package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.ElementChanges;
import ca.concerto.domain.application.plans.PlanOutline;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The side panel's fields while a person edits one element. */
public class ElementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long elementId;
    private int fromVersion;
    private String title;
    private String description;
    private String schedule;
    private String lead;
    private String expectedResults;
    private String comment;
    private List<String> collaborators = new ArrayList<>();
    private List<String> fieldsOfAction = new ArrayList<>();
    private String number;
    private List<String> resultIndicators = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();

    static ElementForm of(PlanOutline.Element element) {
        ElementForm form = new ElementForm();
        form.elementId = element.id();
        form.fromVersion = element.version();
        form.title = element.title();
        form.description = element.description();
        form.schedule = element.schedule();
        form.lead = element.lead();
        form.expectedResults = element.expectedResults();
        form.collaborators = new ArrayList<>(element.collaborators());
        form.fieldsOfAction = new ArrayList<>(element.fieldsOfAction());
        form.number = element.number();
        form.resultIndicators = new ArrayList<>(element.resultIndicators());
        form.targetGroups = new ArrayList<>(element.targetGroups());
        return form;
    }

    ElementChanges changes() {
        return new ElementChanges(elementId, fromVersion, title, description, schedule, lead, expectedResults,
                List.copyOf(collaborators), List.copyOf(fieldsOfAction), number == null ? "" : number,
                List.copyOf(resultIndicators), List.copyOf(targetGroups));
    }

    /** After a conflict the person chose to keep their texts: they now start from the saved version. */
    void startFrom(int version) {
        fromVersion = version;
    }

    public long getElementId() {
        return elementId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getExpectedResults() {
        return expectedResults;
    }

    public void setExpectedResults(String expectedResults) {
        this.expectedResults = expectedResults;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<String> getCollaborators() {
        return collaborators;
    }

    public void setCollaborators(List<String> collaborators) {
        this.collaborators = collaborators == null ? new ArrayList<>() : new ArrayList<>(collaborators);
    }

    public List<String> getFieldsOfAction() {
        return fieldsOfAction;
    }

    public void setFieldsOfAction(List<String> fieldsOfAction) {
        this.fieldsOfAction = fieldsOfAction == null ? new ArrayList<>() : new ArrayList<>(fieldsOfAction);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public List<String> getResultIndicators() {
        return resultIndicators;
    }

    public void setResultIndicators(List<String> resultIndicators) {
        this.resultIndicators = resultIndicators == null ? new ArrayList<>() : new ArrayList<>(resultIndicators);
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : new ArrayList<>(targetGroups);
    }
}
