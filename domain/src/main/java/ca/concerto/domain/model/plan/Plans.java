package ca.concerto.domain.model.plan;

import ca.concerto.domain.model.shared.NotFound;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The plans of the current body, and their elements. */
public interface Plans {

    Optional<Plan> find(long planId);

    /** The plan a creation of that key made, if one did. */
    Optional<Plan> createdBy(String creationKey);

    /** @throws NotFound when the body has no such plan */
    default Plan get(long planId) {
        return find(planId).orElseThrow(() -> new NotFound(NotFound.What.PLAN, planId));
    }

    /** The plan with its whole tree and what its rows show, loaded in a number of statements that does not grow with it. */
    Optional<Plan> withTree(long planId);

    /**
     * The plan with its whole tree, to be read only (a page, a document, an outline): what it loads is not watched
     * for changes, so the end of a transaction that read a large plan does not compare every element with its
     * loaded state. A change made to what it returns is not saved; other work of the same transaction is.
     */
    Optional<Plan> treeToRead(long planId);

    Optional<PlanElement> findElement(long elementId);

    /** @throws NotFound when the body has no such element */
    default PlanElement element(long elementId) {
        return findElement(elementId).orElseThrow(() -> new NotFound(NotFound.What.ELEMENT, elementId));
    }

    /** The elements of these numbers the body has, with their plans. */
    List<PlanElement> elements(Collection<Long> elementIds);

    /** True when the element is one of this plan's. */
    boolean holds(long planId, long elementId);

    /** Every plan of the body, newest period first. */
    List<Plan> all();

    /** Every edition of the plan's lineage up to this one (all of them: null), oldest first. */
    List<Plan> lineage(Plan plan, Integer upToEdition);

    /** Writes a new plan, or the changes made to one read here, now: its new elements get their ids, its versions move on. */
    void save(Plan plan);
}
