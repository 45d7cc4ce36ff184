package vn.motcua.integration.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.index.DossierHistory;
import vn.motcua.integration.DossierHistoryImport;
import vn.motcua.integration.ImportSummary;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.DemoMode;

/**
 * Gives the demo province a past: on first start in demo mode, a generated history of the working
 * days before today ({@code motcua.demo.history-days}, 0 for none), imported through the real import
 * like a province's old system would, so the service index and its dashboard have months to show.
 * Generated demo data, coded {@code LS-DEMO-…}; never seeded outside demo mode or twice.
 */
@Component
@Order(30)
class DemoHistorySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistorySeeder.class);
    private static final int PER_WORKING_DAY = 60;

    private final DemoMode demoMode;
    private final DossierHistory history;
    private final DossierHistoryImport importer;
    private final Catalog catalog;
    private final ProvinceCalendar calendar;
    private final int workingDays;

    DemoHistorySeeder(DemoMode demoMode, DossierHistory history, DossierHistoryImport importer, Catalog catalog,
                      ProvinceCalendar calendar, @Value("${motcua.demo.history-days:250}") int workingDays) {
        this.demoMode = demoMode;
        this.history = history;
        this.importer = importer;
        this.catalog = catalog;
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || workingDays <= 0 || history.recorded()) {
            return;
        }
        LocalDateTime now = calendar.now();
        NationalHistoryLines lines = new NationalHistoryLines(766, NationalHistoryLines.handlers(catalog), "LS-DEMO-",
                now);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        LocalDate day = now.toLocalDate();
        for (int days = 0; days < workingDays; ) {
            day = day.minusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
                for (int i = 0; i < PER_WORKING_DAY; i++) {
                    body.writeBytes((lines.line(day, i) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        ImportSummary summary = importer.importLines(new ByteArrayInputStream(body.toByteArray()));
        log.info("Seeded the demo history: {} dossiers over {} working days since {}", summary.created(),
                workingDays, day);
    }
}
