package ca.concerto.domain.model.plan;

/** Which level an element may have under an element of a given level (null: at the top of the plan). */
@FunctionalInterface
public interface LevelRule {

    boolean allows(String parentLevelCode, String levelCode);

    /**
     * A document's own shape, kept as the body wrote it: what importing it follows. The seed plans skip
     * levels their template chains (an action straight under an axis in the 2018-2019 plan).
     */
    LevelRule AS_DOCUMENTED = (parentLevelCode, levelCode) -> true;
}
