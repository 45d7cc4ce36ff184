package vn.motcua.organization.internal;

import java.util.List;
import vn.motcua.organization.UnitKind;
import vn.motcua.organization.UnitLevel;

/**
 * The demo province: Điện Biên (province code H18) after the July 2025 reform, with its People's
 * Committee, its public administration service centre, seven departments and ten communes/wards.
 * The identifiers follow the shape of Decision 20/2020 but are demo values.
 */
final class DemoOrganization {

    static final String PROVINCE = "000.00.00.H18";
    static final String CENTRE = "000.00.01.H18";

    /** Marks every demo address, so that nobody posts real papers to it. */
    static final String DEMO_ADDRESS_LABEL = " (địa chỉ mẫu của bản demo)";

    record DemoUnit(String identifier, String name, UnitLevel level, UnitKind kind) {

        /**
         * A made-up postal address, labelled as such: provincial units along one street, numbered by their
         * identifier; communes at their People's Committee.
         */
        String postalAddress() {
            if (level == UnitLevel.COMMUNE) {
                return "Trụ sở " + name + ", tỉnh Điện Biên" + DEMO_ADDRESS_LABEL;
            }
            int number = 1 + 2 * Integer.parseInt(identifier.substring(7, 9));
            return "Số " + number + " đường Võ Nguyên Giáp, phường Mường Thanh, tỉnh Điện Biên" + DEMO_ADDRESS_LABEL;
        }
    }

    /** The province, its centre and departments (province level), then the communes. */
    static final List<DemoUnit> UNITS = List.of(
            new DemoUnit(PROVINCE, "Ủy ban nhân dân tỉnh Điện Biên", UnitLevel.PROVINCE, UnitKind.PEOPLES_COMMITTEE),
            new DemoUnit(CENTRE, "Trung tâm Phục vụ hành chính công tỉnh Điện Biên", UnitLevel.PROVINCE,
                    UnitKind.SERVICE_CENTRE),
            department("000.00.02.H18", "Sở Tư pháp tỉnh Điện Biên"),
            department("000.00.03.H18", "Sở Tài chính tỉnh Điện Biên"),
            department("000.00.04.H18", "Sở Xây dựng tỉnh Điện Biên"),
            department("000.00.05.H18", "Sở Nông nghiệp và Môi trường tỉnh Điện Biên"),
            department("000.00.06.H18", "Sở Y tế tỉnh Điện Biên"),
            department("000.00.07.H18", "Công an tỉnh Điện Biên"),
            department("000.00.08.H18", "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên"),
            commune("000.01.31.H18", "Ủy ban nhân dân phường Điện Biên Phủ"),
            commune("000.02.31.H18", "Ủy ban nhân dân phường Mường Thanh"),
            commune("000.03.31.H18", "Ủy ban nhân dân phường Mường Lay"),
            commune("000.04.31.H18", "Ủy ban nhân dân xã Mường Phăng"),
            commune("000.05.31.H18", "Ủy ban nhân dân xã Thanh Nưa"),
            commune("000.06.31.H18", "Ủy ban nhân dân xã Tuần Giáo"),
            commune("000.07.31.H18", "Ủy ban nhân dân xã Mường Ảng"),
            commune("000.08.31.H18", "Ủy ban nhân dân xã Tủa Chùa"),
            commune("000.09.31.H18", "Ủy ban nhân dân xã Điện Biên Đông"),
            commune("000.10.31.H18", "Ủy ban nhân dân xã Mường Nhé"));

    /** The demo password of every demo account; the README says it is for the demo only. */
    static final String DEMO_PASSWORD = "motcua-demo";

    record DemoOfficer(String username, String fullName, String role, String unit, String title) {
    }

    static final List<DemoOfficer> OFFICERS = List.of(
            new DemoOfficer("admin", "Nguyễn Văn Quản", "ADMINISTRATOR", CENTRE, "Quản trị hệ thống"),
            new DemoOfficer("giamsat", "Lò Thị Giám", "SUPERVISOR", PROVINCE, "Chánh Văn phòng UBND tỉnh"),
            new DemoOfficer("tiepnhan", "Trần Thị Mai", "RECEPTION", CENTRE, "Cán bộ một cửa"),
            new DemoOfficer("chuyenvien.tuphap", "Lê Văn Hùng", "SPECIALIST", "000.00.02.H18", "Chuyên viên"),
            new DemoOfficer("lanhdao.tuphap", "Phạm Thị Lan", "LEADER", "000.00.02.H18", "Phó Giám đốc Sở"),
            new DemoOfficer("vanthu.tuphap", "Vũ Văn Thư", "CLERK", "000.00.02.H18", "Văn thư"),
            new DemoOfficer("chuyenvien.taichinh", "Hoàng Văn Tài", "SPECIALIST", "000.00.03.H18", "Chuyên viên"),
            new DemoOfficer("lanhdao.taichinh", "Đỗ Thị Hoa", "LEADER", "000.00.03.H18", "Giám đốc Sở"),
            new DemoOfficer("vanthu.taichinh", "Bùi Thị Ngọc", "CLERK", "000.00.03.H18", "Văn thư"),
            new DemoOfficer("tiepnhan.dienbienphu", "Quàng Văn Minh", "RECEPTION", "000.01.31.H18",
                    "Công chức một cửa"),
            new DemoOfficer("chuyenvien.dienbienphu", "Lường Thị Thu", "SPECIALIST", "000.01.31.H18",
                    "Công chức Tư pháp - Hộ tịch"),
            new DemoOfficer("lanhdao.dienbienphu", "Cầm Văn Dũng", "LEADER", "000.01.31.H18",
                    "Phó Chủ tịch UBND phường"),
            new DemoOfficer("vanthu.dienbienphu", "Tòng Thị Hạnh", "CLERK", "000.01.31.H18", "Văn thư"));

    private DemoOrganization() {
    }

    private static DemoUnit department(String identifier, String name) {
        return new DemoUnit(identifier, name, UnitLevel.PROVINCE, UnitKind.DEPARTMENT);
    }

    private static DemoUnit commune(String identifier, String name) {
        return new DemoUnit(identifier, name, UnitLevel.COMMUNE, UnitKind.COMMUNE);
    }
}
