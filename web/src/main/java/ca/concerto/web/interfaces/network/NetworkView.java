package ca.concerto.web.interfaces.network;

import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.model.template.FieldOfAction;
import ca.concerto.tenancy.domain.NetworkElement;
import ca.concerto.tenancy.domain.NetworkSummary;
import ca.concerto.web.application.network.NetworkComparison;
import ca.concerto.web.application.network.NetworkOverview;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.LanguageSelection;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The network analysts' page: the bodies' adopted plans side by side (fields of action × bodies, with the
 * actions behind each number), their target groups and their leads' sectors, and "who works on X".
 */
@Named
@ViewScoped
public class NetworkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NetworkComparison comparison;

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    @Inject
    LanguageSelection language;

    @Inject
    Messages messages;

    private NetworkOverview overview;
    private List<FieldOfAction> fields = List.of();
    private String words;
    private List<NetworkElement> found;
    private String drillField;
    private String drillBody;
    private List<NetworkElement> drilled = List.of();

    public void load() {
        overview = comparison.overview(actor.get());
        fields = catalog.fieldsOfAction();
    }

    public void search() {
        found = overview == null ? List.of() : comparison.whoWorksOn(actor.get(), words);
    }

    public void drill(String field, String body) {
        drillField = field;
        drillBody = body;
        drilled = comparison.actionsOn(actor.get(), field, body);
    }

    public List<NetworkElement> getDrilled() {
        return drilled;
    }

    public String getDrillTitle() {
        if (drillField == null) {
            return "";
        }
        String field = fields.stream().filter(f -> f.code().equals(drillField)).findFirst()
                .map(f -> f.label(language.getLocale())).orElse(drillField);
        String body = overview.bodies().stream().filter(b -> b.slug().equals(drillBody)).findFirst()
                .map(NetworkOverview.Body::name).orElse(drillBody);
        return field + " — " + body;
    }

    public String label(FieldOfAction field) {
        return field.label(language.getLocale());
    }

    public String sector(String sector) {
        return NetworkSummary.NO_SECTOR.equals(sector) ? messages.text("network.noSector") : sector;
    }

    public boolean isAllowed() {
        return overview != null;
    }

    public NetworkOverview getOverview() {
        return overview;
    }

    public List<FieldOfAction> getFields() {
        return fields;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public List<NetworkElement> getFound() {
        return found;
    }
}
