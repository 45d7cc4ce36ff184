package vn.motcua.index.internal;

import java.math.BigDecimal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.motcua.index.IndexSettings;

/**
 * The index's settings from {@code motcua.index.*} (application.yml or environment), each
 * defaulting to INDEX-766.md's value: an administrator changes an assumed rule without a release.
 */
@Configuration
class IndexConfiguration {

    private static final String PREFIX = "motcua.index.";

    @Bean
    IndexSettings indexSettings(Environment env) {
        IndexSettings d = IndexSettings.defaults();
        return new IndexSettings(
                flag(env, "empty-denominator-gives-full-points", d.emptyDenominatorGivesFullPoints()),
                flag(env, "no-feedback-gives-full-points", d.noFeedbackGivesFullPoints()),
                share(env, "online-payment-full-at", d.onlinePaymentFullAt()),
                share(env, "reuse-full-at", d.reuseFullAt()),
                share(env, "dossier-satisfaction-full-at", d.dossierSatisfactionFullAt()),
                days(env, "announcement-lead-working-days", d.announcementLeadWorkingDays()),
                days(env, "publication-working-days", d.publicationWorkingDays()),
                days(env, "feedback-answer-working-days", d.feedbackAnswerWorkingDays()),
                days(env, "feedback-refuse-working-days", d.feedbackRefuseWorkingDays()),
                days(env, "feedback-ask-more-working-days", d.feedbackAskMoreWorkingDays()),
                days(env, "feedback-publish-working-days", d.feedbackPublishWorkingDays()));
    }

    private static boolean flag(Environment env, String name, boolean fallback) {
        return env.getProperty(PREFIX + name, Boolean.class, fallback);
    }

    private static BigDecimal share(Environment env, String name, BigDecimal fallback) {
        return env.getProperty(PREFIX + name, BigDecimal.class, fallback);
    }

    private static int days(Environment env, String name, int fallback) {
        return env.getProperty(PREFIX + name, Integer.class, fallback);
    }
}
