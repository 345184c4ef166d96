package ca.concerto.domain.model.audit;

import java.util.List;

/** The body's log of who read the history of its plans; the application may add to it, never change it. */
public interface HistoryReads {

    void log(long planId, HistoryRead read);

    /** The latest reads of a plan's history, newest first. */
    List<HistoryRead> of(long planId, int atMost);
}
