package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.application.history.PlanHistory;
import ca.concerto.domain.application.history.PlanSnapshot;
import ca.concerto.domain.application.history.RevisionLine;
import ca.concerto.domain.application.plans.ElementLists;
import ca.concerto.domain.application.plans.PlanOutlines;
import ca.concerto.domain.model.audit.Revision;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.domain.model.plan.Plan;
import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.plan.PlanMilestone;
import ca.concerto.domain.model.plan.PlanSection;
import ca.concerto.domain.model.plan.Plans;
import ca.concerto.domain.model.template.PlanTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

/** A plan's history read from Envers' audit tables, in the caller's transaction and tenant. */
@ApplicationScoped
public class EnversPlanHistory extends JpaRepository implements PlanHistory {

    /**
     * The revisions that changed the plan, its elements, or an earlier version of it (its lineage up to
     * this edition), oldest first.
     */
    @Override
    public List<RevisionLine> revisions(long planId) {
        Optional<Plan> plan = plans().find(planId);
        if (plan.isEmpty()) {
            return List.of();
        }
        Map<Long, Plan> versions = new TreeMap<>();
        for (Plan version : plans().lineage(plan.get(), plan.get().edition())) {
            for (long number : revisionsOf(version.id())) {
                versions.put(number, version);
            }
        }
        if (versions.isEmpty()) {
            return List.of();
        }
        List<Revision> revisions = entityManager.createQuery("select r from Revision r where r.id in :numbers order by r.id",
                Revision.class).setParameter("numbers", versions.keySet()).getResultList();
        return java.util.stream.IntStream.range(0, revisions.size()).mapToObj(at -> {
            Revision revision = revisions.get(at);
            Plan version = versions.get(revision.id());
            return new RevisionLine(revision.id(), revision.recordedAt(), revision.authorShown(), revision.kind(),
                    revision.comment(), version.id(), version.edition(), at + 1);
        }).toList();
    }

    private TreeSet<Long> revisionsOf(long planId) {
        TreeSet<Long> numbers = new TreeSet<>();
        AuditReader audit = audit();
        audit.getRevisions(Plan.class, planId).forEach(number -> numbers.add(number.longValue()));
        for (Class<?> part : List.of(PlanElement.class, PlanSection.class, PlanMilestone.class)) {
            for (Object number : audit.createQuery().forRevisionsOfEntity(part, false, true)
                    .add(AuditEntity.relatedId("plan").eq(planId))
                    .addProjection(AuditEntity.revisionNumber().distinct()).getResultList()) {
                numbers.add(((Number) number).longValue());
            }
        }
        return numbers;
    }

    /** The plan exactly as it was once the revision was saved; empty if the plan did not exist yet. */
    @Override
    public Optional<PlanSnapshot> at(long planId, long revision) {
        Plan plan = audit().find(Plan.class, planId, revision);
        return Optional.ofNullable(plan).map(past -> {
            Map<Long, ElementLists> lists = listsAt(past.elements().stream().map(PlanElement::id).toList(), revision);
            return snapshot(past, revision, element -> lists.getOrDefault(element.id(), ElementLists.NONE));
        });
    }

    /**
     * The lists of these elements as they were at the revision, in four queries rather than four per element (the
     * audited lists Envers loads one by one): per list, the entries whose latest audit row up to the revision is not
     * a removal, as Envers itself reads them.
     */
    private Map<Long, ElementLists> listsAt(List<Long> elementIds, long revision) {
        Map<Long, List<String>> collaborators = entries("plan_element_collaborator_aud", "name",
                "position = a.position AND b.name IS NOT DISTINCT FROM a.name AND b.organisation_id IS NOT DISTINCT FROM a.organisation_id",
                elementIds, revision);
        Map<Long, List<String>> indicators = entries("plan_element_indicator_aud", "text",
                "position = a.position AND b.text = a.text", elementIds, revision);
        Map<Long, List<String>> targetGroups = entries("plan_element_target_group_aud", "text",
                "position = a.position AND b.text = a.text", elementIds, revision);
        Map<Long, List<String>> fields = entries("plan_element_field_of_action_aud", "field_code",
                "field_code = a.field_code", elementIds, revision);
        Map<Long, ElementLists> lists = new HashMap<>();
        for (long id : elementIds) {
            lists.put(id, new ElementLists(collaborators.getOrDefault(id, List.of()), indicators.getOrDefault(id, List.of()),
                    targetGroups.getOrDefault(id, List.of()), fields.getOrDefault(id, List.of())));
        }
        return lists;
    }

    /** One audited list's entries at the revision, per element, in the list's order (a set's by its values). */
    private Map<Long, List<String>> entries(String table, String value, String sameEntry, List<Long> elementIds, long revision) {
        if (elementIds.isEmpty()) {
            return Map.of();
        }
        String order = table.endsWith("field_of_action_aud") ? "a.field_code" : "a.position";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT a.element_id, a." + value + " FROM " + table + " a"
                + " WHERE a.element_id = ANY (CAST(:ids AS bigint[])) AND a.rev <= :rev AND a.revtype IS DISTINCT FROM 2"
                + " AND a.rev = (SELECT max(b.rev) FROM " + table + " b WHERE b.element_id = a.element_id AND b." + sameEntry
                + " AND b.rev <= :rev) ORDER BY a.element_id, " + order)
                .setParameter("ids", elementIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .setParameter("rev", revision).getResultList();
        Map<Long, List<String>> entries = new HashMap<>();
        for (Object[] row : rows) {
            entries.computeIfAbsent(((Number) row[0]).longValue(), id -> new java.util.ArrayList<>()).add((String) row[1]);
        }
        return entries;
    }

    /** The plan as it is now. */
    @Override
    public Optional<PlanSnapshot> now(long planId) {
        return plans().withTree(planId).map(plan -> snapshot(plan, null, ElementLists::of));
    }

    /**
     * The last adoption of the plan's lineage up to this version: the adopted version and the revision
     * that recorded its adoption. Empty when no version of the plan was ever adopted.
     */
    @Override
    public Optional<AdoptionPoint> lastAdoption(long planId) {
        return plans().find(planId).flatMap(plan -> plans().lineage(plan, plan.edition()).stream()
                .filter(version -> version.adoptedOn() != null).max(Comparator.comparingInt(Plan::edition)))
                .flatMap(adopted -> revisions(adopted.id()).stream().filter(line -> line.planId() == adopted.id())
                        .filter(line -> line.kind() == RevisionKind.ADOPTION || line.kind() == RevisionKind.IMPORT)
                        .max(Comparator.comparingLong(RevisionLine::number))
                        .map(line -> new AdoptionPoint(adopted.id(), line.number(), adopted.edition())));
    }

    private Plans plans() {
        return JpaRepository.over(entityManager, JpaPlans::new);
    }

    private AuditReader audit() {
        return AuditReaderFactory.get(entityManager);
    }

    private PlanSnapshot snapshot(Plan plan, Long revision, java.util.function.Function<PlanElement, ElementLists> lists) {
        Map<Long, Long> origins = new HashMap<>();
        plan.elements().stream().filter(element -> element.originId() != null)
                .forEach(element -> origins.put(element.id(), element.originId()));
        return new PlanSnapshot(PlanOutlines.outline(plan, entityManager.find(PlanTemplate.class, plan.templateCode()), lists),
                origins, revision);
    }
}
