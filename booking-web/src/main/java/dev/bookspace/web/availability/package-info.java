/** The public rooms page: the rooms of an organisation free for the guest's dates. */
package dev.bookspace.web.availability;
