package vn.motcua.population;

/**
 * What a look-up gave the caller.
 *
 * @param lookup the log entry it wrote
 * @param citizen the citizen's record when {@link LookupOutcome#FOUND}, else null
 */
public record LookupResult(Lookup lookup, PopulationGateway.Citizen citizen) {

    public LookupOutcome outcome() {
        return lookup.outcome();
    }
}
