package ca.concerto.domain.model.access;

import ca.concerto.domain.model.partner.Organisation;
import ca.concerto.domain.model.plan.PlanElement;
import java.util.Optional;

/**
 * Who may do what. In a body, the coordination team writes its plans and follows all of them up; a
 * partner follows up the elements their organisation leads; auditors only read. Beyond bodies, network
 * analysts compare the bodies' adopted plans and platform administrators manage the shared templates.
 * Checked by the application services whatever the screen or API in front of them.
 */
public final class Rights {

    private Rights() {
    }

    public static boolean mayEditPlans(Actor actor) {
        return actor.body().isPresent() && actor.is(Role.COORDINATOR);
    }

    /** @throws NotAllowed unless the actor is of the coordination team */
    public static void ensureMayEditPlans(Actor actor) {
        if (!mayEditPlans(actor)) {
            throw new NotAllowed(readOnly(actor) ? NotAllowed.Reason.READ_ONLY_ROLE : NotAllowed.Reason.NOT_COORDINATOR,
                    actor.username() + " may not change plans");
        }
    }

    /**
     * @param speaksFor the organisation the actor's partner account speaks for, if any
     */
    public static boolean mayFollowUp(Actor actor, PlanElement element, Optional<Organisation> speaksFor) {
        if (actor.body().isEmpty()) {
            return false;
        }
        if (actor.is(Role.COORDINATOR)) {
            return true;
        }
        if (!actor.is(Role.PARTNER) || speaksFor.isEmpty()) {
            return false;
        }
        return element.leadingOrganisation().map(Organisation::id).filter(speaksFor.get().id()::equals).isPresent();
    }

    /** @throws NotAllowed unless the actor coordinates, or is a partner whose organisation leads the element */
    public static void ensureMayFollowUp(Actor actor, PlanElement element, Optional<Organisation> speaksFor) {
        if (!mayFollowUp(actor, element, speaksFor)) {
            throw new NotAllowed(readOnly(actor) ? NotAllowed.Reason.READ_ONLY_ROLE : NotAllowed.Reason.NOT_LEAD,
                    actor.username() + " may not follow up element " + element.id());
        }
    }

    /** The coordination and the body's auditors read the history of its plans. */
    public static boolean mayReadHistory(Actor actor) {
        return actor.body().isPresent() && (actor.is(Role.COORDINATOR) || actor.is(Role.AUDITOR));
    }

    /** @throws NotAllowed unless the actor coordinates or audits the body */
    public static void ensureMayReadHistory(Actor actor) {
        if (!mayReadHistory(actor)) {
            throw new NotAllowed(NotAllowed.Reason.NOT_AUDITOR, actor.username() + " may not read the history of plans");
        }
    }

    /** The network analysts compare the bodies' adopted plans and read every body's assessments. */
    public static boolean mayCompareNetwork(Actor actor) {
        return actor.is(Role.NETWORK_ANALYST);
    }

    /** @throws NotAllowed unless the actor is a network analyst */
    public static void ensureMayCompareNetwork(Actor actor) {
        if (!mayCompareNetwork(actor)) {
            throw new NotAllowed(NotAllowed.Reason.NOT_ANALYST, actor.username() + " may not compare the network's plans");
        }
    }

    /** The platform administrators manage the shared templates. */
    public static boolean mayManageTemplates(Actor actor) {
        return mayAdministerPlatform(actor);
    }

    /** @throws NotAllowed unless the actor administers the platform */
    public static void ensureMayManageTemplates(Actor actor) {
        if (!mayManageTemplates(actor)) {
            throw new NotAllowed(NotAllowed.Reason.NOT_PLATFORM_ADMIN, actor.username() + " may not change templates");
        }
    }

    /** The platform administrators provision the bodies and see the state of their spaces. */
    public static boolean mayAdministerPlatform(Actor actor) {
        return actor.is(Role.PLATFORM_ADMIN);
    }

    /** @throws NotAllowed unless the actor administers the platform */
    public static void ensureMayAdministerPlatform(Actor actor) {
        if (!mayAdministerPlatform(actor)) {
            throw new NotAllowed(NotAllowed.Reason.NOT_PLATFORM_ADMIN, actor.username() + " may not provision bodies");
        }
    }

    /** A body's people read the assessments other bodies shared; the network reads them all. */
    public static boolean mayReadOthersAssessments(Actor actor) {
        return actor.is(Role.NETWORK_ANALYST) || actor.body().isPresent();
    }

    private static boolean readOnly(Actor actor) {
        return !actor.is(Role.COORDINATOR) && !actor.is(Role.PARTNER);
    }
}
