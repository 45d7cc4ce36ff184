package vn.motcua.population.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.motcua.population.PopulationGateway.Citizen;
import vn.motcua.population.PopulationGateway.Place;

/**
 * The demo's population: {@link #SIZE} made-up people, the same on every start (a fixed seed), whose ID
 * numbers say what DOCUMENTS.md says they say: digits 1–3 the province where the birth was registered
 * (mostly 011, Điện Biên), digit 4 the century and sex (0 man / 1 woman born in the 1900s, 2 / 3 in the
 * 2000s), digits 5–6 the last two digits of the year of birth, the rest random. They live in the demo
 * province's communes (codes are demo values).
 */
public final class DemoPopulation {

    public static final int SIZE = 300;

    private static final String PROVINCE = "11";
    private static final String[][] COMMUNES = {
        {"03124", "phường Điện Biên Phủ"}, {"03125", "phường Mường Thanh"}, {"03126", "phường Mường Lay"},
        {"03127", "xã Mường Phăng"}, {"03128", "xã Thanh Nưa"}, {"03129", "xã Tuần Giáo"},
        {"03130", "xã Mường Ảng"}, {"03131", "xã Tủa Chùa"}, {"03132", "xã Điện Biên Đông"},
        {"03133", "xã Mường Nhé"}};
    private static final String[][] HOME_PROVINCES = {
        {"11", "tỉnh Điện Biên"}, {"01", "thành phố Hà Nội"}, {"14", "tỉnh Sơn La"}, {"12", "tỉnh Lai Châu"},
        {"37", "tỉnh Ninh Bình"}, {"33", "tỉnh Hưng Yên"}, {"40", "tỉnh Nghệ An"}};
    /** Birth-registration codes of Circular 59/2021/TT-BCA: Điện Biên most, a few born elsewhere. */
    private static final String[] BIRTH_PROVINCES = {"011", "011", "011", "011", "011", "001", "014", "012", "036"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò",
        "Quàng", "Lường", "Cà", "Tòng", "Giàng", "Sùng"};
    private static final String[] MEN = {"An", "Bình", "Cường", "Dũng", "Hùng", "Khánh", "Long", "Minh", "Nam",
        "Phúc", "Quang", "Sơn", "Thắng", "Tuấn", "Việt"};
    private static final String[] WOMEN = {"Anh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Phương", "Thảo",
        "Trang", "Yến", "Xuân", "Dung", "Hằng", "Nga"};
    private static final String[] STREETS = {"Võ Nguyên Giáp", "Trần Đăng Ninh", "Hoàng Văn Thái", "Nguyễn Chí Thanh",
        "Bản Him Lam", "Bản Noong Bua", "Tổ dân phố 3", "Tổ dân phố 7", "Bản Co Mỵ", "Bản Huổi Phạ"};

    private DemoPopulation() {
    }

    /** The people, in the same order every time. */
    public static List<Citizen> people() {
        Random random = new Random(766_2025L);
        Set<String> ids = new HashSet<>();
        List<Citizen> people = new ArrayList<>();
        while (people.size() < SIZE) {
            Citizen person = person(random);
            if (ids.add(person.idNumber())) {
                people.add(person);
            }
        }
        return List.copyOf(people);
    }

    private static Citizen person(Random random) {
        boolean woman = random.nextBoolean();
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(58 * 365));
        int centuryAndSex = (born.getYear() >= 2000 ? 2 : 0) + (woman ? 1 : 0);
        String id = pick(random, BIRTH_PROVINCES) + centuryAndSex + "%02d".formatted(born.getYear() % 100)
                + "%06d".formatted(random.nextInt(1_000_000));
        String name = pick(random, FAMILY) + (woman ? " Thị " : " Văn ") + pick(random, woman ? WOMEN : MEN);
        Place permanent = home(random);
        Place current = random.nextInt(5) == 0 ? home(random) : permanent;
        String[] origin = HOME_PROVINCES[random.nextInt(HOME_PROVINCES.length)];
        return new Citizen(id, name, born, woman ? "Nữ" : "Nam", permanent, current,
                new Place(origin[0], null, origin[1]));
    }

    private static Place home(Random random) {
        String[] commune = COMMUNES[random.nextInt(COMMUNES.length)];
        String address = "Số " + (1 + random.nextInt(200)) + ", " + pick(random, STREETS) + ", " + commune[1]
                + ", tỉnh Điện Biên";
        return new Place(PROVINCE, commune[0], address);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
