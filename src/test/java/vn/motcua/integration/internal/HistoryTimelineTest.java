package vn.motcua.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.integration.internal.DossierLineMapperTest.supplement;
import static vn.motcua.integration.internal.HistorySamples.at;
import static vn.motcua.integration.internal.HistorySamples.returnedDossier;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.index.DossierFacts.Timeline;

/**
 * The timeline of an imported dossier, on the standard calendar (Mon–Fri, 07:00–11:30, 13:30–17:00).
 * The sample is received Monday 11 March 2024 08:00, due Friday 15 March 16:00.
 */
class HistoryTimelineTest {

    static Stream<Arguments> timelines() {
        return Stream.of(
                // Statuses and their finishing moments
                row("9 done: done at NgayKetThucXuLy, not returned", l -> l.put("TrangThaiHoSo", 9),
                        t -> List.of(String.valueOf(t.doneAt()), String.valueOf(t.returnedAt())),
                        List.of("2024-03-14T10:00", "null")),
                row("10 returned: done and returned", l -> { },
                        t -> List.of(t.doneAt(), t.returnedAt()), List.of(at("2024-03-14T10:00"), at("2024-03-15T09:00"))),
                row("3 refused: at NgayTuChoi rather than NgayKetThucXuLy",
                        l -> l.put("TrangThaiHoSo", 3).put("NgayTuChoi", "20240312090000"), Timeline::stoppedOrRefusedAt,
                        at("2024-03-12T09:00")),
                row("3 refused at reception: never received", l -> l.put("TrangThaiHoSo", 3)
                        .put("NgayTuChoi", "20240311090000").remove(List.of("NgayTiepNhan", "NgayHenTra")),
                        t -> String.valueOf(t.receivedAt()) + " " + t.stoppedOrRefusedAt(), "null 2024-03-11T09:00"),
                row("8 stopped without NgayTuChoi: at NgayKetThucXuLy", l -> l.put("TrangThaiHoSo", 8),
                        Timeline::stoppedOrRefusedAt, at("2024-03-14T10:00")),
                row("4 in processing: not finished whatever NgayKetThucXuLy says", l -> l.put("TrangThaiHoSo", 4),
                        t -> String.valueOf(t.finishedAt()), "null"),
                row("10 returned: neither stopped nor refused", l -> l.put("NgayTuChoi", "20240312090000"),
                        t -> String.valueOf(t.stoppedOrRefusedAt()), "null"),
                // Supplements move the appointment by the working time the applicant held the dossier
                row("requested Thursday 16:00, supplied Monday 08:00: 10 working hours over the weekend",
                        l -> supplement(l, "20240314160000", "20240318080000"),
                        t -> List.of(t.appointment(), t.supplementRequests()), List.of(at("2024-03-19T08:00"), 1)),
                row("not supplied yet: the appointment stays as printed",
                        l -> supplement(l, "20240314160000", null),
                        t -> List.of(t.appointment(), t.supplementRequests()), List.of(at("2024-03-15T16:00"), 1)),
                row("two requests, one answered (2 hours): moved by that one, both counted", l -> {
                    supplement(l, "20240312070000", "20240312090000");
                    supplement(l, "20240314160000", null);
                }, t -> List.of(t.appointment(), t.supplementRequests()), List.of(at("2024-03-18T08:00"), 2)),
                row("the appointment is kept; no worked time or limit is needed with one", l -> { },
                        t -> String.valueOf(t.workedTime()) + " " + t.timeLimit(), "null null"),
                // Without NgayHenTra: worked time against the procedure's limit
                row("done in 16 working hours; 3 working days are 24", l -> noAppointment(l).put("TrangThaiHoSo", 9)
                        .put("NgayKetThucXuLy", "20240313080000"),
                        t -> List.of(t.workedTime(), t.timeLimit()), List.of(Duration.ofHours(16), Duration.ofHours(24))),
                row("two working hours waiting for a supplement are not worked", l -> {
                    noAppointment(l).put("TrangThaiHoSo", 9).put("NgayKetThucXuLy", "20240313080000");
                    supplement(l, "20240312080000", "20240312100000");
                }, Timeline::workedTime, Duration.ofHours(14)),
                row("open: worked until the import (Friday 16:00 to Monday 09:00 is 3 hours)",
                        l -> open(l).put("TrangThaiHoSo", 4).put("NgayTiepNhan", "20240531160000"),
                        Timeline::workedTime, Duration.ofHours(3)),
                row("open and waiting for the applicant since Friday 16:30: half an hour worked",
                        l -> {
                            open(l).put("TrangThaiHoSo", 5).put("NgayTiepNhan", "20240531160000");
                            supplement(l, "20240531163000", null);
                        }, Timeline::workedTime, Duration.ofMinutes(30)),
                row("10 calendar days from Monday 08:00 give 64 working hours",
                        l -> noAppointment(l).put("MaTTHC", "2.000002"), Timeline::timeLimit, Duration.ofHours(64)),
                row("same day, received 14:00 before the cut-off: 3 hours until 17:00",
                        l -> noAppointment(l).put("MaTTHC", "3.000003").put("NgayTiepNhan", "20240311140000")
                                .put("NgayKetThucXuLy", "20240311160000").put("NgayTra", "20240311163000"),
                        t -> List.of(t.workedTime(), t.timeLimit()), List.of(Duration.ofHours(2), Duration.ofHours(3))),
                row("never received: nothing worked; the limit at 8 hours a working day",
                        l -> noAppointment(l).put("TrangThaiHoSo", 3).put("NgayTuChoi", "20240311090000")
                                .remove("NgayTiepNhan"),
                        t -> List.of(t.workedTime(), t.timeLimit()), List.of(Duration.ZERO, Duration.ofHours(24))),
                row("never apologised (the portal does not say)", l -> { }, Timeline::apologised, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timelines")
    void theTimelineFollowsThePortalsMoments(String rule, Consumer<ObjectNode> change, Function<Timeline, Object> read,
            Object expected) {
        ObjectNode line = returnedDossier();
        change.accept(line);
        MappedLine mapped = HistorySamples.map(line);
        assertThat(mapped.problems()).isEmpty();
        assertThat(read.apply(mapped.facts().timeline())).isEqualTo(expected);
    }

    private static ObjectNode open(ObjectNode line) {
        line.remove(List.of("NgayHenTra", "NgayKetThucXuLy", "NgayTra"));
        return line;
    }

    private static ObjectNode noAppointment(ObjectNode line) {
        line.remove("NgayHenTra");
        return line;
    }

    private static Arguments row(String rule, Consumer<ObjectNode> change, Function<Timeline, Object> read,
            Object expected) {
        return Arguments.of(rule, change, read, expected);
    }
}
