package vn.motcua.datastore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTypesTest {

    @Test
    void aDocumentFitsAComponentNamingItsTypeAsWholeWords() {
        assertThat(DocumentTypes.fits("Giấy khai sinh", "Bản sao Giấy khai sinh hoặc trích lục khai sinh")).isTrue();
        assertThat(DocumentTypes.fits("giấy  KHAI sinh", "Bản sao (Giấy khai sinh)")).isTrue();
        assertThat(DocumentTypes.fits("Giấy chứng nhận đăng ký hộ kinh doanh",
                "Giấy chứng nhận đăng ký hộ kinh doanh")).isTrue();
    }

    @Test
    void partOfAWordOrAnotherDiacriticDoesNotFit() {
        assertThat(DocumentTypes.fits("Giấy khai", "Giấy khai sinh")).isTrue();
        assertThat(DocumentTypes.fits("khai sinh", "Tờ khai sinhh")).isFalse();
        assertThat(DocumentTypes.fits("Giấy khái sinh", "Bản sao Giấy khai sinh")).isFalse();
        assertThat(DocumentTypes.fits("Giấy khai sinh", "Giấy chứng sinh")).isFalse();
    }

    @Test
    void anEmptyTypeFitsNothing() {
        assertThat(DocumentTypes.fits(" - ", "Giấy khai sinh")).isFalse();
        assertThat(DocumentTypes.fits(null, "Giấy khai sinh")).isFalse();
    }

    @Test
    void composedAndDecomposedVietnameseAreTheSameWords() {
        String decomposed = java.text.Normalizer.normalize("Giấy khai sinh", java.text.Normalizer.Form.NFD);
        assertThat(DocumentTypes.fits(decomposed, "Bản sao Giấy khai sinh")).isTrue();
    }
}
