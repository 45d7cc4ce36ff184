package vn.motcua.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.feedback.Rating;
import vn.motcua.feedback.Satisfaction;

/** The {@code feedback_rating} table; its primary key, the dossier code, makes "once per dossier" hold. */
@Repository
public class RatingRepository {

    private final JdbcClient jdbc;

    RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Rating> find(String dossierCode) {
        return jdbc.sql("select * from feedback_rating where dossier_code = ?").param(dossierCode)
                .query(RatingRepository::map).optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the dossier is rated already */
    public void insert(Rating r) {
        jdbc.sql("insert into feedback_rating (dossier_code, procedure_code, competent_unit, satisfaction, comment,"
                        + " rated_at) values (?, ?, ?, ?, ?, ?)")
                .params(r.dossierCode(), r.procedureCode(), r.competentUnit(), r.satisfaction().name(), r.comment(),
                        Timestamp.from(r.ratedAt()))
                .update();
    }

    private static Rating map(ResultSet rs, int row) throws SQLException {
        return new Rating(rs.getString("dossier_code"), rs.getString("procedure_code"), rs.getString("competent_unit"),
                Satisfaction.valueOf(rs.getString("satisfaction")), rs.getString("comment"),
                rs.getTimestamp("rated_at").toInstant());
    }
}
