package ca.concerto.web.interfaces.api;

import ca.concerto.domain.model.shared.InvalidInput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version of an element a change starts from: the ETag sent back in If-Match, or the body's fromVersion. */
final class ReadVersion {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,9})\"");

    private ReadVersion() {
    }

    /** @throws InvalidInput when neither says it, when If-Match is not one of our tags, or when they disagree */
    static int of(String ifMatch, Integer fromVersion) {
        if (ifMatch == null) {
            if (fromVersion == null) {
                throw new InvalidInput("fromVersion", "A change says the version it starts from");
            }
            return fromVersion;
        }
        Matcher tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new InvalidInput("If-Match", "If-Match is the ETag of the element's read");
        }
        int version = Integer.parseInt(tag.group(1));
        if (fromVersion != null && fromVersion != version) {
            throw new InvalidInput("fromVersion", "If-Match and fromVersion name different versions");
        }
        return version;
    }
}
