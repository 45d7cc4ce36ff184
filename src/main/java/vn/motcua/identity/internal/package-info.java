/** Storage of applicant accounts; nothing here is for other modules. */
package vn.motcua.identity.internal;
