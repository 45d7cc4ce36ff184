package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.document.CorruptFileException;
import vn.motcua.document.StoredFile;

class LocalFileStoreTest {

    /** SHA-256 of "abc", from FIPS 180-2. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path root;

    @Test
    void storesUnderTheSha256OfTheBytesInTwoLevelsOfFolders() throws IOException {
        StoredFile stored = store("abc".getBytes(StandardCharsets.US_ASCII), "abc.txt");

        assertThat(stored.sha256()).isEqualTo(ABC);
        assertThat(stored.size()).isEqualTo(3);
        assertThat(stored.originalName()).isEqualTo("abc.txt");
        assertThat(root.resolve("ba/78/" + ABC)).hasContent("abc");
    }

    @Test
    void readsBackWhatWasStoredWithTheTypeItsBytesShow() throws IOException {
        StoredFile stored = store(Samples.PDF, "giay-to.pdf");

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(store().exists(stored.sha256())).isTrue();
        try (InputStream in = store().open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(Samples.PDF);
        }
    }

    @Test
    void storingTheSameBytesTwiceKeepsOneCopy() throws IOException {
        StoredFile first = store(Samples.PNG, "anh.png");
        StoredFile second = store(Samples.PNG, "anh-lan-hai.png");

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(blobs()).containsExactly(store().pathOf(first.sha256()));
    }

    @Test
    void bytesChangedOnDiskAreDetectedWhileReading() throws IOException {
        StoredFile stored = store(Samples.PDF, "giay-to.pdf");
        Path file = store().pathOf(stored.sha256());
        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length / 2] ^= 1;
        Files.write(file, damaged);

        try (InputStream in = store().open(stored.sha256())) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(CorruptFileException.class)
                    .hasMessageContaining(stored.sha256());
        }
    }

    @Test
    void aTruncatedFileIsDetectedEvenWhenTheReaderSkips() throws IOException {
        StoredFile stored = store(Samples.PDF, "giay-to.pdf");
        Path file = store().pathOf(stored.sha256());
        Files.write(file, Arrays.copyOf(Samples.PDF, Samples.PDF.length - 1));

        try (InputStream in = store().open(stored.sha256())) {
            assertThatThrownBy(() -> in.skip(Long.MAX_VALUE)).isInstanceOf(CorruptFileException.class);
        }
    }

    @Test
    void storingTheBytesAgainHealsADamagedCopy() throws IOException {
        StoredFile stored = store(Samples.JPEG, "anh.jpg");
        Files.write(store().pathOf(stored.sha256()), new byte[] {1, 2, 3});

        store(Samples.JPEG, "anh.jpg");

        try (InputStream in = store().open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(Samples.JPEG);
        }
    }

    @Test
    void concurrentStoresOfTheSameBytesEndWithOneIntactFile() throws Exception {
        byte[] scan = Samples.generated(Samples.PDF, 3_000_000).readAllBytes();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        Callable<StoredFile> storeIt = () -> {
            start.await();
            return store(scan, "scan.pdf");
        };
        List<StoredFile> results;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<StoredFile>> futures = IntStream.range(0, threads).mapToObj(i -> pool.submit(storeIt)).toList();
            start.countDown();
            results = futures.stream().map(LocalFileStoreTest::await).toList();
        }

        assertThat(results).extracting(StoredFile::sha256).containsOnly(results.getFirst().sha256());
        assertThat(blobs()).hasSize(1);
        assertThat(leftovers()).isEmpty();
        try (InputStream in = store().open(results.getFirst().sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(scan);
        }
    }

    @Test
    void anUploadThatFailsMidwayLeavesNothingBehind() throws IOException {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(Samples.PDF),
                new InputStream() {
                    @Override
                    public int read() {
                        throw new IllegalStateException("the applicant's connection dropped");
                    }
                });

        assertThatThrownBy(() -> store().store(failing, "giay-to.pdf")).hasMessageContaining("connection dropped");
        assertThat(blobs()).isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void onlyASha256NamesAFileSoNoNameReachesOutsideTheStore() {
        assertThatThrownBy(() -> store().open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().exists(ABC.toUpperCase())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().open(ABC)).isInstanceOf(UncheckedIOException.class);
    }

    private LocalFileStore store() {
        return new LocalFileStore(root);
    }

    private StoredFile store(byte[] bytes, String name) {
        return store().store(new ByteArrayInputStream(bytes), name);
    }

    private List<Path> blobs() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(root.resolve("incoming"))).toList();
        }
    }

    private List<Path> leftovers() throws IOException {
        Path incoming = root.resolve("incoming");
        if (!Files.exists(incoming)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.toList();
        }
    }

    private static StoredFile await(Future<StoredFile> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
