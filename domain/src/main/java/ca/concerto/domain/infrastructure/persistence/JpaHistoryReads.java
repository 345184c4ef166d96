package ca.concerto.domain.infrastructure.persistence;

import ca.concerto.domain.model.audit.HistoryRead;
import ca.concerto.domain.model.audit.HistoryReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class JpaHistoryReads extends JpaRepository implements HistoryReads {

    @Override
    public void log(long planId, HistoryRead read) {
        entityManager.createNativeQuery("insert into history_read (username, roles, plan_id, what) values (?1, ?2, ?3, ?4)")
                .setParameter(1, read.username()).setParameter(2, read.roles()).setParameter(3, planId)
                .setParameter(4, read.what()).executeUpdate();
    }

    @Override
    public List<HistoryRead> of(long planId, int atMost) {
        List<?> rows = entityManager.createNativeQuery(
                "select read_at, username, roles, what from history_read where plan_id = ?1 order by read_at desc, id desc")
                .setParameter(1, planId).setMaxResults(atMost).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new HistoryRead(JpaPolicyWatchBoard.instant(row[0]),
                (String) row[1], (String) row[2], (String) row[3])).toList();
    }
}
