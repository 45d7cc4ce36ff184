package vn.motcua.load;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.MotcuaApplication;

/**
 * The whole application for a benchmark, on its own throw-away embedded PostgreSQL and file store
 * under {@code target/}. Given as command-line arguments, which outrank application.yml, so a
 * benchmark can never start on (and wipe) the developer's {@code data/} folder. The demo province
 * without its generated past: each benchmark makes the history it measures. {@code more} arguments add
 * settings of the benchmark's own.
 */
public final class BenchmarkApplication {

    private BenchmarkApplication() {
    }

    public static ConfigurableApplicationContext start(String name, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--motcua.db.data-directory=target/" + name + "-postgres",
                "--motcua.db.clean-data-directory=true",
                "--motcua.files.directory=target/" + name + "-files",
                "--motcua.pki.trusted-roots-dir=target/" + name + "-pki/trusted",
                "--motcua.pki.demo-password-file=target/" + name + "-pki/demo-key-password",
                "--motcua.demo.seed=true",
                "--motcua.demo.history-days=0",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.springframework.core.events=ERROR"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(MotcuaApplication.class).run(arguments.toArray(String[]::new));
    }
}
