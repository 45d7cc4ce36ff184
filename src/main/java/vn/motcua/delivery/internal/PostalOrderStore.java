package vn.motcua.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.delivery.DeliveryState;
import vn.motcua.delivery.DeliveryStateMachine;
import vn.motcua.delivery.DeliveryView;
import vn.motcua.delivery.PostRequest;
import vn.motcua.delivery.PostalMessages;
import vn.motcua.delivery.PostalOrder;
import vn.motcua.delivery.PostalParty;
import vn.motcua.delivery.PostalService;
import vn.motcua.delivery.PostalStatus;

/**
 * The tables {@code delivery_request}, {@code delivery_order} (the outbox of orders, and each order's state)
 * and {@code delivery_event} (the states reached, once each).
 */
@Repository
public class PostalOrderStore {

    private static final String VIEW_COLUMNS = """
            id, order_number, dossier_code, kind, state, item_code, price_vnd, cod_vnd, receiver::text, attempts,
            last_error, created_at""";

    /** An order claimed for sending, with its attempts so far. */
    record Claimed(long id, PostalOrder order, int attempts) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PostalOrderStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void saveRequest(String dossierCode, PostRequest r, Instant now) {
        PostalParty p = r.party();
        jdbc.sql("""
                insert into delivery_request (dossier_code, pick_up, deliver, name, phone, address, province_code,
                    commune_code, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dossier_code) do update set pick_up = excluded.pick_up, deliver = excluded.deliver,
                    name = excluded.name, phone = excluded.phone, address = excluded.address,
                    province_code = excluded.province_code, commune_code = excluded.commune_code,
                    requested_at = excluded.requested_at""")
                .params(dossierCode, r.pickUp(), r.deliver(), p.name(), p.phone(), p.address(), p.provinceCode(),
                        p.communeCode(), Timestamp.from(now))
                .update();
    }

