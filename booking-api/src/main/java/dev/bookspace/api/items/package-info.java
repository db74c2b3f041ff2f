/** Items over the API: an organisation's bookable spaces, and which are free for a stay. */
package dev.bookspace.api.items;
