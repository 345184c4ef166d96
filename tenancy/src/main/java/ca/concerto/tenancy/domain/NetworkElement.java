package ca.concerto.tenancy.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One element of an adopted plan of one tenant, as the network sees it (the tenant's {@code network_element}
 * view): where it sits, what it says, who leads it and in which sector, and every other column of the plans'
 * tables.
 */
public record NetworkElement(String tenant, String tenantName, String region, long planId, String planTitle,
        String planPeriod, LocalDate adoptedOn, long id, Long parentId, String levelCode, String number, String title,
        String description, String schedule, String lead, String leadOrganisation, String leadSector,
        List<String> fieldsOfAction, List<String> targetGroups, boolean hasChildren, List<String> collaborators,
        List<String> resultIndicators, String expectedResults) implements Serializable {

    public NetworkElement {
        fieldsOfAction = List.copyOf(fieldsOfAction);
        targetGroups = List.copyOf(targetGroups);
        collaborators = List.copyOf(collaborators);
        resultIndicators = List.copyOf(resultIndicators);
    }
}
