/** Storage of ratings; nothing here is for other modules. */
package vn.motcua.feedback.internal;
