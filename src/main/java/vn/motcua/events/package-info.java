/**
 * Events between modules (sự kiện giữa các phân hệ): the delivery of each module's events to the other
 * modules' listeners, through Spring Modulith's persisted registry ({@code event_publication}), kept
 * going when a listener fails.
 *
 * <p>The registry records every delivery (one event to one listener) and whether it completed or failed;
 * this module retries failed ones on a schedule with a wait that doubles per attempt, takes a delivery
 * that started long ago and never ended (its node stopped) for failed, records why each failed (the
 * registry keeps only that it did), and shows administrators what is failing, with a retry now. One node
 * at a time does the retries ({@link vn.motcua.platform.NodeLeases}); the registry's own republication
 * of every unfinished delivery at start-up stays off, since on a node starting beside a running one it
 * would deliver again what that node is still delivering.
 *
 * <p>Why a module of its own rather than part of {@code platform}: it has a table, settings, a schedule
 * and an administrators' page, and the web may only call a module's top-level face. Public face:
 * {@link vn.motcua.events.EventDeliveries} and {@link vn.motcua.events.FailingDelivery}. No module
 * depends on it; it wraps every module's listeners without their knowing.
 */
package vn.motcua.events;
