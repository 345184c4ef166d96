package ca.concerto.web.interfaces.api.payload;

import jakarta.json.bind.annotation.JsonbNillable;

/** The number of what a request created, or of what it changed with its new version. */
@JsonbNillable(false)
public record Created(long id, Integer version) {

    public static Created id(long id) {
        return new Created(id, null);
    }
}
