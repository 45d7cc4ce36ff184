package vn.motcua.web.portal.follow;

import vn.motcua.feedback.Satisfaction;

/** The satisfaction chosen and the optional comment, as typed. */
record RatingForm(Satisfaction satisfaction, String comment) {
}
