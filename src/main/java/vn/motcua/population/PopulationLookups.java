package vn.motcua.population;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.motcua.identity.ApplicantVerified;
import vn.motcua.identity.ApplicantVerified.VerificationSource;
import vn.motcua.identity.PersonalIdNumber;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.population.PopulationGateway.Answer;
import vn.motcua.population.internal.ApplicantRecords;
import vn.motcua.population.internal.PopulationLookupLog;

/**
 * Look-ups in the population database (tra cứu thông tin công dân), each written to the log before its
 * answer reaches the caller, and what they mean for a dossier: a look-up made for the dossier's applicant
 * that found them verifies them ({@link ApplicantVerified}, source {@code POPULATION_DATABASE}); one that
 * found nobody, or could not be made, is recorded as "entered by hand". A failed look-up never stops the
 * caller: it answers {@link LookupOutcome#UNAVAILABLE} and the officer goes on.
 */
@Service
public class PopulationLookups {

    /** How long a counter look-up may wait for the dossier it was made for: the officer's working day. */
    static final Duration TIED_WITHIN = Duration.ofHours(10);
    /** Longest "who" the log keeps: an officer's username, or an applicant account's with its prefix. */
    static final int WHO = 120;
    /** Longest dossier or procedure code the log keeps. */
    static final int CODE = 60;

    private final PopulationGateway gateway;
    private final PopulationLookupLog log;
    private final ApplicantRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String integrationCode;
    private final String serviceCode;

    PopulationLookups(PopulationGateway gateway, PopulationLookupLog log, ApplicantRecords records,
            ApplicationEventPublisher events, Clock clock,
            @Value("${motcua.population.gateway.integration-code}")
            String integrationCode,
            @Value("${motcua.population.gateway.service-code}")
            String serviceCode) {
        this.gateway = gateway;
        this.log = log;
        this.records = records;
        this.events = events;
        this.clock = clock;
        this.integrationCode = integrationCode;
        this.serviceCode = serviceCode;
    }

    /**
     * Asks the population database for the citizen with this ID number (the year of birth is the one the
     * number says) and, when given, this name, and logs it.
     *
     * @param field the form field the ID number was typed in, for the refusal
     * @throws vn.motcua.platform.UserInputException when the ID number is not a personal ID number (12
     *     digits that can exist) or a text is too long; nothing is asked nor logged then
     */
    public LookupResult lookUp(LookupOrder order, String field) {
        String idNumber = order.idNumber() == null ? "" : order.idNumber().replace(" ", "");
        Problems problems = new Problems();
        problems.when(!PersonalIdNumber.isValid(idNumber), field, "population.idNumber.invalid");
        InputLimits.line(problems, "fullName", order.fullName(), InputLimits.NAME);
        problems.when(order.lookedUpBy() == null || order.lookedUpBy().length() > WHO, "lookedUpBy",
                "population.lookedUpBy.invalid");
        InputLimits.line(problems, "dossierCode", order.dossierCode(), CODE);
        InputLimits.line(problems, "procedureCode", order.procedureCode(), CODE);
        problems.throwIfAny();
        String name = StringUtils.hasText(order.fullName()) ? PlainName.of(order.fullName()) : null;
        int year = birthYear(idNumber);
        String requestId = UUID.randomUUID().toString();
        Answer answer = ask(new PopulationGateway.Request(name, idNumber, year, integrationCode, serviceCode,
                order.lookedUpBy(), requestId));
        LookupOutcome outcome = answer == null ? LookupOutcome.UNAVAILABLE
                : answer.found() && idNumber.equals(answer.citizen().idNumber()) ? LookupOutcome.FOUND
                : LookupOutcome.NOT_FOUND;
        // The name the look-up matched: the one asked, else the one found, which the dossier's is compared with.
        String matched = name == null && outcome == LookupOutcome.FOUND ? PlainName.of(answer.citizen().fullName()) : name;
        Lookup entry = log.append(new Lookup(0, clock.instant(), order.lookedUpBy(), order.purpose(),
                order.dossierCode(), order.procedureCode(), idNumber, matched, year, outcome), requestId);
        return new LookupResult(entry, outcome == LookupOutcome.FOUND ? answer.citizen() : null);
    }

