package vn.motcua.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.motcua.organization.internal.UnitRepository;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;

/** The province's units (danh mục đơn vị): look-up for every module, changes for administrators. */
@Service
public class UnitDirectory {

    private final UnitRepository units;

    UnitDirectory(UnitRepository units) {
        this.units = units;
    }

    /** Every unit, the province first, then departments and centre, then communes. */
    public List<Unit> all() {
        return units.findAll();
    }

    public Optional<Unit> find(String identifier) {
        return identifier == null ? Optional.empty() : units.find(identifier);
    }

    public Unit get(String identifier) {
        return find(identifier).orElseThrow(() -> new NotFoundException("organization.unit.notFound", identifier));
    }

    /** Active units of one level: the departments and centre, or the communes. */
    public List<Unit> ofLevel(UnitLevel level) {
        return all().stream().filter(u -> u.level() == level && u.active()).toList();
    }

    @Transactional
    public Unit create(UnitForm form) {
        Problems problems = new Problems();
        problems.check(() -> ElectronicIdentifier.parse(form.identifier()));
        Unit unit = validate(form, problems);
        problems.when(units.exists(unit.identifier()), "identifier", "organization.unit.exists", unit.identifier());
        problems.throwIfAny();
        units.insert(unit);
        return unit;
    }

    /** Changes a unit's name, level, kind, parent or state; the identifier never changes. */
    @Transactional
    public Unit update(String identifier, UnitForm form) {
        get(identifier);
        Problems problems = new Problems();
        Unit unit = validate(new UnitForm(identifier, form.name(), form.level(), form.kind(), form.parent(),
                form.active(), form.postalAddress()), problems);
        problems.when(identifier.equals(unit.parent()), "parent", "organization.unit.parentSelf");
        problems.throwIfAny();
        units.update(unit);
        return unit;
    }

    private Unit validate(UnitForm form, Problems problems) {
        form.limits(problems);
        String identifier = form.identifier() == null ? "" : form.identifier().strip().toUpperCase(java.util.Locale.ROOT);
        problems.when(!StringUtils.hasText(form.name()), "name", "organization.unit.name.required");
        UnitLevel level = parseEnum(UnitLevel.class, form.level(), "level", problems);
        UnitKind kind = parseEnum(UnitKind.class, form.kind(), "kind", problems);
        String parent = StringUtils.hasText(form.parent()) ? form.parent().strip() : null;
        problems.when(parent != null && !units.exists(parent), "parent", "organization.unit.parent.unknown", parent);
        problems.when(parent == null && kind != UnitKind.PEOPLES_COMMITTEE, "parent",
                "organization.unit.parent.required");
        String address = StringUtils.hasText(form.postalAddress()) ? form.postalAddress().strip() : null;
        return new Unit(identifier, form.name() == null ? "" : form.name().strip(), level, kind, parent, form.active(),
                address);
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, Problems problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(field, "form.choice.invalid", value);
            return null;
        }
    }
}
