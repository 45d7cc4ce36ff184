package vn.motcua.organization.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.motcua.organization.ProvinceContact;

/** Binds the province's contact details from {@code motcua.contact.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProvinceContact.class)
class ContactConfiguration {
}
