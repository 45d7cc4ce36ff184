package vn.motcua.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * What the load driver was asked to do. It only ever talks to a Motcua on this machine: a URL whose
 * host is not a loopback address is refused, so a typo cannot turn it on a real province's server.
 *
 * @param url the running application
 * @param clients concurrent clients, each driving one dossier at a time
 * @param dossiers at most this many dossiers are started
 * @param duration no dossier is started, and no action taken, after this much time
 * @param supplementEvery one dossier in this many takes a supplement round; 0 for none
 */
record LoadOptions(URI url, int clients, int dossiers, Duration duration, int supplementEvery) {

    static final String USAGE = "usage: bin/load [--url http://localhost:8080] [--clients 32] [--dossiers 2000]"
            + " [--seconds 120] [--supplement-every 10]";

    LoadOptions {
        if (clients < 1 || dossiers < 1 || duration.isNegative() || duration.isZero() || supplementEvery < 0) {
            throw new IllegalArgumentException("clients, dossiers and seconds must be positive. " + USAGE);
        }
        requireLoopback(url);
    }

    static LoadOptions parse(String... args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException(USAGE);
        }
        URI url = URI.create("http://localhost:8080");
        int clients = 32;
        int dossiers = 2000;
        int seconds = 120;
        int supplementEvery = 10;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--url" -> url = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--dossiers" -> dossiers = Integer.parseInt(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--supplement-every" -> supplementEvery = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + ". " + USAGE);
            }
        }
        return new LoadOptions(url, clients, dossiers, Duration.ofSeconds(seconds), supplementEvery);
    }

    /** Decided without DNS: "localhost" or a loopback IP literal (127.0.0.0/8, [::1]), nothing else. */
    private static void requireLoopback(URI url) {
        String host = url.getHost();
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || host == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        if (!host.equalsIgnoreCase("localhost") && !isLoopbackLiteral(host)) {
            throw new IllegalArgumentException("refusing " + url + ": the load driver only runs against this"
                    + " machine (localhost, 127.0.0.1 or [::1])");
        }
    }

    private static boolean isLoopbackLiteral(String host) {
        boolean literal = host.matches("[0-9.]+") || host.startsWith("[");
        try {
            return literal && InetAddress.getByName(host.replaceAll("[\\[\\]]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
