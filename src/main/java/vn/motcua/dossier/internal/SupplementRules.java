package vn.motcua.dossier.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.util.StringUtils;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.SupplementAnswer;
import vn.motcua.dossier.SupplementItem;
import vn.motcua.platform.Problems;

/**
 * What a supplement request asks and how the answer lands (yêu cầu bổ sung, DOMAIN.md §4): each item
 * names a component of the dossier or a new document; the answer to an item fills that component —
 * counts added, files joined, handed in, digitised once it has a file — or adds the new document.
 * Every item must be answered; each one that is not is refused on its own.
 */
final class SupplementRules {

    private SupplementRules() {
    }

    /** The items as stored: complete, each component existing and asked once, named as the dossier lists it. */
    static List<SupplementItem> items(Dossier d, List<SupplementItem> asked) {
        Problems problems = new Problems();
        problems.when(asked.isEmpty(), "items", "dossier.supplement.items.required");
        Set<Integer> named = new HashSet<>();
        List<SupplementItem> items = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            SupplementItem item = asked.get(i);
            Integer component = item.component();
            boolean exists = component != null && component >= 1 && component <= d.components.size();
            problems.when(component != null && !exists, "items", "supplements.item.noSuchComponent", i + 1)
                    .when(exists && !named.add(component), "items", "supplements.item.componentTwice", i + 1)
                    .when(!StringUtils.hasText(item.reason()) || component == null && !StringUtils.hasText(item.name()),
                            "items", "dossier.supplement.item.incomplete");
            if (exists && StringUtils.hasText(item.reason())) {
                items.add(new SupplementItem(component, d.components.get(component - 1).name(), item.reason().strip()));
            } else if (StringUtils.hasText(item.name()) && StringUtils.hasText(item.reason())) {
                items.add(new SupplementItem(item.name().strip(), item.reason().strip()));
            }
        }
        problems.throwIfAny();
        return items;
    }

    /** Applies one answer to each item of {@code round}; refused, item by item, when one is missing. */
    static void answer(Dossier d, DossierView.SupplementRound round, List<SupplementAnswer> answers) {
        Map<Integer, SupplementAnswer> byItem = byItem(round, answers);
        for (int position = 1; position <= round.items().size(); position++) {
            SupplementItem item = round.items().get(position - 1);
            SupplementAnswer answer = byItem.get(position);
            if (item.concernsComponent()) {
                fill(d, item.component(), answer);
            } else {
                d.components.add(new DossierView.Component(d.components.size() + 1, item.name(), answer.originals(),
                        answer.copies(), true, !answer.files().isEmpty(), false, false, answer.files()));
            }
        }
    }

    private static Map<Integer, SupplementAnswer> byItem(DossierView.SupplementRound round,
            List<SupplementAnswer> answers) {
        Problems problems = new Problems();
        Map<Integer, SupplementAnswer> byItem = new HashMap<>();
        for (SupplementAnswer answer : answers) {
            boolean known = answer.item() >= 1 && answer.item() <= round.items().size();
            problems.when(!known, "answers", "supplements.answer.noSuchItem", answer.item())
                    .when(known && !answer.isEmpty() && byItem.putIfAbsent(answer.item(), answer) != null,
                            "answers", "supplements.answer.twice", answer.item());
        }
        for (int position = 1; position <= round.items().size(); position++) {
            problems.when(!byItem.containsKey(position), "answers",
                    "supplements.answer.missing", round.items().get(position - 1).name());
        }
        problems.throwIfAny();
        return byItem;
    }

    /** The component the item named, with what was handed in added to what it had. */
    private static void fill(Dossier d, int position, SupplementAnswer answer) {
        DossierView.Component c = d.components.get(position - 1);
        List<AttachedFile> files = Stream.concat(c.files().stream(), answer.files().stream()).toList();
        d.components.set(position - 1, new DossierView.Component(position, c.name(), c.originals() + answer.originals(),
                c.copies() + answer.copies(), true, c.digitised() || !answer.files().isEmpty(), c.reused(),
                c.fromNationalStore(), files));
    }
}