    public Optional<PostRequest> request(String dossierCode) {
        return jdbc.sql("""
                select pick_up, deliver, name, phone, address, province_code, commune_code
                from delivery_request where dossier_code = ?""").param(dossierCode)
                .query((rs, row) -> new PostRequest(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .optional();
    }

    /** Writes an order to send, due at once; false when the dossier has one of that kind already. */
    public boolean addOrder(String dossierCode, DeliveryView.Kind kind, PostalOrder order, Instant now) {
        return jdbc.sql("""
                insert into delivery_order (order_number, dossier_code, kind, state, cod_vnd, sender, receiver,
                    description, next_attempt_at, created_at)
                values (?, ?, ?, 'ORDERING', ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)
                on conflict do nothing""")
                .params(order.orderNumber(), dossierCode, kind.name(), order.codVnd(),
                        json.writeValueAsString(PostalMessages.Party.of(order.sender())),
                        json.writeValueAsString(PostalMessages.Party.of(order.receiver())), order.description(),
                        Timestamp.from(now), Timestamp.from(now))
                .update() == 1;
    }

    /** Locks the oldest due order no other sender holds; empty when none. Call inside a transaction. */
    Optional<Claimed> claimDue(Instant now, String customerCode) {
        return jdbc.sql("""
                select id, order_number, cod_vnd, sender::text, receiver::text, description, attempts
                from delivery_order where state = 'ORDERING' and next_attempt_at <= ?
                order by next_attempt_at, id limit 1 for update skip locked""")
                .param(Timestamp.from(now))
                .query((rs, row) -> new Claimed(rs.getLong(1), new PostalOrder(customerCode, rs.getString(2),
                        rs.getLong(3), party(rs.getString(4)), party(rs.getString(5)), rs.getString(6)), rs.getInt(7)))
                .optional();
    }

    /** VNPost registered the order: its tracking number and postage, and the state "registered". */
    void registered(Claimed claimed, PostalService.Receipt receipt, Instant now) {
        jdbc.sql("""
                update delivery_order set item_code = ?, price_vnd = ?, attempts = attempts + 1, last_error = null
                where id = ?""").params(receipt.itemCode(), receipt.priceVnd(), claimed.id()).update();
        move(claimed.id(), DeliveryState.ORDERING, new PostalStatus(claimed.order().orderNumber(), receipt.itemCode(),
                DeliveryState.REGISTERED.postCode(), null, now), DeliveryState.REGISTERED, "ORDER", now);
    }

    /** A failed attempt: due again at {@code next}. */
    void failed(Claimed claimed, String error, Instant next) {
        jdbc.sql("update delivery_order set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
                .params(error, Timestamp.from(next), claimed.id()).update();
    }

    /** Order numbers of the orders VNPost has and that have not ended, the oldest first, at most {@code limit}. */
    List<String> open(int limit) {
        return jdbc.sql("""
                select order_number from delivery_order where state in ('REGISTERED', 'COLLECTING', 'IN_TRANSIT')
                order by id limit ?""").param(limit).query(String.class).list();
    }

    /**
     * Applies VNPost's status to its order, the row locked so that a callback and a poll of the same order
     * take turns; empty when no order has that number.
     */
    public Optional<DeliveryStateMachine.Outcome> apply(PostalStatus status, DeliveryState reported, String source,
            Instant now) {
        Optional<Map.Entry<Long, DeliveryState>> order = jdbc.sql(
                "select id, state from delivery_order where order_number = ? for update")
                .param(status.orderNumber())
                .query((rs, row) -> Map.entry(rs.getLong(1), DeliveryState.valueOf(rs.getString(2)))).optional();
        return order.map(o -> {
            DeliveryStateMachine.Outcome outcome = DeliveryStateMachine.apply(o.getValue(), reported);
            if (outcome == DeliveryStateMachine.Outcome.MOVED) {
                if (status.itemCode() != null) {
                    jdbc.sql("update delivery_order set item_code = coalesce(item_code, ?) where id = ?")
                            .params(status.itemCode(), o.getKey()).update();
                }
                move(o.getKey(), o.getValue(), status, reported, source, now);
            }
            return outcome;
        });
    }

    private void move(long id, DeliveryState from, PostalStatus status, DeliveryState to, String source, Instant now) {
        jdbc.sql("update delivery_order set state = ? where id = ? and state = ?").params(to.name(), id, from.name())
                .update();
        jdbc.sql("""
                insert into delivery_event (order_id, state, status_code, message, reported_at, recorded_at, source)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(id, to.name(), String.valueOf(status.statusCode()), status.message(),
                        Timestamp.from(status.at() == null ? now : status.at()), Timestamp.from(now), source)
                .update();
    }

    public List<DeliveryView> ofDossier(String dossierCode) {
        return views("where dossier_code = ? order by id", dossierCode);
    }

    public Optional<DeliveryView> byOrderNumber(String orderNumber) {
        return views("where order_number = ?", orderNumber).stream().findFirst();
    }

    public List<DeliveryView> recent(int limit) {
        return views("order by id desc limit ?", limit);
    }

    private List<DeliveryView> views(String where, Object param) {
        List<Map.Entry<Long, DeliveryView>> orders = jdbc.sql("select " + VIEW_COLUMNS + " from delivery_order " + where)
                .param(param).query((rs, row) -> Map.entry(rs.getLong(1), view(rs))).list();
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DeliveryView.Moment>> moments = jdbc.sql("""
                select order_id, state, reported_at, source from delivery_event where order_id = any(?)
                order by reported_at, recorded_at""")
                .param(orders.stream().map(Map.Entry::getKey).toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong(1), new DeliveryView.Moment(
                        DeliveryState.valueOf(rs.getString(2)), instant(rs, 3), rs.getString(4))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return orders.stream().map(o -> withStates(o.getValue(), moments.getOrDefault(o.getKey(), List.of()))).toList();
    }

    private DeliveryView view(ResultSet rs) throws SQLException {
        long price = rs.getLong(7);
        Long priceVnd = rs.wasNull() ? null : price;
        return new DeliveryView(rs.getString(2), rs.getString(3), DeliveryView.Kind.valueOf(rs.getString(4)),
                DeliveryState.valueOf(rs.getString(5)), rs.getString(6), priceVnd, rs.getLong(8),
                party(rs.getString(9)), rs.getInt(10), rs.getString(11), instant(rs, 12), List.of());
    }

    private static DeliveryView withStates(DeliveryView v, List<DeliveryView.Moment> states) {
        return new DeliveryView(v.orderNumber(), v.dossierCode(), v.kind(), v.state(), v.itemCode(), v.priceVnd(),
                v.codVnd(), v.receiver(), v.attempts(), v.lastError(), v.createdAt(), List.copyOf(states));
    }

    private PostalParty party(String text) {
        return json.readValue(text, PostalMessages.Party.class).party();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
