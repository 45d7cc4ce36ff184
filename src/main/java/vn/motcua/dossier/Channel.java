package vn.motcua.dossier;

/** Kênh thực hiện: how the dossier arrived, with the national portal's codes (KenhThucHien). */
public enum Channel {
    /** Trực tiếp: at a counter. */
    COUNTER(1),
    /** Trực tuyến: online. */
    ONLINE(2),
    /** Qua dịch vụ bưu chính công ích: by post. */
    POST(3);

    private final int code;

    Channel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Channel ofCode(int code) {
        for (Channel channel : values()) {
            if (channel.code == code) {
                return channel;
            }
        }
        throw new IllegalArgumentException("No channel " + code);
    }
}
