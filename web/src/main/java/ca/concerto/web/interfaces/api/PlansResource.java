package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.history.HistoryService;
import ca.concerto.domain.application.partners.PartnerDirectoryView;
import ca.concerto.domain.application.partners.PartnerService;
import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.followup.FollowUpService;
import ca.concerto.domain.application.plans.PlanEditing;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.shared.NotFound;
import ca.concerto.tenancy.application.CurrentTenant;
import ca.concerto.tenancy.domain.Tenant;
import ca.concerto.web.infrastructure.export.ActivitiesWorkbook;
import ca.concerto.web.infrastructure.export.AuditReportPdf;
import ca.concerto.web.infrastructure.export.PlanDocx;
import ca.concerto.web.infrastructure.export.PlanPdf;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.api.payload.AdoptionRequest;
import ca.concerto.web.interfaces.api.payload.FieldSuggestionsDecision;
import ca.concerto.web.interfaces.api.payload.NewPlanRequest;
import ca.concerto.web.interfaces.api.payload.PlanLine;
import ca.concerto.web.interfaces.api.payload.PlanPayload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plans of the caller's body: the list, one plan with its whole tree, its documents, and new plans. The
 * body is the caller's, from their token; a plan number of another body answers 404 like any number that is
 * no plan. Refusals are answered by {@link RefusalMapper}. Documented in docs/api.md.
 */
