package vn.motcua.web.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written by hand, as an attacker would: with a {@code Host} header of its choosing (which
 * {@code java.net.http} refuses to set) or a chunked body of any length, streamed.
 */
final class RawHttp {

    /** An answer: status (-1 when the server closed before answering), headers by lower-case name, body. */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.getFirst();
        }

        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        /** The CSRF token of the page's first form. */
        String csrfToken() {
            Matcher token = TOKEN.matcher(body);
            if (!token.find()) {
                throw new AssertionError("no form with a CSRF token in " + body);
            }
            return token.group(1);
        }

        /** The session id this answer sets. */
        String sessionId() {
            return all("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find).map(m -> m.group(1))
                    .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + headers));
        }
    }

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** Sends {@code lines} (request line and headers) and an optional body with its length. */
    Answer send(String body, String... lines) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(lines, body == null ? "" : "Content-Length: " + bytes.length + "\r\n"));
            out.write(bytes);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * Streams a chunked body: {@code first}, then filler bytes up to {@code total}, calling {@code
     * afterChunk} after each chunk; stops writing when the server closes its side.
     */
    Answer chunked(byte[] first, long total, Runnable afterChunk, String... lines) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(lines, "Transfer-Encoding: chunked\r\n"));
            try {
                chunk(out, first);
                byte[] filler = new byte[64 * 1024];
                Arrays.fill(filler, (byte) 'a');
                for (long sent = first.length; sent < total; sent += filler.length) {
                    chunk(out, filler);
                    afterChunk.run();
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByServer) {
                // The server stopped reading: what matters is what it kept.
            }
            try {
                return read(socket.getInputStream());
            } catch (IOException reset) {
                return new Answer(-1, Map.of(), "");
            }
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] head(String[] lines, String extra) {
        return (String.join("\r\n", lines) + "\r\n" + extra + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Answer(-1, Map.of(), text);
        }
        String[] head = text.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(head[i].substring(colon + 1).trim());
        }
        boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked");
        byte[] body = chunked ? unchunk(all, end + 4) : Arrays.copyOfRange(all, end + 4, all.length);
        return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] all, int from) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int at = from;
        while (at < all.length) {
            int lineEnd = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(all, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }
}
