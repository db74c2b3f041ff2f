package dev.bookspace.availability;

import dev.bookspace.shared.InvalidRequestException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A stay the organisation does not take. A page shows its sentences where it shows any correctable
 * input; the API answers 422 with the rules' codes.
 */
@ApplicationException(rollback = true)
public class StayRuleException extends InvalidRequestException {

    private final List<StayRuleBreach> breaches;

    public StayRuleException(List<StayRuleBreach> breaches) {
        super(breaches.stream().map(breach -> new FieldProblem(breach.rule().field(), breach.sentence() + ".")).toList());
        this.breaches = List.copyOf(breaches);
    }

    public List<StayRuleBreach> breaches() {
        return breaches;
    }
}