@Path("plans")
@RolesAllowed({"coordinator", "partner", "auditor"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    @Inject
    PlanCatalog catalog;

    @Inject
    CurrentActor actor;

    @Inject
    HistoryService history;

    @Inject
    PartnerService partners;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    FollowUpService followUps;

    @GET
    public List<PlanLine> list() {
        return catalog.plans().stream().map(PlanLine::of).toList();
    }

    /**
     * Creates a draft plan from a shared template, or carried forward from one of the body's plans
     * ({@code "from": id}): 201 with the plan. Coordinators only (403 otherwise). With an
     * {@code Idempotency-Key}, the same request again (a retry after a lost answer) answers the plan the
     * first one created, and creates nothing.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewPlanRequest body,
            @HeaderParam("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9_.:-]{8,100}") String creationKey) {
        long id = body.from() != null
                ? catalog.carryForward(body.from(), body.plan(creationKey), actor.get(), body.comment())
                : catalog.create(body.template(), body.plan(creationKey), actor.get(), body.comment());
        return Response.status(Response.Status.CREATED).entity(plan(id)).build();
    }

    /** Records the plan's adoption ({@code {"on","by","comment"}}): 200 with the plan, now read-only. Coordinators. */
    @POST
    @Path("{id}/adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanPayload adopt(@PathParam("id") long id, @Valid @NotNull AdoptionRequest body) {
        catalog.adopt(id, body.on(), body.by(), actor.get(), body.comment());
        return plan(id);
    }

    /** Starts (or finds) the draft of a new version of an adopted plan: 201 with the draft. Coordinators. */
    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response newVersion(@PathParam("id") long id) {
        long draft = catalog.startNewVersion(id, actor.get(), "");
        return Response.status(Response.Status.CREATED).entity(plan(draft)).build();
    }

    /** The fields of action Concerto suggests for the plan's elements: {@code [{"elementId","fields"}]}. */
    @GET
    @Path("{id}/field-suggestions")
    public List<PlanEditing.FieldSuggestion> fieldSuggestions(@PathParam("id") long id) {
        outline(id);
        return catalog.fieldSuggestions(id);
    }

    /** Accepts the suggestions of the listed elements (all when none is listed), one revision: {@code {"accepted": n}}. */
    @POST
    @Path("{id}/field-suggestions/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> acceptFieldSuggestions(@PathParam("id") long id, @Valid @NotNull FieldSuggestionsDecision body) {
        return Map.of("accepted", catalog.decideFieldSuggestions(id, body.elements(), true, actor.get(), body.comment()));
    }

    /** Refuses the suggestions of the listed elements (all when none is listed): never suggested again for them. */
    @POST
    @Path("{id}/field-suggestions/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> rejectFieldSuggestions(@PathParam("id") long id, @Valid @NotNull FieldSuggestionsDecision body) {
        return Map.of("rejected", catalog.decideFieldSuggestions(id, body.elements(), false, actor.get(), body.comment()));
    }

    @GET
    @Path("{id}")
    public PlanPayload plan(@PathParam("id") long id) {
        return PlanPayload.of(outline(id));
    }

    /** Every action and activity of the plan, as an Excel workbook; labels in the caller's language. */
    @GET
    @Path("{id}/activities.xlsx")
    @Produces(XLSX)
    public Response activities(@PathParam("id") long id, @Context HttpHeaders headers,
            @QueryParam("lang") @Size(max = 5) String lang) {
        Locale locale = ApiLanguage.of(headers, lang);
        return download(id, ".xlsx", XLSX, (outline, out) -> ActivitiesWorkbook.write(outline, followUps.of(id), locale,
                currentTenant.slug(), out));
    }

    /** The plan as a Word document laid out like the bodies' plans; labels in the caller's language. */
    @GET
    @Path("{id}/plan.docx")
    @Produces(DOCX)
    public Response docx(@PathParam("id") long id, @Context HttpHeaders headers,
            @QueryParam("lang") @Size(max = 5) String lang) {
        Locale locale = ApiLanguage.of(headers, lang);
        return download(id, ".docx", DOCX, (outline, out) -> PlanDocx.write(outline, bodyName(), members(), locale, LocalDate.now(), out));
    }

    /** The plan as a PDF laid out like the bodies' plans; labels in the caller's language. */
    @GET
    @Path("{id}/plan.pdf")
    @Produces(PDF)
    public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers,
            @QueryParam("lang") @Size(max = 5) String lang) {
        Locale locale = ApiLanguage.of(headers, lang);
        return download(id, ".pdf", PDF, (outline, out) -> PlanPdf.write(outline, bodyName(), members(), locale, LocalDate.now(), out));
    }

    /**
     * The plan's audit report (adoptions, revisions since the last one, changes since then) as a PDF, for
     * the coordination and the auditors (403 for others); the read is logged.
     */
    @GET
    @Path("{id}/audit-report.pdf")
    @Produces(PDF)
    public Response auditReport(@PathParam("id") long id, @Context HttpHeaders headers,
            @QueryParam("lang") @Size(max = 5) String lang) {
        Locale locale = ApiLanguage.of(headers, lang);
        PlanOutline outline = outline(id);
        HistoryService.AuditReport report = history.auditReport(actor.get(), id, locale);
        return Response.ok((StreamingOutput) out -> AuditReportPdf.write(outline, report.revisions(), report.sinceAdoption(),
                locale, out), PDF).header("Content-Disposition", attachment(outline.title() + " — audit.pdf")).build();
    }

    /** The body's name, as its documents' title pages print it. */
    private String bodyName() {
        return currentTenant.tenant().map(Tenant::displayName).orElse(null);
    }

    /** The body's committee members, as its documents print them. */
    private List<PartnerDirectoryView.MemberLine> members() {
        return partners.directory().members();
    }

    private PlanOutline outline(long id) {
        return catalog.outline(id).orElseThrow(() -> new NotFound(NotFound.What.PLAN, id));
    }

    /** A document made from the plan, named after it; 404 when the body has no such plan. */
    private Response download(long id, String extension, String type, DocumentMaker maker) {
        PlanOutline outline = outline(id);
        return Response.ok((StreamingOutput) out -> maker.write(outline, out), type)
                .header("Content-Disposition", attachment(outline.title() + extension)).build();
    }

    /** Writes one kind of document of a plan. */
    private interface DocumentMaker {
        void write(PlanOutline outline, OutputStream out) throws IOException;
    }

    /** A download's name, plain for old browsers and exact (accents included) for the others. */
    private static String attachment(String fileName) {
        String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
