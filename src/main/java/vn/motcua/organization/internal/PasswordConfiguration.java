package vn.motcua.organization.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.motcua.platform.PasswordBytes;

/**
 * Passwords are stored as delegating hashes ({@code {bcrypt}…}) so the algorithm can change later. A
 * password longer than bcrypt's 72 bytes matches nothing: no form lets one be set ({@link PasswordBytes};
 * Spring Security's encoder throws on encoding one), and bcrypt compares only the first 72 bytes, so
 * without this any longer text that starts with the password would open the account.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder hashes = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence password) {
                return hashes.encode(password);
            }

            @Override
            public boolean matches(CharSequence password, String hash) {
                return PasswordBytes.fit(password) && hashes.matches(password, hash);
            }

            @Override
            public boolean upgradeEncoding(String hash) {
                return hashes.upgradeEncoding(hash);
            }
        };
    }
}
