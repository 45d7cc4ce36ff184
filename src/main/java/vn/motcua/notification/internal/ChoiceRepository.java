package vn.motcua.notification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.notification.ChannelChoice;
import vn.motcua.notification.DossierChoice;
import vn.motcua.notification.OfficerContact;

/** Channel choices per dossier and per account, and officers' contacts. */
@Repository
public class ChoiceRepository {

    private final JdbcClient jdbc;

    ChoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void saveDossier(String code, ChannelChoice choice, String language) {
        jdbc.sql("insert into notification_dossier_choice (dossier_code, by_email, by_sms, language) values (?, ?, ?, ?)"
                        + " on conflict (dossier_code) do update set by_email = excluded.by_email,"
                        + " by_sms = excluded.by_sms, language = excluded.language")
                .params(code, choice.email(), choice.sms(), language).update();
    }

    public Optional<DossierChoice> dossier(String code) {
        return jdbc.sql("select by_email, by_sms, language from notification_dossier_choice where dossier_code = ?")
                .param(code).query((rs, row) -> new DossierChoice(
                        new ChannelChoice(rs.getBoolean("by_email"), rs.getBoolean("by_sms")), rs.getString("language")))
                .optional();
    }

    public void saveAccount(long account, ChannelChoice choice) {
        jdbc.sql("insert into notification_account_choice (account_id, by_email, by_sms) values (?, ?, ?)"
                        + " on conflict (account_id) do update set by_email = excluded.by_email, by_sms = excluded.by_sms")
                .params(account, choice.email(), choice.sms()).update();
    }

    public Optional<ChannelChoice> account(long account) {
        return jdbc.sql("select by_email, by_sms from notification_account_choice where account_id = ?").param(account)
                .query((rs, row) -> new ChannelChoice(rs.getBoolean("by_email"), rs.getBoolean("by_sms"))).optional();
    }

    public List<OfficerContact> officers() {
        return jdbc.sql("select username, email, phone from notification_officer_contact order by username")
                .query(ChoiceRepository::contact).list();
    }

    public Optional<OfficerContact> officer(String username) {
        return jdbc.sql("select username, email, phone from notification_officer_contact where username = ?")
                .param(username).query(ChoiceRepository::contact).optional();
    }

    private static OfficerContact contact(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new OfficerContact(rs.getString("username"), rs.getString("email"), rs.getString("phone"));
    }

    public void saveOfficer(OfficerContact contact) {
        jdbc.sql("insert into notification_officer_contact (username, email, phone) values (?, ?, ?)"
                        + " on conflict (username) do update set email = excluded.email, phone = excluded.phone")
                .params(contact.username(), contact.email(), contact.phone()).update();
    }
}
