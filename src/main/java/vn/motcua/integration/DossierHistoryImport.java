package vn.motcua.integration;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.VersionSummary;
import vn.motcua.index.DossierHistory;
import vn.motcua.integration.internal.DossierLineMapper;
import vn.motcua.integration.internal.ImportRun;
import vn.motcua.integration.internal.References;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.NotFoundException;

/**
 * Nhập hồ sơ lịch sử: imports the dossiers a province handled in its old system, as JSON Lines in the
 * national portal's dossier format (one dossier per line), into the facts the service index counts.
 * Valid lines are recorded, invalid ones reported with their line number and reason; importing the
 * same MaHoSo again updates it. Not a transaction as a whole: each batch of
 * {@value ImportRun#BATCH_SIZE} dossiers commits on its own.
 */
@Service
public class DossierHistoryImport {

    private final DossierHistory history;
    private final UnitDirectory units;
    private final Catalog catalog;
    private final ProvinceCalendar calendar;

    DossierHistoryImport(DossierHistory history, UnitDirectory units, Catalog catalog, ProvinceCalendar calendar) {
        this.history = history;
        this.units = units;
        this.catalog = catalog;
        this.calendar = calendar;
    }

    /** Imports a whole stream; the caller closes it. */
    public ImportSummary importLines(InputStream jsonLines) {
        return importLines(jsonLines, progress -> { });
    }

    /** Imports a whole stream, telling {@code progress} the counts after each batch. */
    public ImportSummary importLines(InputStream jsonLines, Consumer<ImportProgress> progress) {
        DossierLineMapper mapper = new DossierLineMapper(references(), calendar.calendar(), calendar.now());
        return new ImportRun(mapper, history::record, progress).run(jsonLines);
    }

    /** Looked up once for this import: the units now, the procedures as lines name them. */
    private References references() {
        return new References(units.all().stream().map(Unit::identifier).collect(Collectors.toSet()),
                this::versionsOf, catalog::version, calendar.calendar().workingHours().zone());
    }

    private List<VersionSummary> versionsOf(String code) {
        try {
            return catalog.versions(code);
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