    /**
     * Records what a look-up means for the dossier it was made for (a counter look-up, made before the
     * dossier existed, is tied to it here): verified when it found the applicant's ID number and name,
     * else entered by hand. Only the same officer's look-up of the same ID number, made within
     * {@link #TIED_WITHIN}, counts; any other is ignored (the officer changed the number after looking up).
     *
     * @return what the dossier records, empty when the look-up does not count for it
     */
    @Transactional
    public Optional<DossierCheck> recordFor(String dossierCode, long lookupId, String lookedUpBy,
            String applicantIdNumber, String applicantName) {
        Instant now = clock.instant();
        Optional<Lookup> made = log.find(lookupId).filter(l -> l.lookedUpBy().equals(lookedUpBy))
                .filter(l -> applicantIdNumber != null && l.idNumber().equals(applicantIdNumber.replace(" ", "")))
                .filter(l -> l.dossierCode() == null || l.dossierCode().equals(dossierCode))
                .filter(l -> !l.lookedUpAt().isBefore(now.minus(TIED_WITHIN)));
        if (made.isEmpty()) {
            return Optional.empty();
        }
        Lookup lookup = made.get();
        DossierCheck.Outcome outcome = switch (lookup.outcome()) {
            case FOUND -> lookup.fullName().equals(PlainName.of(applicantName))
                    ? DossierCheck.Outcome.VERIFIED : DossierCheck.Outcome.DETAILS_DIFFER;
            case NOT_FOUND -> DossierCheck.Outcome.NOT_FOUND;
            case UNAVAILABLE -> DossierCheck.Outcome.UNAVAILABLE;
        };
        records.check(dossierCode, lookup.id(), outcome, now);
        if (outcome == DossierCheck.Outcome.VERIFIED) {
            events.publishEvent(new ApplicantVerified(dossierCode, lookup.idNumber(),
                    VerificationSource.POPULATION_DATABASE, now));
        }
        return Optional.of(new DossierCheck(lookup.id(), outcome, now, lookedUpBy));
    }

    /**
     * Checks an existing dossier's applicant: a look-up for the dossier with the applicant's ID number and
     * name, recorded on it.
     *
     * @throws vn.motcua.platform.UserInputException as {@link #lookUp}
     */
    @Transactional
    public DossierCheck verify(String lookedUpBy, String dossierCode, String procedureCode, String idNumber,
            String name) {
        LookupResult result = lookUp(new LookupOrder(lookedUpBy, LookupPurpose.VERIFY_APPLICANT, dossierCode,
                procedureCode, idNumber, name), "idNumber");
        return recordFor(dossierCode, result.lookup().id(), lookedUpBy, result.lookup().idNumber(), name)
                .orElseThrow();
    }

    /** The look-ups made for the dossier, oldest first. */
    public List<DossierCheck> checks(String dossierCode) {
        return records.checks(dossierCode);
    }

    /** The dossier's applicant verifications, from either national source, oldest first. */
    public List<Verification> verifications(String dossierCode) {
        return records.verifications(dossierCode);
    }

    /** A page of the log, newest first, for supervisors. */
    public List<Lookup> log(int page, int size) {
        return log.page(page, size);
    }

    public long logSize() {
        return log.count();
    }

    /** The gateway's answer, or null when it gave none. */
    private Answer ask(PopulationGateway.Request request) {
        try {
            return gateway.lookUp(request);
        } catch (PopulationGateway.GatewayUnavailableException unavailable) {
            return null;
        }
    }

    /** Digit 4 is the century (0–1 the 1900s, 2–3 the 2000s), digits 5–6 the year in it. */
    static int birthYear(String idNumber) {
        return 1900 + (idNumber.charAt(3) - '0') / 2 * 100 + Integer.parseInt(idNumber.substring(4, 6));
    }
}
