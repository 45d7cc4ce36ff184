package vn.motcua.result.pki;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Makes the demo PKI on the first start, unless the province signs with real certificates. */
@Component
class DemoPkiStart implements ApplicationRunner {

    private final DemoPki pki;
    private final PkiSettings settings;

    DemoPkiStart(DemoPki pki, PkiSettings settings) {
        this.pki = pki;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.production()) {
            pki.start();
        }
    }
}
