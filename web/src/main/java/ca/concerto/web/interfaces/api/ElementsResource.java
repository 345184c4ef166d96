package ca.concerto.web.interfaces.api;

import ca.concerto.domain.application.followup.FollowUpService;
import ca.concerto.domain.application.followup.MeasurementEntry;
import ca.concerto.domain.application.followup.PlanFollowUp;
import ca.concerto.domain.application.followup.ProgressEntry;
import ca.concerto.domain.application.followup.ReportChangedMeanwhile;
import ca.concerto.domain.application.plans.EditConflict;
import ca.concerto.domain.application.plans.ElementChanges;
import ca.concerto.domain.application.plans.PlanCatalog;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.followup.ProgressStatus;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.web.infrastructure.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The elements of a plan of the caller's body, to change and follow up. The rights are the screens':
 * the coordination changes draft plans and follows up everything; a partner follows up what their
 * organisation leads; auditors change nothing (403). An element is addressed under its plan; an element
 * of another plan or body is 404. Documented in docs/api.md.
 */
@Path("plans/{planId}/elements")
@RolesAllowed({"coordinator", "partner", "auditor"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ElementsResource {

    @Inject
    PlanCatalog catalog;

    @Inject
    FollowUpService followUps;

    @Inject
    CurrentActor actor;

    @Context
    HttpHeaders headers;

    @PathParam("planId")
    long planId;

    /** Every report and measurement of the plan's elements. */
    @GET
    @Path("follow-up")
    public Response followUp() {
        if (!catalog.exists(planId)) {
            return ApiError.of(Response.Status.NOT_FOUND, "PLAN_NOT_FOUND");
        }
        PlanFollowUp followUp = followUps.of(planId);
        JsonArrayBuilder reports = Json.createArrayBuilder();
        followUp.reports().values().forEach(list -> list.forEach(report -> reports.add(json(report))));
        JsonArrayBuilder measurements = Json.createArrayBuilder();
        followUp.measurements().values().forEach(list -> list.forEach(measurement -> measurements.add(json(measurement))));
        return Response.ok(Json.createObjectBuilder().add("reports", reports).add("measurements", measurements).build()).build();
    }

    /**
     * Adds an element at the end of a parent's children ({@code parentId} null: at the top) at a level of
     * the plan's template: 201 with its number (coordinators, draft plans).
     */
    @POST
    public Response add(JsonObject body) {
        Optional<PlanOutline> outline = catalog.outline(planId);
        if (outline.isEmpty()) {
            return ApiError.of(Response.Status.NOT_FOUND, "PLAN_NOT_FOUND");
        }
        Long parentId = body.containsKey("parentId") && !body.isNull("parentId") ? body.getJsonNumber("parentId").longValue() : null;
        String level = body.getString("level", "");
        if (!outline.get().childLevelsOf(parentId == null ? null : outline.get().elements().stream()
                .filter(element -> element.id() == parentId).findFirst().map(PlanOutline.Element::levelCode).orElse("?"))
                .contains(level)) {
            return ApiError.of(Response.Status.BAD_REQUEST, "INVALID", "api.invalid", headers);
        }
        return guarded(() -> {
            long id = catalog.addElement(planId, parentId, level, body.getString("title", null), body.getString("schedule", null),
                    actor.get(), body.getString("comment", ""));
            return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("id", id).build()).build();
        });
    }

    /** Records the element's progress for a reporting period: 200 with the report. */
    @POST
    @Path("{elementId}/progress")
    public Response report(@PathParam("elementId") long elementId, JsonObject body) {
        return inPlan(elementId, () -> {
            ProgressStatus status = ProgressStatus.valueOf(body.getString("status", ""));
            ProgressEntry entry = new ProgressEntry(elementId, body.getString("period", ""), status,
                    integer(body, "percentComplete"), body.getString("note", null), integer(body, "fromVersion"));
            try {
                return Response.ok(json(followUps.report(actor.get(), entry))).build();
            } catch (ReportChangedMeanwhile conflict) {
                return Response.status(Response.Status.CONFLICT).entity(Json.createObjectBuilder()
                        .add("error", "CHANGED_MEANWHILE").add("current", json(conflict.current())).build()).build();
            }
        });
    }

    /** Records a measurement of one of the element's indicators: 201 with it. */
    @POST
    @Path("{elementId}/measurements")
    public Response measure(@PathParam("elementId") long elementId, JsonObject body) {
        return inPlan(elementId, () -> {
            MeasurementEntry entry = new MeasurementEntry(elementId, body.getString("indicator", null),
                    body.getJsonNumber("value") == null ? null : body.getJsonNumber("value").bigDecimalValue(),
                    LocalDate.parse(body.getString("measuredOn", "")), body.getString("note", null));
            return Response.status(Response.Status.CREATED).entity(json(followUps.measure(actor.get(), entry))).build();
        });
    }

    /** Changes an element's texts from the version the caller read (coordination, draft plans): 200 with the new version. */
    @PUT
    @Path("{elementId}")
    public Response change(@PathParam("elementId") long elementId, JsonObject body) {
        return inPlan(elementId, () -> {
            ElementChanges changes = new ElementChanges(elementId, body.getInt("fromVersion"), body.getString("title", null),
                    body.getString("description", null), body.getString("schedule", null), body.getString("lead", null),
                    body.getString("expectedResults", null), strings(body, "collaborators"), strings(body, "fieldsOfAction"),
                    body.getString("number", null), strings(body, "resultIndicators"), strings(body, "targetGroups"));
            try {
                int version = catalog.save(changes, actor.get(), body.getString("comment", ""));
                return Response.ok(Json.createObjectBuilder().add("id", elementId).add("version", version).build()).build();
            } catch (EditConflict conflict) {
                return Response.status(Response.Status.CONFLICT).entity(Json.createObjectBuilder()
                        .add("error", "CHANGED_MEANWHILE").add("currentVersion", conflict.currentVersion()).build()).build();
            }
        });
    }

    /** Runs a change on an element of this plan: 404 for an element elsewhere. */
    private Response inPlan(long elementId, Supplier<Response> change) {
        if (!catalog.holds(planId, elementId)) {
            return ApiError.of(Response.Status.NOT_FOUND, "ELEMENT_NOT_FOUND");
        }
        return guarded(change);
    }

    /** 400 for malformed input, 409 for a plan that is adopted or archived; rights are the service's (403). */
    private Response guarded(Supplier<Response> change) {
        try {
            return change.get();
        } catch (PlanNotEditable closed) {
            return ApiError.of(Response.Status.CONFLICT, "PLAN_NOT_EDITABLE", "api.planNotEditable", headers);
        } catch (IllegalArgumentException | NullPointerException | ClassCastException | DateTimeParseException malformed) {
            return ApiError.of(Response.Status.BAD_REQUEST, "INVALID", "api.invalid", headers);
        }
    }

    private static Integer integer(JsonObject body, String key) {
        JsonValue value = body.get(key);
        return value instanceof JsonNumber number ? number.intValueExact() : null;
    }

    private static List<String> strings(JsonObject body, String key) {
        return body.containsKey(key) && body.get(key) != JsonValue.NULL
                ? body.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : null;
    }

    private static JsonObject json(PlanFollowUp.Report report) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("elementId", report.elementId()).add("period", report.period())
                .add("status", report.status().name()).add("recordedBy", report.recordedBy())
                .add("recordedOn", report.recordedOn().toString()).add("version", report.version());
        json.add("percentComplete", report.percentComplete() == null ? JsonValue.NULL : Json.createValue(report.percentComplete()));
        json.add("note", report.note() == null ? JsonValue.NULL : Json.createValue(report.note()));
        return json.build();
    }

    private static JsonObject json(PlanFollowUp.Measurement measurement) {
        return Json.createObjectBuilder().add("elementId", measurement.elementId()).add("indicator", measurement.indicator())
                .add("value", measurement.value()).add("measuredOn", measurement.measuredOn().toString())
                .add("note", measurement.note() == null ? JsonValue.NULL : Json.createValue(measurement.note()))
                .add("recordedBy", measurement.recordedBy()).build();
    }
}
