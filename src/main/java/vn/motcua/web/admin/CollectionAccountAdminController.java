package vn.motcua.web.admin;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.payment.CollectionAccount;
import vn.motcua.payment.CollectionAccounts;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/** Administrators keep each unit's collection account (tài khoản thu), where the fees it collects are paid. */
@Controller
@RequestMapping("/admin/collection-accounts")
class CollectionAccountAdminController {

    private final CollectionAccounts accounts;
    private final UnitDirectory units;
    private final FormSubmission forms;

    CollectionAccountAdminController(CollectionAccounts accounts, UnitDirectory units, FormSubmission forms) {
        this.accounts = accounts;
        this.units = units;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model) {
        Map<String, CollectionAccount> byUnit = accounts.all().stream()
                .collect(Collectors.toMap(CollectionAccount::unitCode, Function.identity()));
        model.addAttribute("units", units.all());
        model.addAttribute("accounts", byUnit);
        return "admin/collection-accounts/list";
    }

    @GetMapping("/{unit}")
    String edit(@PathVariable String unit, Model model) {
        String known = units.get(unit).identifier();
        return form(model, accounts.of(known).orElse(new CollectionAccount(known, null, null, null)), FormErrors.none());
    }

    @PostMapping("/{unit}")
    String save(@PathVariable String unit, @RequestParam(required = false) String accountNumber,
            @RequestParam(required = false) String accountName, @RequestParam(required = false) String bankCode,
            @AuthenticationPrincipal OfficerPrincipal administrator, Model model, Locale locale,
            RedirectAttributes redirect) {
        CollectionAccount typed = new CollectionAccount(units.get(unit).identifier(), accountNumber, accountName,
                bankCode);
        return forms.submit(() -> accounts.save(typed, administrator.getUsername()), "/admin/collection-accounts",
                errors -> form(model, typed, errors), locale, redirect);
    }

    @PostMapping("/{unit}/remove")
    String remove(@PathVariable String unit, RedirectAttributes redirect) {
        accounts.remove(units.get(unit).identifier());
        redirect.addFlashAttribute("saved", unit);
        return "redirect:/admin/collection-accounts";
    }

    private String form(Model model, CollectionAccount account, FormErrors errors) {
        model.addAttribute("unit", units.get(account.unitCode()));
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        return "admin/collection-accounts/form";
    }
}
