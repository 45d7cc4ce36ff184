package vn.motcua.result.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.result.QrCodes;

class QrCodeTest {

    private static final String PREFIX = "data:image/png;base64,";

    @ParameterizedTest
    @ValueSource(strings = {
        "https://dichvucong.dienbien.gov.vn/tra-cuu?ma=000.00.12.H18-251104-0007",
        "Hồ sơ của Đặng Văn Ượng"
    })
    void aPhoneReadsBackTheTextItEncodes(String text) throws IOException {
        String uri = QrCode.dataUri(text);

        assertThat(uri).startsWith(PREFIX);
        byte[] png = Base64.getDecoder().decode(uri.substring(PREFIX.length()));
        assertThat(QrCodes.decode(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(text);
    }
}
