package vn.motcua.notification.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.motcua.notification.SmsGateway;
import vn.motcua.notification.SmsSimulator;
import vn.motcua.platform.LocalPort;

/**
 * Wires the channels: the province's SMTP server when {@code MOTCUA_SMTP_HOST} is set, else a demo
 * mail server (GreenMail) the application starts on the loopback; the SMS gateway at
 * {@code MOTCUA_SMS_URL}, else the application's own simulator ({@code /simulator/sms/messages}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

    /** The demo's mail server: SMTP only, every recipient accepted, mail kept in memory. */
    @Bean(destroyMethod = "stop")
    @ConditionalOnExpression("'${motcua.notifications.smtp.host:}'.isBlank()")
    GreenMail demoMailServer(NotificationSettings settings) {
        ServerSetup smtp = new ServerSetup(settings.smtp().embeddedPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(settings.smtp().embeddedPort() == 0 ? smtp.dynamicPort() : smtp);
        server.start();
        return server;
    }

    @Bean
    JavaMailSender mailSender(NotificationSettings settings, ObjectProvider<GreenMail> demo) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setDefaultEncoding("UTF-8");
        NotificationSettings.Smtp smtp = settings.smtp();
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        if (smtp.embedded()) {
            sender.setHost("127.0.0.1");
            sender.setPort(demo.getObject().getSmtp().getPort());
            return sender;
        }
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        if (smtp.user() != null && !smtp.user().isBlank()) {
            sender.setUsername(smtp.user());
            sender.setPassword(smtp.password());
            properties.put("mail.smtp.auth", "true");
        }
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(smtp.starttls()));
        return sender;
    }

    @Bean
    SmsGateway smsGateway(NotificationSettings settings, LocalPort port) {
        NotificationSettings.Sms sms = settings.sms();
        return new HttpSmsGateway(sms.simulated() ? () -> "http://127.0.0.1:" + port.get() + SmsSimulator.PATH
                : sms::url, sms);
    }
}
