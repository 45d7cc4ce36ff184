package vn.motcua.organization;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.motcua.organization.internal.OfficerRepository;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.PasswordBytes;
import vn.motcua.platform.Problems;

/** Officers' accounts (tài khoản cán bộ): look-up for every module, changes for administrators. */
@Service
public class OfficerDirectory {

    /** Short enough to type at a counter, long enough not to be guessed. */
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final OfficerRepository officers;
    private final UnitDirectory units;
    private final PasswordEncoder passwordEncoder;

    OfficerDirectory(OfficerRepository officers, UnitDirectory units, PasswordEncoder passwordEncoder) {
        this.officers = officers;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
    }

    public List<Officer> all() {
        return officers.findAll();
    }

    public Optional<Officer> find(String username) {
        return username == null ? Optional.empty() : officers.find(username);
    }

    public Officer get(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("organization.officer.notFound", username));
    }

    @Transactional
    public Officer create(OfficerForm form) {
        Problems problems = new Problems();
        String username = form.username() == null ? "" : form.username().strip();
        problems.when(!USERNAME.matcher(username).matches(), "username", "organization.officer.username.invalid");
        problems.when(officers.find(username).isPresent(), "username", "organization.officer.username.taken", username);
        checkPassword(form.password(), true, problems);
        Officer officer = validate(username, form, problems);
        problems.throwIfAny();
        officers.insert(officer, passwordEncoder.encode(form.password()));
        return officer;
    }

    /** Changes an officer's details; a non-blank password replaces the current one. */
    @Transactional
    public Officer update(String username, OfficerForm form) {
        get(username);
        Problems problems = new Problems();
        checkPassword(form.password(), false, problems);
        Officer officer = validate(username, form, problems);
        problems.throwIfAny();
        officers.update(officer);
        if (StringUtils.hasText(form.password())) {
            officers.updatePassword(username, passwordEncoder.encode(form.password()));
        }
        return officer;
    }

    private Officer validate(String username, OfficerForm form, Problems problems) {
        form.limits(problems);
        problems.when(!StringUtils.hasText(form.fullName()), "fullName", "organization.officer.fullName.required");
        Role role = UnitDirectory.parseEnum(Role.class, form.role(), "role", problems);
        boolean unitKnown = units.find(form.unit()).isPresent();
        problems.when(!unitKnown, "unit", "organization.officer.unit.unknown");
        String title = StringUtils.hasText(form.title()) ? form.title().strip() : null;
        return new Officer(username, form.fullName() == null ? "" : form.fullName().strip(), role, form.unit(), title,
                form.enabled());
    }

    private static void checkPassword(String password, boolean required, Problems problems) {
        boolean given = StringUtils.hasText(password);
        problems.when(required && !given, "password", "organization.officer.password.required");
        problems.when(given && password.length() < MIN_PASSWORD_LENGTH, "password",
                "organization.officer.password.short", MIN_PASSWORD_LENGTH);
        PasswordBytes.check(problems, "password", password);
    }
}
