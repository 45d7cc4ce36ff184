/** Storage of the login module: the counters and holds, and the append-only audit. */
package vn.motcua.login.internal;
