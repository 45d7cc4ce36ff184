/**
 * The rules behind {@link vn.motcua.index.ServiceIndex}: one class per kind of item, each "in the
 * period" a small named predicate. Not for other modules.
 */
package vn.motcua.index.internal;
