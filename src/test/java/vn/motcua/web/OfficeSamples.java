package vn.motcua.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Files and requests the office tests hand in. */
public final class OfficeSamples {

    public static final String NOTARY_CARD = "1.013859";

    private OfficeSamples() {
    }

    /** A minimal valid one-page PDF (header, objects, cross-reference table with true offsets, trailer). */
    /** A PDF no other test uploaded, so its upload records are the caller's alone. */
    public static byte[] uniquePdf() {
        byte[] sample = pdf();
        byte[] marker = ("\n%" + java.util.UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] unique = java.util.Arrays.copyOf(sample, sample.length + marker.length);
        System.arraycopy(marker, 0, unique, sample.length, marker.length);
        return unique;
    }

    public static byte[] pdf() {
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** The start of a Windows executable. */
    public static byte[] executable() {
        return new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    }

    /** A counter reception of a notary card for a citizen, with one component and its files (JSON). */
    public static String receptionJson(String filesJson) {
        return """
                {"procedureCode": "1.013859", "channel": "COUNTER",
                 "applicant": {"type": "citizen", "idNumber": "011090001234", "name": "Nguyễn Thị Hường",
                               "phone": "0912345678", "address": "Phường Mường Thanh, tỉnh Điện Biên"},
                 "components": [{"name": "Đơn đề nghị cấp thẻ công chứng viên", "originals": 1, "copies": 0,
                                 "submitted": true, "files": %s}],
                 "returnMethod": "COUNTER", "summary": "Cấp thẻ công chứng viên"}
                """.formatted(filesJson);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
