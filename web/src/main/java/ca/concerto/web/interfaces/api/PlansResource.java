package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.history.HistoryService;
import ca.concerto.domain.application.plans.NewPlan;
import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.application.plans.PlanSummary;
import ca.concerto.web.infrastructure.export.ActivitiesWorkbook;
import ca.concerto.web.infrastructure.export.AuditReportPdf;
import ca.concerto.web.infrastructure.export.PlanDocx;
import ca.concerto.web.infrastructure.export.PlanPdf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The plans of the caller's body: the list, one plan with its whole tree, its documents, and new plans. The body is the
 * caller's, from their token; a plan number of another body answers 404 like any number that is no plan.
 * Documented in docs/api.md.
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

    @GET
    public JsonArray list() {
        JsonArrayBuilder plans = Json.createArrayBuilder();
        for (PlanSummary plan : catalog.plans()) {
            plans.add(Json.createObjectBuilder().add("id", plan.id()).add("title", plan.title())
                    .add("edition", plan.edition()).add("type", plan.type().name()).add("period", plan.period()).add("status", plan.status().name())
                    .add("adoptedOn", date(plan.adoptedOn())));
        }
        return plans.build();
    }

    /**
     * Creates a draft plan from a shared template, or carried forward from one of the body's plans
     * ({@code "from": id}): 201 with the plan. Coordinators only (403 otherwise).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body, @Context HttpHeaders headers) {
        try {
            NewPlan plan = new NewPlan(body.getString("title", null), body.getString("period", null),
                    date(body, "start"), date(body, "end"), body.getBoolean("starter", false));
            long id = body.containsKey("from") && !body.isNull("from")
                    ? catalog.carryForward(body.getJsonNumber("from").longValue(), plan, actor.get(), body.getString("comment", ""))
                    : catalog.create(body.getString("template", ""), plan, actor.get(), body.getString("comment", ""));
            return Response.status(Response.Status.CREATED).entity(json(catalog.outline(id).orElseThrow())).build();
        } catch (IllegalArgumentException | ClassCastException | DateTimeParseException malformed) {
            return ApiError.of(Response.Status.BAD_REQUEST, "INVALID", "api.invalid", headers);
        }
    }

    /** Records the plan's adoption ({@code {"on","by","comment"}}): 200 with the plan, now read-only. Coordinators. */
    @POST
    @Path("{id}/adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response adopt(@PathParam("id") long id, JsonObject body, @Context HttpHeaders headers) {
        if (catalog.outline(id).isEmpty()) {
            return ApiError.of(Response.Status.NOT_FOUND, "PLAN_NOT_FOUND");
        }
        try {
            catalog.adopt(id, LocalDate.parse(body.getString("on", "")), body.getString("by", null), actor.get(),
                    body.getString("comment", ""));
            return Response.ok(json(catalog.outline(id).orElseThrow())).build();
        } catch (PlanNotEditable adopted) {
            return ApiError.of(Response.Status.CONFLICT, "PLAN_NOT_EDITABLE", "api.planNotEditable", headers);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException malformed) {
            return ApiError.of(Response.Status.BAD_REQUEST, "INVALID", "api.invalid", headers);
        }
    }

    /** Starts (or finds) the draft of a new version of an adopted plan: 201 with the draft. Coordinators. */
    @POST
    @Path("{id}/versions")
    public Response newVersion(@PathParam("id") long id, @Context HttpHeaders headers) {
        if (catalog.outline(id).isEmpty()) {
            return ApiError.of(Response.Status.NOT_FOUND, "PLAN_NOT_FOUND");
        }
        try {
            long draft = catalog.startNewVersion(id, actor.get(), "");
            return Response.status(Response.Status.CREATED).entity(json(catalog.outline(draft).orElseThrow())).build();
        } catch (IllegalStateException stillDraft) {
            return ApiError.of(Response.Status.CONFLICT, "PLAN_IS_DRAFT", "api.planIsDraft", headers);
        }
    }

    @GET
    @Path("{id}")
    public Response plan(@PathParam("id") long id) {
        return catalog.outline(id).map(outline -> Response.ok(json(outline)).build())
                .orElseGet(() -> ApiError.of(Response.Status.NOT_FOUND, "PLAN_NOT_FOUND"));
    }

    /** Every action and activity of the plan, as an Excel workbook; labels in the caller's language. */
    @GET
    @Path("{id}/activities.xlsx")
    @Produces(XLSX)
    public Response activities(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = ApiLanguage.of(headers);
        return download(id, ".xlsx", XLSX, (outline, out) -> ActivitiesWorkbook.write(outline, locale, out));
    }

    /** The plan as a Word document laid out like the bodies' plans; labels in the caller's language. */
    @GET
    @Path("{id}/plan.docx")
    @Produces(DOCX)
    public Response docx(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = ApiLanguage.of(headers);
        return download(id, ".docx", DOCX, (outline, out) -> PlanDocx.write(outline, locale, LocalDate.now(), out));
    }

    /** The plan as a PDF laid out like the bodies' plans; labels in the caller's language. */
    @GET
    @Path("{id}/plan.pdf")
    @Produces(PDF)
    public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = ApiLanguage.of(headers);
        return download(id, ".pdf", PDF, (outline, out) -> PlanPdf.write(outline, locale, LocalDate.now(), out));
    }

    /**
     * The plan's audit report (adoptions, revisions since the last one, changes since then) as a PDF, for
     * the coordination and the auditors (403 for others); the read is logged.
     */
    @GET
    @Path("{id}/audit-report.pdf")
    @Produces(PDF)
    public Response auditReport(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = ApiLanguage.of(headers);
        return catalog.outline(id).map(outline -> {
            HistoryService.AuditReport report = history.auditReport(actor.get(), id, locale);
            return Response.ok((StreamingOutput) out -> AuditReportPdf.write(outline, report.revisions(), report.sinceAdoption(),
                    locale, out), PDF).header("Content-Disposition", attachment(outline.title() + " — audit.pdf")).build();
        }).orElseGet(() -> ApiError.of(Response.Status.NOT_FOUND, "PLAN_NOT_FOUND"));
    }

    /** A document made from the plan, named after it; 404 when the body has no such plan. */
    private Response download(long id, String extension, String type, DocumentMaker maker) {
        return catalog.outline(id).map(outline -> Response.ok((StreamingOutput) out -> maker.write(outline, out), type)
                .header("Content-Disposition", attachment(outline.title() + extension)).build())
                .orElseGet(() -> ApiError.of(Response.Status.NOT_FOUND, "PLAN_NOT_FOUND"));
    }

    /** Writes one kind of document of a plan. */
    private interface DocumentMaker {
        void write(PlanOutline outline, java.io.OutputStream out) throws java.io.IOException;
    }

    /** A download's name, plain for old browsers and exact (accents included) for the others. */
    private static String attachment(String fileName) {
        String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonObject json(PlanOutline outline) {
        JsonArrayBuilder elements = Json.createArrayBuilder();
        for (PlanOutline.Element element : outline.elements()) {
            elements.add(Json.createObjectBuilder()
                    .add("id", element.id())
                    .add("parentId", element.parentId() == null ? JsonValue.NULL : Json.createValue(element.parentId()))
                    .add("level", element.levelCode())
                    .add("number", text(element.number()))
                    .add("title", element.title())
                    .add("description", text(element.description()))
                    .add("schedule", element.schedule() == null ? JsonValue.NULL : Json.createObjectBuilder()
                            .add("text", element.schedule()).add("kind", element.scheduleKind().name())
                            .add("start", date(element.scheduleStart())).add("end", date(element.scheduleEnd())).build())
                    .add("lead", text(element.lead()))
                    .add("collaborators", array(element.collaborators()))
                    .add("resultIndicators", array(element.resultIndicators()))
                    .add("targetGroups", array(element.targetGroups()))
                    .add("expectedResults", text(element.expectedResults()))
                    .add("fieldsOfAction", array(element.fieldsOfAction())));
        }
        JsonObjectBuilder plan = Json.createObjectBuilder().add("id", outline.id()).add("title", outline.title())
                .add("edition", outline.edition()).add("type", outline.type().name()).add("template", outline.templateCode()).add("period", outline.period())
                .add("status", outline.status().name()).add("adoptedOn", date(outline.adoptedOn()))
                .add("adoptingBody", text(outline.adoptingBody()))
                .add("vision", text(outline.statements().vision())).add("mission", text(outline.statements().mission()))
                .add("elements", elements);
        return plan.build();
    }

    private static LocalDate date(JsonObject body, String key) {
        return body.containsKey(key) && !body.isNull(key) ? LocalDate.parse(body.getString(key)) : null;
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonValue date(LocalDate value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }

    private static JsonArray array(List<String> values) {
        return Json.createArrayBuilder(values).build();
    }
}
